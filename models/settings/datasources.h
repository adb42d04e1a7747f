#pragma once
// Which source feeds which view: spend and budgets from the platform, a LiteLLM proxy or a Langfuse
// project (spend and raw requests; Langfuse has no budgets);
// review queues from the platform or from a Langfuse project's annotation queues; and whether the
// console signs in to a Keel platform at all (a team on Langfuse, LiteLLM and Prometheus has none).
// QSettings group "sources" (platform = keel | none, spend = platform | litellm | langfuse, spend_url,
// review = platform | langfuse, review_url); the proxy's key is a SourceSecret ("litellm",
// KEEL_LITELLM_KEY), the Langfuse keys are LangfuseCredentials. SLO metrics have their own
// choice (slo/prometheus_url, see prometheus/slisourcefactory.h).
#include <QString>
#include <QUrl>

class QSettings;

namespace keel::settings {

struct DataSources {
    // false: no Keel platform. Views come from the other sources alone (review from Langfuse,
    // spend from LiteLLM, SLOs from Prometheus); what only the platform serves is not shown.
    bool usePlatform = true;

    enum class SpendKind { Platform, LiteLlm, Langfuse };
    SpendKind spend = SpendKind::Platform;
    QUrl spendUrl; // the LiteLLM proxy, or the Langfuse host (its keys: LangfuseCredentials)

    enum class ReviewKind { Platform, Langfuse };
    ReviewKind review = ReviewKind::Platform;
    QUrl reviewUrl; // the Langfuse host when review == Langfuse

    bool spendFromLiteLlm() const { return spend == SpendKind::LiteLlm && spendUrl.isValid() && !spendUrl.host().isEmpty(); }
    bool spendFromLangfuse() const
    {
        return spend == SpendKind::Langfuse && spendUrl.isValid() && !spendUrl.host().isEmpty();
    }
    bool spendElsewhere() const { return spendFromLiteLlm() || spendFromLangfuse(); }
    bool reviewFromLangfuse() const
    {
        return review == ReviewKind::Langfuse && reviewUrl.isValid() && !reviewUrl.host().isEmpty();
    }

    // SLOs from Prometheus: set in QSettings "slo/prometheus_url" and "slo/definitions_file"
    // (prometheus/slisourcefactory.h), read by load() and never written by save().
    bool sloFromPrometheus = false;

    // Whether a session without a platform has anything to show (at least one other source).
    bool servesWithoutPlatform() const { return spendElsewhere() || reviewFromLangfuse() || sloFromPrometheus; }
    bool complete() const { return usePlatform || servesWithoutPlatform(); }

    static DataSources load(const QSettings &settings);
    void save(QSettings &settings) const;
    static QString spendKindName(SpendKind kind);                 // "platform", "litellm", "langfuse"
    static bool parseSpendKind(const QString &name, SpendKind *out); // false for anything else
    static QString reviewKindName(ReviewKind kind);                 // "platform", "langfuse"
    static bool parseReviewKind(const QString &name, ReviewKind *out);
};

inline constexpr char kLiteLlmSecretKind[] = "litellm";
inline constexpr char kLiteLlmKeyVariable[] = "KEEL_LITELLM_KEY";

} // namespace keel::settings
