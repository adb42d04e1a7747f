#pragma once
// Reviewer decisions, durable before the UI says "saved", delivered to the platform exactly
// once and strictly in the order they were made.
//
// enqueue() writes the decision with its Idempotency-Key (a uuid made at enqueue time) in a
// synchronous=FULL transaction; only after that commit does saved() fire. The deliverer sends
// the oldest undelivered entry (seq order) with that key; a transient failure (connection,
// timeout, 408, 429, 5xx) keeps it at the head and retries with backoff, also across restarts
// (an entry left 'delivering' by a crash is re-sent with the same key, which the platform
// replays instead of applying twice). Any other 4xx is final: 'failed' with the problem kept
// (409 held by another reviewer, 410 lease expired, 422 invalid), and delivery moves on.
#include <domain/review.h>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

namespace keel::api { class PlatformClient; struct ApiResponse; }

namespace keel::store {

class Store;

struct OutboxEntry {
    qint64 seq = 0;
    QString itemId;
    QString idempotencyKey;
    QByteArray body;        // the Decision as JSON
    QString state;          // pending | delivering | delivered | failed | cancelled
    int attempts = 0;
    QString lastError;
    int httpStatus = 0;
    QByteArray response;    // DecisionReceipt JSON, or the problem+json of a final failure
    qint64 createdAt = 0;
    qint64 deliverAfter = 0;
    qint64 deliveredAt = 0;
};

class Outbox : public QObject {
    Q_OBJECT
public:
    // Neither pointer is owned; both must outlive the Outbox. The client's settings may change
    // (e.g. a new base URL after the platform restarts); each delivery uses the current ones.
    Outbox(Store *store, api::PlatformClient *client, QObject *parent = nullptr);

    // Saves the decision and returns its idempotency key at once; saved(key, seq) follows once
    // it is on disk (or saveFailed(key, error)). `graceMs` > 0 holds delivery back so the
    // reviewer can undo with cancel() inside that window.
    QString enqueue(const QString &itemId, const domain::Decision &decision, int graceMs = 0);
    // Cancels a still-pending entry inside its grace window; cancelResult(seq, ok) reports.
    void cancel(qint64 seq);

    void start(); // begins delivering (and resumes what a previous run left)
    void stop();  // stops after the delivery in flight
    bool isRunning() const { return m_running; }
    int pendingCount() const { return m_pendingCount; }

    void setRetryBackoff(int baseMs, int maxMs) { m_backoffBaseMs = baseMs; m_backoffMaxMs = maxMs; }

    // Reads every entry (seq order) on the writer thread; `done` runs on this object's thread.
    void entries(std::function<void(QList<OutboxEntry>)> done);

Q_SIGNALS:
    void saved(const QString &idempotencyKey, qint64 seq);
    void saveFailed(const QString &idempotencyKey, const QString &error);
    void cancelResult(qint64 seq, bool cancelled);
    // state: delivering | delivered | failed | pending (retry scheduled); message says why for failures.
    void stateChanged(qint64 seq, const QString &itemId, const QString &state, const QString &message);
    void pendingCountChanged(int pending);
    void idle(); // nothing left to deliver right now

private:
    void pump();
    void sendHead(const OutboxEntry &entry);
    void onDelivered(const OutboxEntry &entry, const api::ApiResponse &response);
    void scheduleRetry(int attempts);

    Store *m_store;
    QPointer<api::PlatformClient> m_client;
    QTimer m_timer;
    bool m_running = false;
    bool m_busy = false;      // a head lookup or a delivery is in flight
    bool m_pumpAgain = false; // something changed while busy
    bool m_waitingForGrace = false; // m_timer waits out a grace window (not a retry backoff)
    int m_pendingCount = -1;
    int m_backoffBaseMs = 500;
    int m_backoffMaxMs = 60000;
};

} // namespace keel::store
