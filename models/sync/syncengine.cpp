#include "syncengine.h"

#include <QFileInfo>
#include <QLocale>

#include "logging.h"

#include "api/platformclient.h"
#include "store/database.h"
#include "store/store.h"

#include <domain/codec.h>
#include <domain/timeutil.h>

#include <QCoreApplication>

#include <set>
#include <QDateTime>
#include <QUrl>
#include <clock.h>

using namespace Qt::StringLiterals;

namespace keel::sync {

namespace {
// Fetched-but-uncommitted pages allowed at once: bounds memory (a 5000-record page is ~3 MB of
// JSON plus its decoded rows) while keeping network, decode and writes overlapped.
constexpr int kMaxPagesInFlight = 3;
// No resource of a sane platform needs more pages in one run (10M requests are 2,000 pages of
// 5,000); a platform past it is paging wrongly, and the cache must not grow without bound.
constexpr int kMaxPagesPerRun = 20000;

} // namespace

struct SyncEngine::Run {
    ResourcePull pull;
    std::optional<std::string> since;      // lower bound of this run
    std::optional<std::string> nextCursor; // what to fetch next
    std::optional<std::string> committed;  // the resume point the last queued page commits
    bool cursorKnown = true;               // false while the next cursor awaits a decode
    bool lastFetched = false;
    bool fetching = false;
    bool failed = false;
    int pagesFetched = 0;
    std::set<std::string> cursorsSeen;     // a cursor named twice means the platform pages in a loop
    int pagesInFlight = 0;                 // fetched, not yet committed
    qint64 records = 0;
    qint64 mark = 0;
    QElapsedTimer clock;
    QPointer<api::ApiReply> reply;
};

SyncEngine::SyncEngine(api::PlatformClient *client, store::Store *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_pulls(standardPulls())
    , m_enabled(allResources())
{
    m_decoder.setMaxThreadCount(1);
    m_decoder.setObjectName(u"keel-sync-decoder"_s);
    m_schedule.setInterval(5 * 60 * 1000);
    connect(&m_schedule, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_schedule.start();
}

SyncEngine::~SyncEngine()
{
    ++m_generation;
    if (m_run && m_run->reply)
        m_run->reply->cancel();
    m_decoder.waitForDone();
}

QStringList SyncEngine::allResources()
{
    // Roll-ups and review work first: they are small and what the views show. Raw requests (a
    // window of them, for drill-downs) come last, so a first sync at 10M requests fills the
    // dashboards in seconds rather than after millions of rows.
    return {u"spend_daily"_s, u"budgets"_s, u"slos"_s, u"slo_status"_s, u"review_queues"_s, u"review_items"_s, u"requests"_s};
}

void SyncEngine::setPulls(QList<ResourcePull> pulls)
{
    m_pulls = std::move(pulls);
    m_enabled = pullNames();
}

QStringList SyncEngine::pullNames() const
{
    QStringList names;
    for (const auto &pull : m_pulls)
        names << pull.name;
    return names;
}

void SyncEngine::setResources(const QStringList &names) { m_enabled = names; }
QStringList SyncEngine::resources() const { return m_enabled; }

void SyncEngine::setInterval(int ms)
{
    m_schedule.stop();
    if (ms > 0) {
        m_schedule.setInterval(ms);
        m_schedule.start();
    }
}

void SyncEngine::setRequestPageLimit(int limit)
{
    for (auto &p : m_pulls)
        if (p.name == u"requests"_s)
            p.limit = std::clamp(limit, 1, 5000);
}

void SyncEngine::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_queue = m_enabled;
    m_running = true;
    m_anyFailed = false;
    m_failures.clear();
    Q_EMIT started();
    startNextResource();
}

void SyncEngine::syncResource(const QString &name)
{
    if (m_running) {
        if (!m_queue.contains(name))
            m_queue.append(name);
        return;
    }
    m_queue = {name};
    m_running = true;
    m_anyFailed = false;
    m_failures.clear();
    Q_EMIT started();
    startNextResource();
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    if (m_run && m_run->reply)
        m_run->reply->cancel();
    const QString name = m_run ? m_run->pull.name : QString();
    m_run.reset();
    m_queue.clear();
    m_running = false;
    m_again = false;
    if (!name.isEmpty())
        Q_EMIT resourceFinished(name, false, tr("Sync cancelled."));
    Q_EMIT finished(false, tr("Sync cancelled."));
}

void SyncEngine::startNextResource()
{
    m_run.reset();
    if (m_queue.isEmpty()) {
        m_running = false;
        if (m_purgeDays > 0) {
            const int days = m_purgeDays;
            m_store->run([days](store::Db *db) {
                if (!db)
                    return;
                try {
                    if (const auto n = store::purgeDeliveredItemText(*db, days, keel::clock::nowMs()))
                        qCInfo(lcSync) << "purged the text of" << n << "decided review items";
                } catch (const std::exception &e) {
                    qCWarning(lcSync) << "purge failed:" << e.what();
                }
            });
        }
        const bool ok = !m_anyFailed;
        Q_EMIT finished(ok, ok ? tr("Everything is up to date.") : tr("Some data could not be synced: %1").arg(m_failures.join(u", ")));
        if (m_again) {
            m_again = false;
            syncNow();
        }
        return;
    }
    const QString name = m_queue.takeFirst();
    if (name == u"slo_status"_s) {
        pullSloStatuses();
        return;
    }
    for (const auto &pull : m_pulls) {
        if (pull.name == name) {
            beginRun(pull);
            return;
        }
    }
    qCWarning(lcSync) << "unknown resource" << name;
    startNextResource();
}

void SyncEngine::beginRun(const ResourcePull &pull)
{
    m_run = std::make_unique<Run>();
    m_run->pull = pull;
    m_run->clock.start();
    const quint64 gen = ++m_generation;
    QPointer<SyncEngine> self(this);
    const std::string resource = pull.name.toStdString();
    const auto prepare = pull.prepare;
    const std::int64_t windowRows = resource == "requests" ? m_requestWindow.rows : 0;
    // Resume point: the cursor and lower bound committed with the last page.
    m_store->run([self, gen, resource, prepare, windowRows](store::Db *db) {
        store::SyncState st;
        QString error;
        qint64 rowBoundStart = 0;
        try {
            if (db && prepare)
                prepare(*db);
            if (db)
                st = store::loadSyncState(*db, resource);
            if (db && windowRows > 0)
                rowBoundStart = store::rowBoundStartMs(*db, windowRows);
            if (!db)
                error = u"cache is not open"_s;
        } catch (const std::exception &e) {
            error = QString::fromStdString(e.what());
        }
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, gen, st, error, rowBoundStart] {
            if (!self || gen != self->m_generation || !self->m_run)
                return;
            if (!error.isEmpty()) {
                self->failRun(error);
                return;
            }
            self->m_run->since = st.since;
            self->m_run->nextCursor = st.cursor;
            self->m_run->committed = st.cursor;
            if (self->m_run->pull.name == u"requests"_s)
                self->clampToRequestWindow(self->m_run->since, self->m_run->nextCursor.has_value(), rowBoundStart);
            if (st.cursor)
                qCInfo(lcSync) << "resuming" << self->m_run->pull.name << "from its last committed page";
            self->fetchNext();
        }, Qt::QueuedConnection);
    });
}

