#pragma once
// Incremental pulls from the platform into the local cache, on a schedule and on demand.
//
// Each resource (spend_daily, budgets, slos, slo_status, review_queues, review_items, requests)
// is pulled page by page, the small roll-ups first so the dashboards fill before the raw rows. A page is decoded on the engine's decoder thread and written on the
// store's writer thread in ONE transaction together with the resource's sync_state (the cursor
// of the next page), so a crash or SIGKILL at any point resumes from the last committed page:
// no gap, no duplicate. While page N is decoded and written, page N+1 is already being fetched,
// so network, decode and SQLite overlap across the two cores; the GUI thread only does
// bookkeeping. The platform exposes no total count, so ETA is reported as unknown (-1).
#include "resourcepull.h"

#include <store/database.h>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <optional>
#include <string>

namespace keel::api { class PlatformClient; class ApiReply; struct ApiResponse; }
namespace keel::store { class Store; }

namespace keel::sync {

class SyncEngine : public QObject {
    Q_OBJECT
public:
    // Neither pointer is owned; both outlive the engine.
    SyncEngine(api::PlatformClient *client, store::Store *store, QObject *parent = nullptr);
    ~SyncEngine() override;

    // What the engine pulls, from which source: by default the Platform API's standardPulls().
    // Another source hands its own list (sources::litellm::pulls(options)), with a client
    // configured for that source; the store and the views stay unaware of where rows came from.
    // Also makes those pulls, in that order, the resources a full sync pulls. A run in
    // progress finishes with the pull it started with.
    void setPulls(QList<ResourcePull> pulls);
    QStringList pullNames() const;

    // Which resources a full sync pulls, by name (default: all, in standard order). A reviewer
    // without finops rights would drop "spend_daily" and "budgets" (they answer 403).
    void setResources(const QStringList &names);
    QStringList resources() const;
    static QStringList allResources();

    void setInterval(int ms);   // scheduled syncs; 0 = only on demand (default 5 minutes)
    void setRequestPageLimit(int limit); // 1..5000 (server maximum), default 5000
    // After every sync, review item text (prompt, output, sources) is purged this many days
    // after its decision was delivered (store::purgeDeliveredItemText). Default 7; 0 = never.
    void setPurgeDays(int days) { m_purgeDays = days; }
    // A sync stops, keeping what it has, once the cache file (with its WAL) is this large: a
    // platform that pages on forever must not fill the disk. Default 4 GiB; 0 = no budget.
    void setCacheBudgetBytes(qint64 bytes) { m_cacheBudgetBytes = bytes; }
    static constexpr qint64 kDefaultCacheBudgetBytes = 4LL << 30;

    // Raw requests kept in the cache (store::RequestWindow): a first sync pulls only the window,
    // and every finished requests run trims what fell out of it.
    void setRequestWindow(const store::RequestWindow &window) { m_requestWindow = window; }
    store::RequestWindow requestWindow() const { return m_requestWindow; }

    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void syncNow();                          // every configured resource; coalesced if running
    void syncResource(const QString &name);  // one resource now
    void cancel();                           // stops after the page being written; finished(false)

Q_SIGNALS:
    void started();
    // records pulled so far in this run of `resource`; etaMs = -1 when the total is unknown.
    void progress(const QString &resource, qint64 records, double recordsPerSecond, qint64 etaMs);
    void resourceFinished(const QString &resource, bool ok, const QString &message);
    void finished(bool ok, const QString &summary);

private:
    struct Run;
    void startNextResource();
    void beginRun(const ResourcePull &pull);
    void fetchNext();
    void onPage(quint64 gen, PageContext page, const api::ApiResponse &response);
    void onDecoded(quint64 gen, int pageNo, DecodedPage page, bool peeked);
    void onCommitted(quint64 gen, qint64 count, bool last, const QString &error);
    // False (and the run failed, with a message naming the resource) for a cursor this run has
    // already followed, past the page cap, or with the cache over its budget.
    bool acceptNextCursor(const std::optional<std::string> &cursor);
    void failRun(const QString &message);
    void finishRun(bool ok, const QString &message);
    // rowBoundStartMs: store::rowBoundStartMs for the window's row bound (0 = none).
    void clampToRequestWindow(std::optional<std::string> &since, bool resuming, qint64 rowBoundStartMs) const;
    void trimRequestWindow();
    void pullSloStatuses();
    void fetchSloStatus(quint64 gen, QStringList ids, int done);

    QPointer<api::PlatformClient> m_client;
    store::Store *m_store;
    QList<ResourcePull> m_pulls;
    QStringList m_enabled;
    QStringList m_queue;       // resources left in this sync
    QTimer m_schedule;
    QThreadPool m_decoder;     // one thread: pages decode in arrival order
    std::unique_ptr<Run> m_run;
    quint64 m_generation = 0;  // callbacks of a finished or cancelled run are ignored
    bool m_running = false;
    bool m_again = false;
    bool m_anyFailed = false;
    int m_purgeDays = store::kDefaultPurgeDays;
    qint64 m_cacheBudgetBytes = kDefaultCacheBudgetBytes;
    store::RequestWindow m_requestWindow;
    QStringList m_failures;
};

} // namespace keel::sync
