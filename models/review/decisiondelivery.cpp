#include "decisiondelivery.h"

#include "logging.h"

#include <api/platformclient.h>
#include <sources/platform/platformfeedbacksink.h>

#include <QDateTime>
#include <clock.h>

using namespace Qt::StringLiterals;

namespace keel::review {

namespace {
constexpr int kFirstBackoffMs = 500;
constexpr int kMaxBackoffMs = 10000;
} // namespace

DecisionDelivery::DecisionDelivery(DecisionOutbox *outbox, api::PlatformClient *client, QObject *parent)
    : DecisionDelivery(outbox, static_cast<sources::FeedbackSink *>(nullptr), parent)
{
    m_ownedSink = std::make_unique<sources::PlatformFeedbackSink>(client);
    m_sink = m_ownedSink.get();
}

DecisionDelivery::DecisionDelivery(DecisionOutbox *outbox, sources::FeedbackSink *sink, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_sink(sink)
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
        sources::DeliveryReply *reply = m_inFlight;
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
    sources::FeedbackEntry entry;
    entry.seq = next->seq;
    entry.itemId = next->itemId;
    entry.queue = next->queue;
    entry.reviewer = next->reviewer;
    entry.action = next->action;
    entry.idempotencyKey = next->idempotencyKey;
    entry.body = next->body;
    qCDebug(lcReview) << "outbox: delivering seq" << next->seq << "item" << next->itemId;
    m_inFlightSeq = next->seq;
    m_inFlight = m_sink->deliver(entry);
    const qint64 seq = next->seq;
    connect(m_inFlight, &sources::DeliveryReply::finished, this,
            [this, seq](const sources::DeliveryOutcome &outcome) { onFinished(seq, outcome); });
}

void DecisionDelivery::onFinished(qint64 seq, const sources::DeliveryOutcome &outcome)
{
    using Kind = sources::DeliveryOutcome::Kind;
    m_inFlight = nullptr;
    const qint64 now = keel::clock::nowMs();
    if (outcome.kind == Kind::Delivered) {
        m_outbox->markDelivered(seq, outcome.httpStatus, outcome.response, now);
        m_backoffMs = 0;
        setOffline(false, {});
        Q_EMIT entryChanged(seq, DeliveryState::Delivered, {});
        pump();
        return;
    }
    if (outcome.kind == Kind::RetryLater) {
        m_outbox->markRetry(seq, outcome.message);
        setOffline(true, outcome.message);
        m_backoffMs = m_backoffMs == 0 ? kFirstBackoffMs : std::min(m_backoffMs * 2, kMaxBackoffMs);
        // A server that says how long to wait (429 Retry-After) is not asked again sooner.
        m_backoffMs = int(std::max<qint64>(m_backoffMs, std::min<qint64>(outcome.retryAfterMs, 60000)));
        qCInfo(lcReview) << "outbox: seq" << seq << "not delivered, retrying in" << m_backoffMs << "ms";
        Q_EMIT entryChanged(seq, DeliveryState::Pending, outcome.message);
        pump();
        return;
    }
    m_outbox->markFailed(seq, outcome.httpStatus, outcome.message);
    setOffline(false, {});
    qCInfo(lcReview) << "outbox: seq" << seq << "failed with HTTP" << outcome.httpStatus;
    Q_EMIT entryChanged(seq, DeliveryState::Failed, outcome.message);
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