void SyncEngine::fetchNext()
{
    Run *run = m_run.get();
    if (!run || run->failed || run->fetching || run->lastFetched || !run->cursorKnown
        || run->pagesInFlight >= kMaxPagesInFlight)
        return;
    api::PlatformClient *client = run->pull.client ? run->pull.client.data() : m_client.data();
    if (!client) { // a session without a platform names only pulls with their own client
        failRun(tr("%1 has no source in this session (no platform); skipped.").arg(run->pull.name));
        return;
    }
    const PageContext page{run->nextCursor, run->since, run->pull.limit, 200, keel::clock::nowMs()};
    api::ApiRequest request;
    if (run->pull.buildRequest) {
        std::optional<api::ApiRequest> built = run->pull.buildRequest(page);
        if (!built) {
            if (run->pagesFetched == 0 && run->pagesInFlight == 0) {
                qCInfo(lcSync) << run->pull.name << "has nothing to fetch";
                finishRun(true, tr("%n record(s) synced.", nullptr, 0));
            } else {
                failRun(tr("%1 could not name its next page; stopped. The pages so far are kept.").arg(run->pull.name));
            }
            return;
        }
        request = std::move(*built);
    } else {
        request.path = run->pull.path;
        request.query = run->pull.fixedQuery;
        request.query.append({u"limit"_s, QString::number(run->pull.limit)});
        if (!run->pull.sinceParam.isEmpty() && run->since)
            request.query.append({run->pull.sinceParam, QString::fromStdString(*run->since)});
        if (run->nextCursor)
            request.query.append({u"cursor"_s, QString::fromStdString(*run->nextCursor)});
    }
    run->fetching = true;
    const quint64 gen = m_generation;
    run->reply = client->send(request);
    connect(run->reply, &api::ApiReply::finished, this,
            [this, gen, page](const api::ApiResponse &r) { onPage(gen, page, r); });
}

