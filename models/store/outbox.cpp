#include "outbox.h"

#include "logging.h"
#include "store.h"

#include "api/platformclient.h"
#include "api/retrypolicy.h"

#include <domain/codec.h>

#include <QRandomGenerator>
#include <QUuid>

#include <nlohmann/json.hpp>
#include <clock.h>

using namespace Qt::StringLiterals;

namespace keel::store {

namespace {

qint64 nowMs() { return keel::clock::nowMs(); }

OutboxEntry readEntry(Stmt &s)
{
    OutboxEntry e;
    e.seq = s.int64(0);
    e.itemId = s.qtext(1);
    e.idempotencyKey = s.qtext(2);
    const auto body = s.text(3);
    e.body = QByteArray(body.data(), qsizetype(body.size()));
    e.state = s.qtext(4);
    e.attempts = int(s.int64(5));
    e.lastError = s.qtext(6);
    e.httpStatus = int(s.int64(7));
    const auto resp = s.text(8);
    e.response = QByteArray(resp.data(), qsizetype(resp.size()));
    e.createdAt = s.int64(9);
    e.deliverAfter = s.int64(10);
    e.deliveredAt = s.int64(11);
    return e;
}

constexpr const char *kColumns =
    "seq, item_id, idempotency_key, body, state, attempts, last_error, http_status, response, created_at, "
    "deliver_after, delivered_at";

// Final answers: the platform understood the decision and refused it; re-sending cannot help.
bool isFinalRefusal(const api::ApiResponse &r)
{
    return r.error.kind == api::ApiError::Kind::Http && r.httpStatus >= 400 && r.httpStatus < 500
        && r.httpStatus != 408 && r.httpStatus != 429;
}

} // namespace

Outbox::Outbox(Store *store, api::PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Outbox::pump);
}

QString Outbox::enqueue(const QString &itemId, const domain::Decision &decision, int graceMs)
{
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const std::string body = domain::toJson(decision).dump();
    const qint64 created = nowMs();
    const qint64 deliverAfter = graceMs > 0 ? created + graceMs : 0;
    auto seq = std::make_shared<qint64>(0);
    m_store->write(
        [=](Db &db) {
            Stmt &s = db.prepared(
                "INSERT INTO outbox(item_id, idempotency_key, body, state, created_at, deliver_after) "
                "VALUES(?1,?2,?3,'pending',?4,?5)");
            s.bind(1, itemId).bind(2, key).bind(3, body).bind(4, created).bind(5, deliverAfter).exec();
            *seq = db.scalar("SELECT last_insert_rowid()");
            Store::noteChanged("outbox");
        },
        this,
        [this, key, seq](const QString &error) {
            if (!error.isEmpty()) {
                qCWarning(lcReview) << "decision not saved, key" << key << error;
                Q_EMIT saveFailed(key, error);
                return;
            }
            qCInfo(lcReview) << "decision saved, outbox seq" << *seq << "key" << key;
            Q_EMIT saved(key, *seq);
            pump();
        },
        Store::Durability::Full);
    return key;
}

void Outbox::cancel(qint64 seq)
{
    auto changed = std::make_shared<bool>(false);
    const qint64 now = nowMs();
    m_store->write(
        [=](Db &db) {
            Stmt &s = db.prepared("UPDATE outbox SET state='cancelled' WHERE seq=?1 AND state='pending' AND deliver_after>?2");
            s.bind(1, seq).bind(2, now).exec();
            *changed = db.changes() == 1;
            Store::noteChanged("outbox");
        },
        this,
        [this, seq, changed](const QString &error) {
            Q_EMIT cancelResult(seq, error.isEmpty() && *changed);
            pump();
        },
        Store::Durability::Full);
}

void Outbox::start()
{
    m_running = true;
    pump();
}

void Outbox::stop()
{
    m_running = false;
    m_timer.stop();
}

void Outbox::entries(std::function<void(QList<OutboxEntry>)> done)
{
    QPointer<Outbox> self(this);
    m_store->run([self, done, sql = std::string("SELECT ") + kColumns + " FROM outbox ORDER BY seq"](Db *db) {
        QList<OutboxEntry> list;
        if (db) {
            Stmt s(db->handle(), sql);
            while (s.step())
                list.append(readEntry(s));
        }
        if (self)
            QMetaObject::invokeMethod(self.data(), [done, list] { done(list); }, Qt::QueuedConnection);
    });
}

