#pragma once
// Sends the outbox to the platform, oldest first, one at a time, each POST carrying the entry's
// Idempotency-Key so a resend after a crash, a dropped connection or a restart lands once.
// Network trouble and 5xx keep the entry pending and set the offline flag; a 4xx answer
// (409 held by another, 410 lease expired, 422, 403) fails the entry with the server's reason.
#include "decisionoutbox.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace keel::api { class PlatformClient; class ApiReply; struct ApiResponse; }

namespace keel::review {

class DecisionDelivery : public QObject {
    Q_OBJECT
public:
    DecisionDelivery(DecisionOutbox *outbox, api::PlatformClient *client, QObject *parent = nullptr);
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
    void onFinished(qint64 seq, const api::ApiResponse &response);
    void setOffline(bool offline, const QString &reason);

    DecisionOutbox *m_outbox;
    api::PlatformClient *m_client;
    QTimer m_timer;
    QPointer<api::ApiReply> m_inFlight;
    qint64 m_inFlightSeq = 0;
    int m_backoffMs = 0;
    bool m_offline = false;
    bool m_running = false;
    QString m_offlineReason;
};

} // namespace keel::review
