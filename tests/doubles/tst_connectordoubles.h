#pragma once
// tst_connectordoubles: keel-connector-double, started as a child process, checked over real HTTP
// for the vendor rules a connector depends on (Langfuse in tst_connectordoubles.cpp, LiteLLM in
// tst_connectordoubles_litellm.cpp). It tests the TEST DOUBLE against the notes in
// shared/specs, not Langfuse or LiteLLM themselves.
#include "doubleclient.h"
#include "doubleprocess.h"

#include <QObject>
#include <QString>

#include <memory>

class TestConnectorDoubles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    // Langfuse
    void langfuseAuth();
    void langfusePageCap();
    void langfuseStrictQuery();
    void langfuseStrictBody();
    void langfuseScoreValueRules_data();
    void langfuseScoreValueRules();
    void langfuseScoreUpsertById();
    void langfusePatchCompletedPersists();
    void langfuseDecisionResumesAfterFaults();
    void langfuseV4VersusLegacy();
    void langfuseObservationsCursor();
    void langfuseMetricsAgreeWithObservations();
    void langfuseMetricsRateLimit();
    void langfuseComments();

    // LiteLLM
    void litellmAuth();
    void litellmSpendLogDates();
    void litellmSpendLogCountCap();
    void litellmDailyActivityPartialDays();
    void litellmDailyActivityBounds();
    void litellmBudgets();

private:
    nlohmann::json state(const keel::test::DoubleProcess &p) const;
    std::string configId(const std::string &name) const;
    std::string pendingItem(int queueIndex, int skip) const;
    std::string queueId(int index) const;

    std::unique_ptr<keel::test::DoubleProcess> m_langfuse, m_legacy, m_litellm, m_litellmBig;
    std::unique_ptr<keel::test::DoubleClient> m_lf, m_lfLegacy, m_ll, m_llBig;
};

inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// The Langfuse double's project keys and the LiteLLM double's master key (its README).
inline const char *kLangfusePublicKey = "pk-lf-keel-double";
inline const char *kLangfuseSecretKey = "sk-lf-keel-double";
inline const char *kLiteLlmMasterKey = "sk-keel-double-master";
