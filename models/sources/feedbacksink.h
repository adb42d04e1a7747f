#pragma once
// Where a reviewer's decision goes. DecisionDelivery (the outbox's deliverer) hands one outbox
// entry at a time to a FeedbackSink and books the outcome; the sink decides what "delivered"
// means for its server. PlatformFeedbackSink POSTs /v1/review/items/{id}/decision with the
// entry's Idempotency-Key; LangfuseFeedbackSink posts a score and completes the queue item, two
// calls made idempotent through the same key. The outbox, ledger and widgets never learn which.
#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace keel::sources {

// What the sink gets from the outbox: enough to deliver and, after a crash, to deliver again.
struct FeedbackEntry {
    qint64 seq = 0;
    QString itemId;
    QString queue;
    QString reviewer;
    QString action;             // approve | edit | escalate | reject
    QByteArray idempotencyKey;  // the same on every attempt, also across restarts
    QByteArray body;            // the domain::Decision as JSON (the Platform API's body)
};

struct DeliveryOutcome {
    enum class Kind {
        Delivered,   // the server has the decision; response is kept in the outbox
        RetryLater,  // network, 5xx, 429: stays pending, nothing lost
        Rejected,    // a final no (4xx): the entry fails with message
    };
    Kind kind = Kind::RetryLater;
    int httpStatus = 0;
    QByteArray response;        // the server's answer (receipt or error body)
    QString message;            // localized; names the source for Langfuse
    qint64 retryAfterMs = 0;    // RetryLater: the server's Retry-After (0 = the deliverer's backoff)
};

// One delivery in flight (the ApiReply idea): finished() once, on the sink's thread.
class DeliveryReply : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // Stops the delivery; finished() is not emitted. What reached the server stays there, which
    // the idempotency key makes harmless on the next attempt.
    void cancel();
    bool isFinished() const { return m_finished; }
    // For sinks: report the outcome (once; later calls and calls after cancel() are ignored).
    void finish(const DeliveryOutcome &outcome);
    void setCanceller(std::function<void()> canceller) { m_canceller = std::move(canceller); }

Q_SIGNALS:
    void finished(const keel::sources::DeliveryOutcome &outcome);

private:
    bool m_finished = false;
    std::function<void()> m_canceller;
};

class FeedbackSink : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual QString describe() const = 0;
    // Whether the server leases items to one reviewer (claim/renew/release). Langfuse does not:
    // ReviewSession then treats an opened item as held locally and says why.
    virtual bool hasLeases() const = 0;
    // Starts delivering; the reply is parented to the sink and deletes itself after finished().
    virtual DeliveryReply *deliver(const FeedbackEntry &entry) = 0;
};

} // namespace keel::sources

Q_DECLARE_METATYPE(keel::sources::DeliveryOutcome)
