#include "soakconsole.h"

#include <api/platformclient.h>
#include <review/reasoncatalog.h>
#include <review/reviewdb.h>
#include <review/reviewfeed.h>
#include <review/reviewsession.h>
#include <store/outbox.h>
#include <store/store.h>

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <cstdio>
#include <deque>
#include <random>

using namespace Qt::StringLiterals;

namespace keel::soak {

namespace {

using Status = review::ReviewSession::LeaseStatus;

void say(const QByteArray &line)
{
    // One write per line, flushed: a SIGKILL never leaves half a "saved" line behind a whole one.
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

class Console : public QObject {
public:
    explicit Console(const ConsoleOptions &o)
        : m_o(o)
        , m_client(settingsFor(o))
        , m_store(o.dir + u"/cache.sqlite"_s)
        , m_outbox(&m_store, &m_client)
        , m_session(&m_client, o.reviewer)
        , m_feed(&m_client)
        , m_rng(o.seed)
    {
    }

    bool start()
    {
        QString error;
        // The app's wiring: the review database beside the cache, decisions on the shared outbox.
        if (!m_session.openDatabase(review::ReviewDb::defaultPathFor(m_store.path()), &m_outbox, &error)) {
            say("error cannot open the review database: " + error.toUtf8());
            return false;
        }
        m_session.setGracePeriodMs(0);
        m_feed.setMaxItems(100);
        connect(&m_session, &review::ReviewSession::leaseChanged, this, &Console::onLeaseChanged, Qt::QueuedConnection);
        connect(&m_session, &review::ReviewSession::decisionSaved, this, [this](qint64 seq, const QString &itemId) {
            const QString key = m_keyByItem.take(itemId);
            ++m_saved;
            say("saved " + key.toLatin1() + ' ' + itemId.toUtf8() + ' ' + QByteArray::number(seq));
        });
        connect(&m_session, &review::ReviewSession::decisionNotSaved, this, [](const QString &itemId, const QString &message) {
            say("notsaved " + itemId.toUtf8() + ' ' + message.toUtf8());
        });
        connect(&m_session, &review::ReviewSession::decisionStateChanged, this,
                [](qint64 seq, review::DeliveryState state, const QString &message) {
                    if (state == review::DeliveryState::Failed)
                        say("failed " + QByteArray::number(seq) + ' ' + message.simplified().toUtf8());
                });
        connect(&m_feed, &review::ReviewFeed::queuesLoaded, this, &Console::onQueues);
        connect(&m_feed, &review::ReviewFeed::itemsLoaded, this, &Console::onItems);
        connect(&m_feed, &review::ReviewFeed::loadFailed, this, [this](const QString &what) {
            ++m_loadFailures;
            // Faults on the listing: ask again shortly (queues first if we have none yet).
            QTimer::singleShot(50, this, [this, what] {
                if (what == u"queues"_s || m_queues.isEmpty())
                    m_feed.refreshQueues();
                else
                    m_feed.loadItems(m_queues.value(m_queueIndex));
            });
        });
        m_outbox.start(); // resumes whatever a killed run saved but did not deliver
        if (m_o.drainOnly)
            finish();
        else
            m_feed.refreshQueues();
        return true;
    }

private:
    static api::ConnectionSettings settingsFor(const ConsoleOptions &o)
    {
        api::ConnectionSettings s;
        s.baseUrl = QUrl(o.url);
        s.token = o.token;
        s.connectTimeoutMs = std::min(o.timeoutMs, 2000);
        s.totalTimeoutMs = o.timeoutMs;
        if (o.clientRetries >= 0)
            s.maxRetries = o.clientRetries; // 0: every failure reaches the outbox's own retry
        return s; // otherwise retries and backoff as the app has them
    }

    void onQueues(const QList<domain::ReviewQueue> &queues)
    {
        if (m_finishing)
            return;
        m_queues.clear();
        qint64 pending = 0, claimed = 0;
        for (const auto &q : queues) {
            m_queues.append(QString::fromStdString(q.id));
            pending += q.pending;
            claimed += q.claimed;
        }
        if (pending == 0 && claimed == 0) {
            say("empty the queues hold no open item");
            finish();
            return;
        }
        m_queueIndex = 0;
        m_emptyInARow = 0;
        m_feed.loadItems(m_queues.value(0));
    }

    void onItems(const QString &queue, const QList<domain::ReviewItem> &items)
    {
        if (m_finishing)
            return;
        m_candidates.clear();
        for (const auto &it : items)
            if (it.status == "pending" && !m_tried.contains(QString::fromStdString(it.id)))
                m_candidates.push_back(it);
        if (m_candidates.empty()) {
            // Nothing to take here: the next queue, and after a whole round, the queue counts again
            // (claims that a fault hid from us run out after the lease time).
            if (++m_emptyInARow >= m_queues.size()) {
                m_tried.clear();
                QTimer::singleShot(250, this, [this] { m_feed.refreshQueues(); });
                return;
            }
            m_queueIndex = int((m_queues.indexOf(queue) + 1) % m_queues.size());
            m_feed.loadItems(m_queues.value(m_queueIndex));
            return;
        }
        m_emptyInARow = 0;
        openNext();
    }

    void openNext()
    {
        if (m_finishing)
            return;
        if (m_o.decisions > 0 && m_handed >= m_o.decisions) {
            finish();
            return;
        }
        if (m_session.pendingCount() >= m_o.maxPending) {
            // Delivery is behind: a reviewer's console never runs far ahead of its outbox.
            QTimer::singleShot(10, this, &Console::openNext);
            return;
        }
        if (m_candidates.empty()) {
            m_feed.loadItems(m_queues.value(m_queueIndex));
            return;
        }
        const domain::ReviewItem item = m_candidates.front();
        m_candidates.pop_front();
        m_tried.insert(QString::fromStdString(item.id));
        m_waitingForClaim = true;
        m_session.openItem(item);
    }

    void onLeaseChanged()
    {
        if (!m_waitingForClaim || !m_session.hasItem())
            return;
        const Status s = m_session.leaseStatus();
        if (s == Status::Claiming || s == Status::None)
            return;
        m_waitingForClaim = false;
        if (s == Status::Held) {
            decide();
        } else {
            ++m_claimRefused;
            m_session.leave();
        }
        QMetaObject::invokeMethod(this, &Console::openNext, Qt::QueuedConnection);
    }

    template <typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(qsizetype(m_rng() % std::uint64_t(list.size())));
    }

    void decide()
    {
        const domain::ReviewItem item = m_session.item();
        review::DecisionInput in;
        const auto roll = m_rng() % 100;
        if (roll < 40) {
            in.action = domain::DecisionAction::Approve;
        } else if (roll < 65) {
            in.action = domain::DecisionAction::Edit;
            in.editedOutput = QString::fromStdString(item.output) + u"\n\n[Edited in the soak: unsupported claim removed.]"_s;
        } else if (roll < 85) {
            in.action = domain::DecisionAction::Reject;
            in.rejectReason = pick(review::ReasonCatalog::rejectReasons()).code;
        } else {
            in.action = domain::DecisionAction::Escalate;
            in.escalationTier = pick(review::ReasonCatalog::escalationTiers()).code;
            in.escalationReason = pick(review::ReasonCatalog::escalationReasons(in.escalationTier)).code;
            in.comment = u"Escalated by the soak."_s;
        }
        const auto labels = review::ReasonCatalog::labels();
        for (const auto &l : labels)
            if (m_rng() % 4 == 0)
                in.labels.append(l.code);
        for (const auto &c : review::ReasonCatalog::rubricCriteria())
            if (m_rng() % 2 == 0)
                in.rubric.insert(c.code, int(review::ReasonCatalog::rubricMin
                                             + m_rng() % (review::ReasonCatalog::rubricMax - review::ReasonCatalog::rubricMin + 1)));
        QString error;
        const QString key = m_session.decide(in, &error);
        if (key.isEmpty()) {
            say("undecided " + QByteArray::fromStdString(item.id) + ' ' + error.toUtf8());
            return;
        }
        ++m_handed;
        m_keyByItem.insert(QString::fromStdString(item.id), key);
    }

    void finish()
    {
        if (m_finishing)
            return;
        m_finishing = true;
        m_session.leave();
        m_drainPolls = 0;
        QTimer *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [this, poll] {
            ++m_drainPolls;
            const bool saving = !m_keyByItem.isEmpty() && m_drainPolls < 200; // commits still in flight
            if (saving || m_outbox.pendingCount() != 0)
                return;
            // The outbox is empty; the reviewer's "waiting to send" figure should say so too.
            if (m_session.pendingCount() != 0 && m_drainPolls < 100)
                return;
            poll->stop();
            say("drained ledger_pending=" + QByteArray::number(m_session.pendingCount()) + " saved="
                + QByteArray::number(m_saved) + " claim_refused=" + QByteArray::number(m_claimRefused)
                + " load_failures=" + QByteArray::number(m_loadFailures));
            QCoreApplication::exit(0);
        });
        poll->start(50);
    }