void SyncEngine::onPage(quint64 gen, PageContext page, const api::ApiResponse &response)
{
    if (gen != m_generation || !m_run)
        return;
    Run *run = m_run.get();
    run->fetching = false;
    const bool decodable = !response.ok() && response.error.kind == api::ApiError::Kind::Http
                           && run->pull.decodableStatuses.contains(response.error.httpStatus);
    if (!response.ok() && !decodable) {
        failRun(run->pull.describeFailure ? run->pull.describeFailure(response) : api::describe(response.error));
        return;
    }
    const int pageNo = run->pagesFetched++;
    run->pagesInFlight++;
    // Only the platform's envelope can be peeked; a pull with its own tokens names the next
    // page when its decode has run.
    const CursorPeek peek = run->pull.buildRequest ? CursorPeek{} : peekNextCursor(response.body);
    if (peek.known) {
        if (!acceptNextCursor(peek.cursor))
            return;
        run->nextCursor = peek.cursor;
        run->lastFetched = !peek.cursor;
        fetchNext(); // overlaps the next round trip with this page's decode and write
    } else {
        run->cursorKnown = false;
    }
    QPointer<SyncEngine> self(this);
    const auto decode = run->pull.decode;
    const QByteArray body = response.body;
    const bool peeked = peek.known;
    page.httpStatus = response.httpStatus;
    m_decoder.start([self, gen, pageNo, decode, body, peeked, page] {
        DecodedPage decoded = decode(body, page);
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, gen, pageNo, decoded = std::move(decoded), peeked]() mutable {
            if (self)
                self->onDecoded(gen, pageNo, std::move(decoded), peeked);
        }, Qt::QueuedConnection);
    });
}

void SyncEngine::onDecoded(quint64 gen, int pageNo, DecodedPage page, bool peeked)
{
    if (gen != m_generation || !m_run || m_run->failed)
        return;
    Run *run = m_run.get();
    if (!page.error.isEmpty()) {
        failRun(page.error);
        return;
    }
    if (!peeked) {
        if (!acceptNextCursor(page.nextCursor))
            return;
        run->nextCursor = page.nextCursor;
        run->lastFetched = !page.nextCursor;
        run->cursorKnown = true;
    }
    run->mark = std::max(run->mark, page.mark);
    const bool last = !page.nextCursor;

    store::SyncState state;
    state.resource = run->pull.name.toStdString();
    state.lastSyncedAt = keel::clock::nowMs();
    if (last) {
        // Finished: the next run starts at the newest record seen (inclusive; upserts dedupe).
        state.cursor.reset();
        if (run->pull.incremental())
            state.since = run->mark > 0 ? std::optional(domain::formatRfc3339(run->mark - run->pull.overlapMs)) : run->since;
    } else {
        state.cursor = page.resumeCursor ? page.resumeCursor : page.nextCursor;
        state.since = run->since;
    }
    const std::optional<std::string> prior = run->committed;
    run->committed = state.cursor;
    const bool firstPage = pageNo == 0;
    const qint64 count = page.count;
    auto write = std::move(page.write);
    m_store->write(
        [write, state, firstPage, prior](store::Db &db) {
            // Commit only on top of the page this one follows: if an earlier page of the
            // pipeline failed to commit, this one must not land after the gap.
            if (store::loadSyncState(db, state.resource).cursor != prior)
                throw store::SqlError("page out of sequence; the sync will resume from the last committed page");
            if (write)
                write(db, firstPage);
            store::saveSyncState(db, state);
        },
        this,
        [this, gen, count, last](const QString &error) { onCommitted(gen, count, last, error); });
    fetchNext();
}

