#include "decisiondelivery.h"

#include "leasemessages.h"
#include "logging.h"

#include <api/platformclient.h>

#include <QDateTime>
#include <clock.h>

using namespace Qt::StringLiterals;

namespace keel::review {

namespace {
constexpr int kFirstBackoffMs = 500;
constexpr int kMaxBackoffMs = 10000;

bool isTransient(const api::ApiResponse &r)
{
    using Kind = api::ApiError::Kind;
    switch (r.error.kind) {
    case Kind::Http:
        return r.httpStatus >= 500 || r.httpStatus == 429 || r.httpStatus == 408;
    case Kind::Decode:
    case Kind::InvalidUrl:
    case Kind::UnsupportedApiVersion:
        return false;
    default:
        return true; // DNS, TCP, TLS, timeout, dropped, cancelled: try again later
    }
}
} // namespace

DecisionDelivery::DecisionDelivery(DecisionOutbox *outbox, api::PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DecisionDelivery::pump);
}

DecisionDelivery::~DecisionDelivery()
{
    stop();
}

void DecisionDelivery::start()
{
    const int recovered = m_outbox->recoverInterrupted();
    if (recovered > 0)
        qCInfo(lcReview) << "outbox: resending" << recovered << "decision(s) interrupted mid-delivery";
    m_running = true;
    pump();
}

void DecisionDelivery::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_inFlight) {
        const qint64 seq = m_inFlightSeq;
        api::ApiReply *reply = m_inFlight;
        m_inFlight = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->cancel();
        m_outbox->markRetry(seq, tr("Sending was interrupted."));
    }
}

void DecisionDelivery::retryNow()
{
    m_backoffMs = 0;
    kick();
}

void DecisionDelivery::kick()
{
    if (!m_running || m_inFlight)
        return;
    m_timer.stop();
    pump();
}

void DecisionDelivery::pump()
{
    if (!m_running || m_inFlight)
        return;
    const std::optional<OutboxEntry> next = m_outbox->nextPending();
    if (!next)
        return;
    const qint64 now = keel::clock::nowMs();
    const qint64 wait = std::max<qint64>(next->deliverAfter - now, m_backoffMs);
    if (wait > 0) {
        m_timer.start(int(std::min<qint64>(wait, 60000)));
        m_backoffMs = 0; // the wait above consumed it
        return;
    }
    if (!m_outbox->markDelivering(next->seq)) {
        m_timer.start(0); // cancelled (undo) between the read and now: look again
        return;
    }
    Q_EMIT entryChanged(next->seq, DeliveryState::Delivering, {});
    api::ApiRequest request;
    request.method = "POST";
    request.path = u"/v1/review/items/%1/decision"_s.arg(QString::fromUtf8(QUrl::toPercentEncoding(next->itemId)));
    request.body = next->body;
    request.idempotencyKey = next->idempotencyKey;
    qCDebug(lcReview) << "outbox: delivering seq" << next->seq << "item" << next->itemId;
    m_inFlightSeq = next->seq;
    m_inFlight = m_client->send(request);
    const qint64 seq = next->seq;
    connect(m_inFlight, &api::ApiReply::finished, this,
            [this, seq](const api::ApiResponse &response) { onFinished(seq, response); });
}

void DecisionDelivery::onFinished(qint64 seq, const api::ApiResponse &response)
{
    m_inFlight = nullptr;
    const qint64 now = keel::clock::nowMs();
    if (response.ok()) {
        m_outbox->markDelivered(seq, response.httpStatus, response.body, now);
        m_backoffMs = 0;
        setOffline(false, {});
        Q_EMIT entryChanged(seq, DeliveryState::Delivered, {});
        pump();
        return;
    }
    if (isTransient(response)) {
        const QString reason = response.error.kind == api::ApiError::Kind::Http
            ? tr("The platform is having trouble (HTTP %1).").arg(response.httpStatus)
            : api::describe(response.error);
        m_outbox->markRetry(seq, reason);
        setOffline(true, reason);
        m_backoffMs = m_backoffMs == 0 ? kFirstBackoffMs : std::min(m_backoffMs * 2, kMaxBackoffMs);
        qCInfo(lcReview) << "outbox: seq" << seq << "not delivered, retrying in" << m_backoffMs << "ms;"
                         << response.requestId;
        Q_EMIT entryChanged(seq, DeliveryState::Pending, reason);
        pump();
        return;
    }
    const QString message = explainDecisionFailure(response);
    m_outbox->markFailed(seq, response.httpStatus, message);
    setOffline(false, {});
    qCInfo(lcReview) << "outbox: seq" << seq << "failed with HTTP" << response.httpStatus << response.requestId;
    Q_EMIT entryChanged(seq, DeliveryState::Failed, message);
    pump();
}

void DecisionDelivery::setOffline(bool offline, const QString &reason)
{
    m_offlineReason = reason;
    if (m_offline == offline)
        return;
    m_offline = offline;
    Q_EMIT offlineChanged(offline);
}

} // namespace keel::review