    ConsoleOptions m_o;
    api::PlatformClient m_client;
    store::Store m_store;
    store::Outbox m_outbox;
    review::ReviewSession m_session;
    review::ReviewFeed m_feed;
    std::mt19937_64 m_rng;
    QStringList m_queues;
    int m_queueIndex = 0;
    int m_emptyInARow = 0;
    std::deque<domain::ReviewItem> m_candidates;
    QSet<QString> m_tried;
    QHash<QString, QString> m_keyByItem; // decided, commit not yet confirmed
    bool m_waitingForClaim = false;
    bool m_finishing = false;
    int m_handed = 0;
    int m_saved = 0;
    int m_claimRefused = 0;
    int m_loadFailures = 0;
    int m_drainPolls = 0;
};

} // namespace

ConsoleOptions consoleOptionsFromArguments(const QStringList &args, QString *error)
{
    ConsoleOptions o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto next = [&]() -> QString { return i + 1 < args.size() ? args.at(++i) : QString(); };
        if (a == u"--url") o.url = next();
        else if (a == u"--token") o.token = next();
        else if (a == u"--reviewer") o.reviewer = next();
        else if (a == u"--dir") o.dir = next();
        else if (a == u"--seed") o.seed = next().toULongLong();
        else if (a == u"--decisions") o.decisions = next().toInt();
        else if (a == u"--max-pending") o.maxPending = std::max(1, next().toInt());
        else if (a == u"--timeout-ms") o.timeoutMs = std::max(100, next().toInt());
        else if (a == u"--client-retries") o.clientRetries = next().toInt();
        else if (a == u"--drain") o.drainOnly = true;
    }
    if (o.url.isEmpty() || o.token.isEmpty() || o.reviewer.isEmpty() || o.dir.isEmpty()) {
        if (error)
            *error = u"the console needs --url, --token, --reviewer and --dir"_s;
    }
    return o;
}

int runConsole(const ConsoleOptions &options)
{
    Console console(options);
    if (!console.start())
        return 2;
    return QCoreApplication::exec();
}

} // namespace keel::soak
