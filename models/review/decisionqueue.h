#pragma once
// Where ReviewSession puts decisions: durable first, delivered later with an Idempotency-Key.
// Two backends behind one small interface so the workspace runs on the console's shared
// store::Outbox (StoreDecisionQueue, used whenever SessionContext has one) or, without a Store,
// on the review database's own outbox (LocalDecisionQueue).
#include <domain/review.h>

#include <QList>
#include <QObject>
#include <QString>

namespace keel::review {

class DecisionQueue : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Starts saving; returns the idempotency key at once. saved(key, seq) follows only once the
    // decision is on disk, or saveFailed(key, error). graceMs holds delivery back for undo.
    virtual QString enqueue(const QString &itemId, const domain::Decision &decision, int graceMs) = 0;
    virtual void cancel(qint64 seq) = 0; // cancelResult(seq, ok) follows
    virtual int pendingCount() const = 0;
    virtual bool isOffline() const { return m_offline; }
    virtual QString offlineReason() const { return m_offlineReason; }
    virtual void retryNow() = 0;          // skip the backoff (e.g. after the platform URL changed)
    // Re-emits stateChanged() with the current state of each seq: a ledger that missed an update
    // (the console quit between delivery and bookkeeping) catches up.
    virtual void queryStates(const QList<qint64> &seqs) = 0;

Q_SIGNALS:
    void saved(const QString &idempotencyKey, qint64 seq);
    void saveFailed(const QString &idempotencyKey, const QString &error);
    void cancelResult(qint64 seq, bool cancelled);
    // state: pending | delivering | delivered | failed | cancelled
    void stateChanged(qint64 seq, const QString &itemId, const QString &state, const QString &message);
    void pendingCountChanged(int pending);
    void offlineChanged(bool offline);

protected:
    void setOffline(bool offline, const QString &reason);

private:
    bool m_offline = false;
    QString m_offlineReason;
};

} // namespace keel::review
