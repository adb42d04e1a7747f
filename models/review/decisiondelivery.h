#pragma once
// Sends the outbox to a feedback sink (the platform, or Langfuse), oldest first, one at a time,
// each delivery carrying the entry's idempotency key so a resend after a crash, a dropped
// connection or a restart lands once. RetryLater (network trouble, 5xx, 429) keeps the entry
// pending and sets the offline flag, waiting at least the server's Retry-After; Rejected fails
// the entry with the server's reason. What "delivered" takes is the sink's business.
#include "decisionoutbox.h"

#include <sources/feedbacksink.h>

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace keel::api { class PlatformClient; }

namespace keel::review {

class DecisionDelivery : public QObject {
    Q_OBJECT
public:
    // The Platform API v1 (a PlatformFeedbackSink on client, owned by this object).
    DecisionDelivery(DecisionOutbox *outbox, api::PlatformClient *client, QObject *parent = nullptr);
    // Any sink; not owned, must outlive this object.
    DecisionDelivery(DecisionOutbox *outbox, sources::FeedbackSink *sink, QObject *parent = nullptr);
    ~DecisionDelivery() override;

    void start();     // recovers rows left 'delivering' by a crash, then delivers
    void stop();      // no new sends (an in-flight one is cancelled and stays pending)
    void retryNow();  // skip the backoff, e.g. after the connection settings changed
    void kick();      // something was enqueued or its grace ended
    bool isOffline() const { return m_offline; }
    QString offlineReason() const { return m_offlineReason; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void entryChanged(qint64 seq, keel::review::DeliveryState state, const QString &message);
    void offlineChanged(bool offline);

private:
    void pump();
    void onFinished(qint64 seq, const sources::DeliveryOutcome &outcome);
    void setOffline(bool offline, const QString &reason);

    DecisionOutbox *m_outbox;
    std::unique_ptr<sources::FeedbackSink> m_ownedSink;
    sources::FeedbackSink *m_sink;
    QTimer m_timer;
    QPointer<sources::DeliveryReply> m_inFlight;
    qint64 m_inFlightSeq = 0;
    int m_backoffMs = 0;
    bool m_offline = false;
    bool m_running = false;
    QString m_offlineReason;
};

} // namespace keel::review
