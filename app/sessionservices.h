#pragma once
// The long-lived service objects of one signed-in session, owned in one place and torn down
// in the right order (views first — they are owned by the window — then sync and delivery,
// then the store, then the client).
#include <api/apitypes.h>
#include <session.h>

#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace keel::api { class PlatformClient; }
namespace keel::store { class Store; class Outbox; }
namespace keel::sync { class SyncEngine; }
namespace keel::sources { struct ReviewSource; class TraceSource; }

namespace keel::app {

// Spend, budgets and raw requests from another source than the platform: a LiteLLM proxy
// (sources/litellm) or a Langfuse project (sources/langfuse, no budgets).
struct ExternalSpendSource {
    enum class Kind { LiteLlm, Langfuse };
    Kind kind = Kind::LiteLlm;
    api::ConnectionSettings connection; // the source's URL, its key(s) as credentials, TLS choices
};

// Review queues from a Langfuse project instead of the platform (sources/langfuse): the feed
// and sink made by sources::createReviewSource, and what names the project.
struct LangfuseReviewSource {
    QUrl baseUrl;
    QString publicKey;
    std::shared_ptr<sources::ReviewSource> source;
};

class SessionServices {
public:
    SessionServices(const api::ConnectionSettings &connection, const domain::Identity &identity, const QString &cacheDir,
                    const std::optional<ExternalSpendSource> &spendSource = std::nullopt,
                    std::optional<LangfuseReviewSource> langfuse = std::nullopt);
    ~SessionServices();

    // Null in a session without a platform (connection.baseUrl empty).
    api::PlatformClient *client() const { return m_client.get(); }
    store::Store *store() const { return m_store.get(); }
    sync::SyncEngine *sync() const { return m_sync.get(); }
    store::Outbox *outbox() const { return m_outbox.get(); } // null without review rights or platform
    QString storePath() const { return m_storePath; }
    QString spendSourceName() const { return m_spendSourceName; } // empty: the platform
    QString reviewSourceName() const { return m_reviewSourceName; } // empty: the platform
    void fillContext(SessionContext &context) const;

    // Cache file for a platform: one per platform, so two platforms never mix their data; and
    // one per spend source beside it (spendSource empty = the platform's own spend; Langfuse
    // hosts are named "langfuse:<url>", LiteLLM proxies by their URL alone).
    static QString storePathFor(const QUrl &baseUrl, const QString &cacheDir, const QString &spendSource = {});
    static QString defaultCacheDir();
    static QString spendSourceKey(const ExternalSpendSource &source); // what storePathFor takes
    // What a role may read decides what a sync pulls (the platform answers 403 otherwise).
    // reviewFromPlatform=false (queues from Langfuse): the platform's review queues are not pulled.
    static QStringList resourcesFor(const domain::Identity &identity, bool reviewFromPlatform = true);
    static bool canReview(const domain::Identity &identity);

private:
    std::unique_ptr<api::PlatformClient> m_client;
    std::unique_ptr<api::PlatformClient> m_spendClient; // the LiteLLM proxy or Langfuse, when spend comes from one
    QString m_spendSourceName;
    bool m_spendSourceHasBudgets = true;
    std::optional<LangfuseReviewSource> m_review; // the Langfuse feed and sink, when review comes from there
    // The trace explorer's source when not the platform: the Langfuse project spend comes from
    // (its request records carry its trace ids), or without a platform the review project's.
    std::unique_ptr<sources::TraceSource> m_spendTraces;  // on m_spendClient, for spend from Langfuse
    std::unique_ptr<sources::TraceSource> m_reviewTraces;      // on m_review's client
    sources::TraceSource *m_traceSource = nullptr;
    QString m_reviewSourceName;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<sync::SyncEngine> m_sync;
    std::unique_ptr<store::Outbox> m_outbox;
    QString m_storePath;
};

} // namespace keel::app
