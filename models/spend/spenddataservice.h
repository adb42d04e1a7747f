#pragma once
// Runs the spend aggregations on an owned worker thread and hands finished value structs to the
// GUI thread by queued call. Each request carries a generation number; a result for a query the
// user has since changed is dropped, so a slow load never overwrites a newer one.
#include "spendtypes.h"

#include <QObject>
#include <QPointer>
#include <QThread>

namespace keel::api { class PlatformClient; }

namespace keel::spend {

class SpendWorker;
class PlatformRequestFetch;

class SpendDataService : public QObject {
    Q_OBJECT
public:
    explicit SpendDataService(QString storePath, QObject *parent = nullptr);
    ~SpendDataService() override; // quits and joins the worker thread

    QString storePath() const { return m_storePath; }
    // Forecasts are made from this instant; invalid (the default) = now, clamped to the cache.
    void setAsOf(const QDateTime &asOf) { m_asOf = asOf; }
    // Drill-downs into days older than the cache's raw-request window page from here (none:
    // they show what the cache holds).
    void setPlatformClient(api::PlatformClient *client);
    // Without a client: what the request list says for a day older than the cached window (e.g.
    // spend from LiteLLM, whose spend logs are only synced for the window).
    void setOlderRequestsNote(const QString &note);

    // Each supersedes any earlier request of the same kind still running.
    void load(const SpendQuery &query);
    // key empty with wholePeriod: every group value of the period (the chart's "Other" band).
    void loadDetail(const SpendQuery &query, qint64 periodStart, const QString &key, bool wholePeriod = false);
    void loadRequests(const SpendDetailRow &row);
    bool isLoading() const { return m_pending > 0; }

Q_SIGNALS:
    void loadStarted();
    void loaded(const keel::spend::SpendSnapshot &snapshot);
    void detailLoaded(qint64 periodStart, const QString &key, const QList<keel::spend::SpendDetailRow> &rows);
    // note: empty for the cache's own rows; otherwise where the rows came from or why none did.
    void requestsLoaded(const keel::spend::SpendDetailRow &row, const QList<keel::spend::RequestRow> &rows,
                        const QString &note);

private:
    void fetchFromPlatform(const SpendDetailRow &row, quint64 generation);

    QString m_storePath;
    QDateTime m_asOf;
    QThread m_thread;
    SpendWorker *m_worker = nullptr;
    quint64 m_generation = 0;
    quint64 m_detailGeneration = 0;
    quint64 m_requestsGeneration = 0;
    QString m_olderRequestsNote;
    QPointer<api::PlatformClient> m_client;
    PlatformRequestFetch *m_fetch = nullptr; // the drill-down paging from the platform, if any
    int m_pending = 0;
};

} // namespace keel::spend
