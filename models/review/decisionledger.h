#pragma once
// The reviewer's own record of decisions made on this machine, whichever outbox carries them:
// what the decision log shows (with delivery state) and what the reviewer's figures count.
#include "decisionoutbox.h"

namespace keel::review {

class DecisionLedger {
public:
    explicit DecisionLedger(ReviewDb &db);
    bool record(const QString &idempotencyKey, const OutboxEntry &entry); // entry.seq may still be 0
    bool setSeq(const QString &idempotencyKey, qint64 seq);
    bool setState(qint64 seq, DeliveryState state, const QString &message);
    bool remove(const QString &idempotencyKey);
    QList<OutboxEntry> recent(const QString &reviewer, int limit) const;       // newest first, not cancelled
    QList<OutboxEntry> since(const QString &reviewer, qint64 sinceMs) const;  // not cancelled
    std::optional<OutboxEntry> bySeq(qint64 seq) const;
    int pendingCount(const QString &reviewer) const;
    QList<qint64> pendingSeqs(const QString &reviewer) const; // saved, not yet delivered, failed or undone

private:
    ReviewDb &m_db;
};

} // namespace keel::review
