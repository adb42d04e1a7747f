#pragma once
// tst_connectordoubles: keel-connector-double, started as a child process, checked over real HTTP
// for the vendor rules a connector depends on (Langfuse in tst_connectordoubles.cpp, LiteLLM in
// tst_connectordoubles_litellm.cpp). It tests the TEST DOUBLE against the notes in
// shared/specs, not Langfuse or LiteLLM themselves.
#include "doubleclient.h"
#include "doubleprocess.h"
#include "testclock.h"

#include <QObject>
#include <QtGlobal>
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
    void langfuseLegacyObservationList();
    void langfuseDailyMetricsByObservationDay();
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

// Helpers the test files share.
namespace doubletest {

inline const std::string kQueues = "/api/public/annotation-queues";

inline std::unique_ptr<keel::test::DoubleProcess> startDouble(const QString &kind, const QStringList &args)
{
    auto p = std::make_unique<keel::test::DoubleProcess>(kind, args);
    if (!p->start())
        qFatal("%s", qPrintable(p->errorString()));
    return p;
}

inline std::unique_ptr<keel::test::DoubleClient> langfuseClient(const keel::test::DoubleProcess &p)
{
    return std::make_unique<keel::test::DoubleClient>(
        p.baseUrl(), keel::test::DoubleClient::basic(kLangfusePublicKey, kLangfuseSecretKey));
}

// An instant or a date `days` from the pinned clock's now: windows move with KEEL_TEST_NOW.
inline std::string isoFromNow(int days)
{
    return keel::test::nowUtc().addDays(days).toString(Qt::ISODate).toStdString();
}
inline std::string dateFromNow(int days)
{
    return keel::test::nowUtc().addDays(days).date().toString(Qt::ISODate).toStdString();
}

// The first zod issue of a Langfuse 400.
inline nlohmann::json firstIssue(const keel::test::DoubleReply &r)
{
    const nlohmann::json j = r.json();
    if (!j.is_object() || !j.contains("error") || !j["error"].is_array() || j["error"].empty())
        return nlohmann::json::object();
    return j["error"][0];
}

// Cost and latency per model over [from, to); `extra` replaces or adds members of the query.
inline std::string metricsQuery(const std::string &from, const std::string &to,
                                const nlohmann::json &extra = nlohmann::json::object())
{
    using nlohmann::json;
    json q{{"view", "observations"},
           {"metrics", json::array({json{{"measure", "totalCost"}, {"aggregation", "sum"}},
                                    json{{"measure", "latency"}, {"aggregation", "p50"}},
                                    json{{"measure", "latency"}, {"aggregation", "p95"}}})},
           {"dimensions", json::array({json{{"field", "providedModelName"}}})},
           {"fromTimestamp", from},
           {"toTimestamp", to}};
    q.update(extra);
    return "/api/public/v2/metrics?query=" + keel::test::urlEncode(q.dump());
}

} // namespace doubletest
