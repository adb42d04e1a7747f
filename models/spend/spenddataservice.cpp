#include "spenddataservice.h"

#include "platformrequestfetch.h"
#include "spendrepository.h"

#include <api/platformclient.h>

#include <QCoreApplication>
#include <QPointer>

namespace keel::spend {

// Lives on the service's thread; owns the repository (and so the read connection) there.
class SpendWorker : public QObject {
public:
    explicit SpendWorker(QString path) : m_path(std::move(path)) {}
    SpendRepository &repository()
    {
        if (!m_repo)
            m_repo = std::make_unique<SpendRepository>(m_path);
        return *m_repo;
    }
    // The cache may be replaced (wipe, first sync): reopen for every full load.
    void reset() { m_repo.reset(); }

private:
    QString m_path;
    std::unique_ptr<SpendRepository> m_repo;
};

SpendDataService::SpendDataService(QString storePath, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath))
{
    m_thread.setObjectName(QStringLiteral("keel-spend-reader"));
    m_worker = new SpendWorker(m_storePath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

SpendDataService::~SpendDataService()
{
    m_thread.quit();
    m_thread.wait();
}

void SpendDataService::load(const SpendQuery &query)
{
    const quint64 generation = ++m_generation;
    ++m_pending;
    Q_EMIT loadStarted();
    QPointer<SpendDataService> self(this);
    SpendWorker *worker = m_worker;
    const QDateTime asOf = m_asOf;
    QMetaObject::invokeMethod(worker, [self, worker, query, asOf, generation] {
        worker->reset();
        SpendSnapshot snap = worker->repository().snapshot(query, asOf);
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, snap = std::move(snap), generation] {
            if (!self)
                return;
            --self->m_pending;
            if (generation == self->m_generation)
                Q_EMIT self->loaded(snap);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void SpendDataService::loadDetail(const SpendQuery &query, qint64 periodStart, const QString &key, bool wholePeriod)
{
    const quint64 generation = ++m_detailGeneration;
    QPointer<SpendDataService> self(this);
    SpendWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [self, worker, query, periodStart, key, wholePeriod, generation] {
        SpendRepository &repo = worker->repository();
        QList<SpendDetailRow> rows;
        if (repo.ensureOpen())
            rows = repo.detailRows(query, periodStart, wholePeriod ? std::nullopt : std::optional<QString>(key));
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, periodStart, key, rows = std::move(rows), generation] {
            if (self && generation == self->m_detailGeneration)
                Q_EMIT self->detailLoaded(periodStart, key, rows);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void SpendDataService::setPlatformClient(api::PlatformClient *client)
{
    m_client = client;
}

void SpendDataService::setOlderRequestsNote(const QString &note)
{
    m_olderRequestsNote = note;
}

void SpendDataService::loadRequests(const SpendDetailRow &row)
{
    const quint64 generation = ++m_requestsGeneration;
    if (m_fetch) {
        m_fetch->cancel();
        m_fetch->deleteLater();
        m_fetch = nullptr;
    }
    QPointer<SpendDataService> self(this);
    SpendWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [self, worker, row, generation] {
        SpendRepository &repo = worker->repository();
        QList<RequestRow> rows;
        bool held = false;
        if (repo.ensureOpen()) {
            rows = repo.requestsBehind(row, SpendRepository::kRequestsBehindLimit);
            held = repo.holdsRequestsOfDay(row.day);
        }
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, row, rows = std::move(rows), held, generation] {
            if (!self || generation != self->m_requestsGeneration)
                return;
            if (held || !self->m_client) {
                Q_EMIT self->requestsLoaded(row, rows, held ? QString() : self->m_olderRequestsNote);
                return;
            }
            self->fetchFromPlatform(row, generation);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void SpendDataService::fetchFromPlatform(const SpendDetailRow &row, quint64 generation)
{
    m_fetch = new PlatformRequestFetch(m_client, row, SpendRepository::kRequestsBehindLimit, this);
    connect(m_fetch, &PlatformRequestFetch::finished, this,
            [this, row, generation](const QList<RequestRow> &rows, const QString &error) {
                if (m_fetch) {
                    m_fetch->deleteLater();
                    m_fetch = nullptr;
                }
                if (generation != m_requestsGeneration)
                    return;
                const QString note = error.isEmpty()
                    ? QCoreApplication::translate("keel::spend::SpendDataService",
                                                  "Loaded from the platform: this day is older than the requests kept in the local cache.")
                    : error;
                Q_EMIT requestsLoaded(row, rows, note);
            });
    m_fetch->start();
}

} // namespace keel::spend
