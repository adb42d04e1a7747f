#include "decisionoutbox.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace keel::review {

namespace {
const char *const kColumns =
    "seq, item_id, queue, reviewer, action, idempotency_key, body, state, attempts, last_error, "
    "http_status, response, created_at, deliver_after, delivered_at, time_spent_ms, sla_due";

OutboxEntry readEntry(const Statement &s)
{
    OutboxEntry e;
    e.seq = s.integer(0);
    e.itemId = s.text(1);
    e.queue = s.text(2);
    e.reviewer = s.text(3);
    e.action = s.text(4);
    e.idempotencyKey = s.blob(5);
    e.body = s.blob(6);
    e.state = deliveryStateFromString(s.text(7));
    e.attempts = int(s.integer(8));
    e.lastError = s.text(9);
    e.httpStatus = int(s.integer(10));
    e.response = s.blob(11);
    e.createdAt = s.integer(12);
    e.deliverAfter = s.integer(13);
    e.deliveredAt = s.integer(14);
    e.timeSpentMs = s.integer(15);
    e.slaDue = s.integer(16);
    return e;
}

QByteArray sql(const char *head, const char *tail)
{
    return QByteArray(head) + kColumns + tail;
}
} // namespace

QString toString(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Pending: return u"pending"_s;
    case DeliveryState::Delivering: return u"delivering"_s;
    case DeliveryState::Delivered: return u"delivered"_s;
    case DeliveryState::Failed: return u"failed"_s;
    case DeliveryState::Cancelled: return u"cancelled"_s;
    }
    return {};
}

DeliveryState deliveryStateFromString(const QString &text)
{
    if (text == u"delivering") return DeliveryState::Delivering;
    if (text == u"delivered") return DeliveryState::Delivered;
    if (text == u"failed") return DeliveryState::Failed;
    if (text == u"cancelled") return DeliveryState::Cancelled;
    return DeliveryState::Pending;
}

QString describe(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Pending: return QCoreApplication::translate("keel::review", "saved, waiting to send");
    case DeliveryState::Delivering: return QCoreApplication::translate("keel::review", "sending");
    case DeliveryState::Delivered: return QCoreApplication::translate("keel::review", "delivered");
    case DeliveryState::Failed: return QCoreApplication::translate("keel::review", "failed");
    case DeliveryState::Cancelled: return QCoreApplication::translate("keel::review", "undone");
    }
    return {};
}

DecisionOutbox::DecisionOutbox(ReviewDb &db)
    : m_db(db)
{
}

qint64 DecisionOutbox::enqueue(OutboxEntry e, QString *error)
{
    Statement s(m_db,
                "INSERT INTO review_outbox(item_id, queue, reviewer, action, idempotency_key, body, state, "
                "created_at, deliver_after, time_spent_ms, sla_due) VALUES (?,?,?,?,?,?,'pending',?,?,?,?)");
    s.bind(1, e.itemId).bind(2, e.queue).bind(3, e.reviewer).bind(4, e.action).bind(5, e.idempotencyKey)
        .bind(6, e.body).bind(7, e.createdAt).bind(8, e.deliverAfter).bind(9, e.timeSpentMs).bind(10, e.slaDue);
    if (!s.run()) {
        if (error)
            *error = m_db.lastError();
        return 0;
    }
    return m_db.lastInsertId();
}

bool DecisionOutbox::setState(qint64 seq, DeliveryState from, DeliveryState to)
{
    Statement s(m_db, "UPDATE review_outbox SET state = ? WHERE seq = ? AND state = ?");
    s.bind(1, toString(to)).bind(2, seq).bind(3, toString(from));
    return s.run() && m_db.changes() == 1;
}

bool DecisionOutbox::cancel(qint64 seq)
{
    return setState(seq, DeliveryState::Pending, DeliveryState::Cancelled);
}

int DecisionOutbox::recoverInterrupted()
{
    Statement s(m_db, "UPDATE review_outbox SET state = 'pending' WHERE state = 'delivering'");
    return s.run() ? m_db.changes() : 0;
}

QList<OutboxEntry> DecisionOutbox::select(const char *query, const QString &a, qint64 b, bool bindA,
                                          bool bindB) const
{
    const QByteArray text = sql("SELECT ", query);
    Statement s(m_db, text.constData());
    int index = 1;
    if (bindA)
        s.bind(index++, a);
    if (bindB)
        s.bind(index++, b);
    QList<OutboxEntry> out;
    while (s.step())
        out.append(readEntry(s));
    return out;
}

std::optional<OutboxEntry> DecisionOutbox::nextPending() const
{
    const auto rows = select(" FROM review_outbox WHERE state = 'pending' ORDER BY seq LIMIT 1");
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

std::optional<OutboxEntry> DecisionOutbox::entry(qint64 seq) const
{
    const auto rows = select(" FROM review_outbox WHERE seq = ?", {}, seq, false, true);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<OutboxEntry> DecisionOutbox::recent(int limit) const
{
    return select(" FROM review_outbox WHERE state != 'cancelled' ORDER BY seq DESC LIMIT ?", {}, limit,
                  false, true);
}

QList<OutboxEntry> DecisionOutbox::decidedSince(const QString &reviewer, qint64 sinceMs) const
{
    return select(" FROM review_outbox WHERE reviewer = ? AND created_at >= ? AND state != 'cancelled'"
                  " ORDER BY seq",
                  reviewer, sinceMs, true, true);
}

int DecisionOutbox::pendingCount() const
{
    Statement s(m_db, "SELECT COUNT(*) FROM review_outbox WHERE state IN ('pending', 'delivering')");
    return s.step() ? int(s.integer(0)) : 0;
}

bool DecisionOutbox::markDelivering(qint64 seq)
{
    return setState(seq, DeliveryState::Pending, DeliveryState::Delivering);
}

bool DecisionOutbox::markDelivered(qint64 seq, int httpStatus, const QByteArray &response, qint64 nowMs)
{
    Statement s(m_db, "UPDATE review_outbox SET state = 'delivered', http_status = ?, response = ?, "
                      "delivered_at = ?, attempts = attempts + 1, last_error = '' WHERE seq = ?");
    s.bind(1, qint64(httpStatus)).bind(2, response).bind(3, nowMs).bind(4, seq);
    return s.run();
}

bool DecisionOutbox::markFailed(qint64 seq, int httpStatus, const QString &error)
{
    Statement s(m_db, "UPDATE review_outbox SET state = 'failed', http_status = ?, last_error = ?, "
                      "attempts = attempts + 1 WHERE seq = ?");
    s.bind(1, qint64(httpStatus)).bind(2, error).bind(3, seq);
    return s.run();
}

bool DecisionOutbox::markRetry(qint64 seq, const QString &error)
{
    Statement s(m_db, "UPDATE review_outbox SET state = 'pending', last_error = ?, attempts = attempts + 1 "
                      "WHERE seq = ?");
    s.bind(1, error).bind(2, seq);
    return s.run();
}

} // namespace keel::review