void SyncEngine::onCommitted(quint64 gen, qint64 count, bool last, const QString &error)
{
    if (gen != m_generation || !m_run)
        return;
    Run *run = m_run.get();
    run->pagesInFlight--;
    if (!error.isEmpty()) {
        failRun(tr("Could not write to the cache: %1").arg(error));
        return;
    }
    run->records += count;
    const double seconds = std::max(1e-3, run->clock.nsecsElapsed() / 1e9);
    Q_EMIT progress(run->pull.name, run->records, run->records / seconds, -1);
    if (last && run->pagesInFlight == 0) {
        qCInfo(lcSync) << run->pull.name << "synced" << run->records << "records in" << seconds << "s";
        if (run->pull.name == u"requests"_s)
            trimRequestWindow();
        finishRun(true, tr("%n record(s) synced.", nullptr, int(std::min<qint64>(run->records, INT_MAX))));
        return;
    }
    fetchNext();
}

bool SyncEngine::acceptNextCursor(const std::optional<std::string> &cursor)
{
    Run *run = m_run.get();
    if (!cursor)
        return true;
    if (!run->cursorsSeen.insert(*cursor).second) {
        failRun(tr("The platform sent the same page cursor twice for %1; stopped so as not to page forever. "
                   "The pages before it are kept. This is a platform bug: report it with the log's X-Request-Id.")
                    .arg(run->pull.name));
        return false;
    }
    if (run->pagesFetched >= kMaxPagesPerRun) {
        failRun(tr("%1 needed more than %2 pages in one sync; stopped. The pages so far are kept; "
                   "check the platform's paging, or sync again to continue from here.")
                    .arg(run->pull.name)
                    .arg(kMaxPagesPerRun));
        return false;
    }
    // One stat per page on the GUI thread: cheap next to the page itself.
    const qint64 cacheBytes = QFileInfo(m_store->path()).size() + QFileInfo(m_store->path() + u"-wal"_s).size();
    if (m_cacheBudgetBytes > 0 && cacheBytes > m_cacheBudgetBytes) {
        failRun(tr("The cache reached its budget of %1 while syncing %2; stopped. The pages so far are kept. "
                   "Raise cache/budgetMb in the settings or wipe old data (keel --wipe-cache).")
                    .arg(QLocale().formattedDataSize(m_cacheBudgetBytes), run->pull.name));
        return false;
    }
    return true;
}

void SyncEngine::failRun(const QString &message)
{
    // Once per run: cancelling the reply below completes it synchronously, and its "cancelled"
    // answer would otherwise fail this run again — finishing the next resource's run in its name.
    if (!m_run || m_run->failed)
        return;
    m_run->failed = true;
    ++m_generation; // the cancelled reply and any page still decoding now report to no one
    if (m_run->reply)
        m_run->reply->cancel();
    const std::string resource = m_run->pull.name.toStdString();
    const std::string text = message.toStdString();
    // Keep the committed cursor; only note what went wrong.
    m_store->write([resource, text](store::Db &db) {
        store::Stmt &s = db.prepared(
            "INSERT INTO sync_state(resource, last_error) VALUES(?1, ?2) "
            "ON CONFLICT(resource) DO UPDATE SET last_error=excluded.last_error");
        s.bind(1, resource).bind(2, text).exec();
    });
    qCWarning(lcSync) << m_run->pull.name << "sync failed:" << message;
    finishRun(false, message);
}

void SyncEngine::finishRun(bool ok, const QString &message)
{
    const QString name = m_run ? m_run->pull.name : u"slo_status"_s;
    ++m_generation; // late callbacks of this run are ignored
    if (!ok) {
        m_anyFailed = true;
        m_failures << name;
    }
    qCInfo(lcPerf).nospace() << "sync " << qUtf8Printable(name) << (ok ? " done" : " failed") << ", since start "
                             << keel::msSinceProcessStart() << " ms";
    Q_EMIT resourceFinished(name, ok, message);
    startNextResource();
}

} // namespace keel::sync
