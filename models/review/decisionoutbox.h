#pragma once
// The reviewer's decisions, durable before the UI says "saved", delivered in order with their
// Idempotency-Key. This is the review workspace's own outbox (store::Outbox had not landed when
// it was written); DecisionOutbox is the only type ReviewSession sees, so it can be swapped.
#include "reviewdb.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace keel::review {

enum class DeliveryState { Pending, Delivering, Delivered, Failed, Cancelled };
QString toString(DeliveryState state);          // wire/db form: "pending", …
DeliveryState deliveryStateFromString(const QString &text);
QString describe(DeliveryState state);          // translated, for the reviewer

struct OutboxEntry {
    qint64 seq = 0;
    QString itemId;
    QString queue;
    QString reviewer;
    QString action;             // approve | edit | escalate | reject
    QByteArray idempotencyKey;
    QByteArray body;            // the Decision as JSON
    DeliveryState state = DeliveryState::Pending;
    int attempts = 0;
    QString lastError;
    int httpStatus = 0;
    QByteArray response;
    qint64 createdAt = 0;
    qint64 deliverAfter = 0;    // end of the undo grace period
    qint64 deliveredAt = 0;
    qint64 timeSpentMs = 0;
    qint64 slaDue = 0;
    // The item's name for people (ReviewItem::label, e.g. "Trace 9eee4678b9365…"), kept in the
    // ledger so the decision log names it after a restart too; empty when the source gives none.
    QString label;
};

class DecisionOutbox {
public:
    explicit DecisionOutbox(ReviewDb &db);

    // Commits the entry (state pending) and returns its seq, or 0 with *error filled.
    // When this returns non-zero the decision survives a crash.
    qint64 enqueue(OutboxEntry entry, QString *error = nullptr);
    bool cancel(qint64 seq);   // undo: only while still pending
    // A crash while delivering leaves rows 'delivering'; they go back to pending (the
    // Idempotency-Key makes the second delivery harmless).
    int recoverInterrupted();

    std::optional<OutboxEntry> nextPending() const; // lowest seq in state pending
    std::optional<OutboxEntry> entry(qint64 seq) const;
    QList<OutboxEntry> recent(int limit) const;     // newest first
    QList<OutboxEntry> decidedSince(const QString &reviewer, qint64 sinceMs) const; // not cancelled
    int pendingCount() const;                       // pending + delivering

    bool markDelivering(qint64 seq);
    bool markDelivered(qint64 seq, int httpStatus, const QByteArray &response, qint64 nowMs);
    bool markFailed(qint64 seq, int httpStatus, const QString &error);
    bool markRetry(qint64 seq, const QString &error); // back to pending, attempts + 1

private:
    QList<OutboxEntry> select(const char *sql, const QString &a = {}, qint64 b = 0, bool bindA = false,
                              bool bindB = false) const;
    bool setState(qint64 seq, DeliveryState from, DeliveryState to);
    ReviewDb &m_db;
};

} // namespace keel::review
