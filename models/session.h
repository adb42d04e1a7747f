#pragma once
// What the app hands every view and headless command once a platform connection is set up.
// Views keep only these pointers; none of them owns the objects (the app does).
#include <domain/identity.h>

#include <QString>
#include <QUrl>

namespace keel::api { class PlatformClient; }
namespace keel::sync { class SyncEngine; }
namespace keel::store { class Outbox; }
namespace keel::sources { class ReviewFeedSource; class FeedbackSink; class TraceSource; }

namespace keel {

struct SessionContext {
    // The Keel platform; null in a session without one (settings::DataSources::usePlatform), whose
    // views then come from the other sources only (reviewFeed, spendSource, Prometheus SLOs).
    api::PlatformClient *client = nullptr;
    sync::SyncEngine *sync = nullptr;      // null in tests that do not sync
    store::Outbox *outbox = nullptr;       // reviewer decisions; null for roles without review rights
    // The review source when it is not the platform (Langfuse): the workspace reads queues from
    // reviewFeed and delivers decisions to feedbackSink through the review database's own outbox.
    // Both null: the platform through `client` (and `outbox`). Not owned.
    sources::ReviewFeedSource *reviewFeed = nullptr;
    sources::FeedbackSink *feedbackSink = nullptr;
    // Names the review source's own review database (drafts, ledger, pending decisions) so that
    // no decision meant for one source is ever delivered to another: empty for the platform,
    // "langfuse|<url>|<public key>" for a Langfuse project. reviewSourceName is for people:
    // "Langfuse at https://…" (empty = the platform).
    QString reviewSourceKey;
    QString reviewSourceName;
    // Where the trace explorer looks traces up when not the platform (a Langfuse project; see
    // sources/tracesourcefactory.h). Null: the platform through `client`. Not owned.
    sources::TraceSource *traceSource = nullptr;
    QString storePath;                     // the SQLite cache file (open your own read connection on a worker)
    QUrl platformUrl;                      // empty without a platform
    // Who feeds spend, budgets and raw requests when not the platform: "LiteLLM at https://…"
    // (empty = the platform). Drill-downs past the cached window then do not page from the platform.
    QString spendSource;
    // Whether that source keeps budgets (LiteLLM does, Langfuse does not): an empty budget list
    // then says "Langfuse keeps no budgets" rather than "none are set".
    bool spendSourceHasBudgets = true;
    domain::Identity identity;             // from GET /v1/whoami, or app::localIdentity without a platform
    // keel snapshot: the views look, never act — no claim, lease or decision reaches the platform
    // (a scheduled screenshot must not lock an item away from reviewers or write audit rows).
    bool readOnly = false;
};

} // namespace keel