void Outbox::pump()
{
    if (m_busy) {
        m_pumpAgain = true;
        return;
    }
    m_busy = true;
    m_pumpAgain = false;
    QPointer<Outbox> self(this);
    const std::string sql = std::string("SELECT ") + kColumns
        + " FROM outbox WHERE state IN ('pending','delivering') ORDER BY seq LIMIT 1";
    m_store->run([self, sql](Db *db) {
        std::optional<OutboxEntry> head;
        int pending = 0;
        if (db) {
            try {
                Stmt s(db->handle(), sql);
                if (s.step())
                    head = readEntry(s);
                pending = int(db->scalar("SELECT count(*) FROM outbox WHERE state IN ('pending','delivering')"));
            } catch (const std::exception &e) {
                qCWarning(lcReview) << "outbox read failed:" << e.what();
            }
        }
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, head, pending] {
            if (!self)
                return;
            Outbox *o = self.data();
            if (pending != o->m_pendingCount) {
                o->m_pendingCount = pending;
                Q_EMIT o->pendingCountChanged(pending);
            }
            if (o->m_timer.isActive() && o->m_waitingForGrace) {
                o->m_timer.stop(); // re-evaluate: the entry we waited for may be cancelled now
                o->m_waitingForGrace = false;
            }
            if (!o->m_running || !head || o->m_timer.isActive()) {
                o->m_busy = false;
                if (!head)
                    Q_EMIT o->idle();
                if (o->m_pumpAgain && o->m_running && !o->m_timer.isActive())
                    o->pump();
                return;
            }
            const qint64 wait = head->deliverAfter - nowMs();
            if (wait > 0) { // grace window still open: the reviewer may undo
                o->m_busy = false;
                o->m_waitingForGrace = true;
                o->m_timer.start(int(std::min<qint64>(wait, 3600'000)));
                return;
            }
            o->sendHead(*head);
        }, Qt::QueuedConnection);
    });
}

void Outbox::sendHead(const OutboxEntry &entry)
{
    // Mark 'delivering' only if nobody cancelled it meanwhile; writes are serialized, so this
    // check and the cancel's check cannot both succeed.
    auto claimed = std::make_shared<bool>(false);
    const qint64 seq = entry.seq;
    m_store->write(
        [=](Db &db) {
            Stmt &s = db.prepared(
                "UPDATE outbox SET state='delivering', attempts=attempts+1 WHERE seq=?1 AND state IN ('pending','delivering')");
            s.bind(1, seq).exec();
            *claimed = db.changes() == 1;
        },
        this,
        [this, entry, claimed](const QString &error) {
            if (!error.isEmpty() || !*claimed || !m_client || !m_running) {
                m_busy = false;
                if (!error.isEmpty())
                    scheduleRetry(entry.attempts + 1);
                else if (m_running)
                    pump();
                return;
            }
            Q_EMIT stateChanged(entry.seq, entry.itemId, u"delivering"_s, {});
            api::ApiRequest request;
            request.method = "POST";
            request.path = u"/v1/review/items/%1/decision"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(entry.itemId)));
            request.body = entry.body;
            request.idempotencyKey = entry.idempotencyKey.toLatin1();
            api::ApiReply *reply = m_client->send(request);
            connect(reply, &api::ApiReply::finished, this,
                    [this, entry](const api::ApiResponse &r) { onDelivered(entry, r); });
        });
}

void Outbox::onDelivered(const OutboxEntry &entry, const api::ApiResponse &r)
{
    QString state;
    QString message;
    QByteArray response;
    if (r.ok()) {
        state = u"delivered"_s;
        response = r.body;
    } else if (isFinalRefusal(r)) {
        state = u"failed"_s;
        message = api::describe(r.error);
        response = nlohmann::json(domain::toJson(r.error.problem)).dump().c_str();
    } else {
        state = u"pending"_s; // transient: stays at the head, retried with backoff
        message = api::describe(r.error);
    }
    const qint64 seq = entry.seq;
    const qint64 when = nowMs();
    const int status = r.httpStatus;
    const std::string resp = response.toStdString();
    const std::string err = message.toStdString();
    m_store->write(
        [=](Db &db) {
            Stmt &s = db.prepared(
                "UPDATE outbox SET state=?2, last_error=?3, http_status=?4, response=?5, "
                "delivered_at=CASE WHEN ?2='delivered' THEN ?6 ELSE delivered_at END WHERE seq=?1");
            s.bind(1, seq).bind(2, state).bind(3, err).bind(4, status).bind(5, resp).bind(6, when).exec();
            Store::noteChanged("outbox");
        },
        this,
        [this, entry, state, message](const QString &error) {
            m_busy = false;
            if (!error.isEmpty()) {
                scheduleRetry(entry.attempts + 1);
                return;
            }
            qCInfo(lcReview) << "outbox seq" << entry.seq << state << "key" << entry.idempotencyKey;
            Q_EMIT stateChanged(entry.seq, entry.itemId, state, message);
            if (state == u"pending"_s)
                scheduleRetry(entry.attempts + 1);
            else
                pump();
        },
        Store::Durability::Full);
}

void Outbox::scheduleRetry(int attempts)
{
    const int delay = std::max(50, api::backoffDelayMs(std::max(0, attempts - 1), m_backoffBaseMs, m_backoffMaxMs,
                                                       QRandomGenerator::global()->generateDouble()));
    m_waitingForGrace = false;
    m_timer.start(delay);
}

} // namespace keel::store
