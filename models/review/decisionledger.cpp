#include "decisionledger.h"

namespace keel::review {

namespace {
const char *const kSelect = "SELECT seq, item_id, reviewer, action, decided_at, time_spent_ms, sla_due, state, "
                            "message, idempotency_key, item_label FROM review_ledger ";

OutboxEntry read(const Statement &s)
{
    OutboxEntry e;
    e.seq = s.integer(0);
    e.itemId = s.text(1);
    e.reviewer = s.text(2);
    e.action = s.text(3);
    e.createdAt = s.integer(4);
    e.timeSpentMs = s.integer(5);
    e.slaDue = s.integer(6);
    e.state = deliveryStateFromString(s.text(7));
    e.lastError = s.text(8);
    e.idempotencyKey = s.blob(9);
    e.label = s.text(10);
    return e;
}
} // namespace

DecisionLedger::DecisionLedger(ReviewDb &db)
    : m_db(db)
{
}

bool DecisionLedger::record(const QString &key, const OutboxEntry &e)
{
    Statement s(m_db, "INSERT OR REPLACE INTO review_ledger(idempotency_key, seq, item_id, reviewer, action, "
                      "decided_at, time_spent_ms, sla_due, state, message, item_label) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, key).bind(2, e.seq).bind(3, e.itemId).bind(4, e.reviewer).bind(5, e.action).bind(6, e.createdAt)
        .bind(7, e.timeSpentMs).bind(8, e.slaDue).bind(9, toString(e.state)).bind(10, e.lastError).bind(11, e.label);
    return s.run();
}

bool DecisionLedger::setSeq(const QString &key, qint64 seq)
{
    Statement s(m_db, "UPDATE review_ledger SET seq = ? WHERE idempotency_key = ?");
    s.bind(1, seq).bind(2, key);
    return s.run();
}

bool DecisionLedger::setState(qint64 seq, DeliveryState state, const QString &message)
{
    Statement s(m_db, "UPDATE review_ledger SET state = ?, message = ? WHERE seq = ?");
    s.bind(1, toString(state)).bind(2, message).bind(3, seq);
    return s.run();
}

bool DecisionLedger::remove(const QString &key)
{
    Statement s(m_db, "DELETE FROM review_ledger WHERE idempotency_key = ?");
    s.bind(1, key);
    return s.run();
}

QList<OutboxEntry> DecisionLedger::recent(const QString &reviewer, int limit) const
{
    const QByteArray sql = QByteArray(kSelect)
        + "WHERE reviewer = ? AND state != 'cancelled' AND seq > 0 ORDER BY seq DESC LIMIT ?";
    Statement s(m_db, sql.constData());
    s.bind(1, reviewer).bind(2, qint64(limit));
    QList<OutboxEntry> out;
    while (s.step())
        out.append(read(s));
    return out;
}

QList<OutboxEntry> DecisionLedger::since(const QString &reviewer, qint64 sinceMs) const
{
    const QByteArray sql = QByteArray(kSelect)
        + "WHERE reviewer = ? AND decided_at >= ? AND state NOT IN ('cancelled', 'failed') ORDER BY decided_at";
    Statement s(m_db, sql.constData());
    s.bind(1, reviewer).bind(2, sinceMs);
    QList<OutboxEntry> out;
    while (s.step())
        out.append(read(s));
    return out;
}

std::optional<OutboxEntry> DecisionLedger::bySeq(qint64 seq) const
{
    const QByteArray sql = QByteArray(kSelect) + "WHERE seq = ?";
    Statement s(m_db, sql.constData());
    s.bind(1, seq);
    if (!s.step())
        return std::nullopt;
    return read(s);
}

int DecisionLedger::pendingCount(const QString &reviewer) const
{
    Statement s(m_db, "SELECT COUNT(*) FROM review_ledger WHERE reviewer = ? AND seq > 0 "
                      "AND state IN ('pending', 'delivering')");
    s.bind(1, reviewer);
    return s.step() ? int(s.integer(0)) : 0;
}

QList<qint64> DecisionLedger::pendingSeqs(const QString &reviewer) const
{
    Statement s(m_db, "SELECT seq FROM review_ledger WHERE reviewer = ? AND seq > 0 "
                      "AND state IN ('pending', 'delivering') ORDER BY seq");
    s.bind(1, reviewer);
    QList<qint64> out;
    while (s.step())
        out.append(s.integer(0));
    return out;
}

} // namespace keel::review
