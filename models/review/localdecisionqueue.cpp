#include "localdecisionqueue.h"

#include "decisiondelivery.h"
#include "decisionoutbox.h"

#include <domain/codec.h>

#include <QDateTime>
#include <QTimer>
#include <QUuid>

#include <nlohmann/json.hpp>
#include <clock.h>

using namespace Qt::StringLiterals;

namespace keel::review {

LocalDecisionQueue::LocalDecisionQueue(ReviewDb *db, api::PlatformClient *client, QObject *parent)
    : DecisionQueue(parent)
    , m_outbox(std::make_unique<DecisionOutbox>(*db))
    , m_delivery(std::make_unique<DecisionDelivery>(m_outbox.get(), client))
{
    attach();
}

LocalDecisionQueue::LocalDecisionQueue(ReviewDb *db, sources::FeedbackSink *sink, QObject *parent)
    : DecisionQueue(parent)
    , m_outbox(std::make_unique<DecisionOutbox>(*db))
    , m_delivery(std::make_unique<DecisionDelivery>(m_outbox.get(), sink))
{
    attach();
}

void LocalDecisionQueue::attach()
{
    connect(m_delivery.get(), &DecisionDelivery::entryChanged, this,
            [this](qint64 seq, DeliveryState state, const QString &message) {
                const auto e = m_outbox->entry(seq);
                setOffline(m_delivery->isOffline(), m_delivery->offlineReason());
                Q_EMIT stateChanged(seq, e ? e->itemId : QString(), toString(state), message);
                notePending();
            });
    m_delivery->start();
    QTimer::singleShot(0, this, [this] { notePending(); });
}

LocalDecisionQueue::~LocalDecisionQueue()
{
    m_delivery->stop();
}

QString LocalDecisionQueue::enqueue(const QString &itemId, const domain::Decision &decision, int graceMs)
{
    const qint64 now = keel::clock::nowMs();
    OutboxEntry e;
    e.itemId = itemId;
    e.action = QString::fromStdString(std::string(domain::toString(decision.action)));
    e.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    e.body = QByteArray::fromStdString(domain::toJson(decision).dump());
    e.createdAt = now;
    e.deliverAfter = now + std::max(0, graceMs);
    e.timeSpentMs = decision.timeSpentMs;
    QString error;
    const qint64 seq = m_outbox->enqueue(e, &error);
    const QString key = QString::fromLatin1(e.idempotencyKey);
    // Report like the shared outbox does: after enqueue() has returned the key.
    QTimer::singleShot(0, this, [this, key, seq, error] {
        if (seq > 0) {
            Q_EMIT saved(key, seq);
            notePending();
            m_delivery->kick();
        } else {
            Q_EMIT saveFailed(key, error);
        }
    });
    return key;
}

void LocalDecisionQueue::cancel(qint64 seq)
{
    const auto e = m_outbox->entry(seq);
    const bool ok = e && e->deliverAfter > keel::clock::nowMs() && m_outbox->cancel(seq);
    QTimer::singleShot(0, this, [this, seq, ok] {
        Q_EMIT cancelResult(seq, ok);
        notePending();
    });
}

int LocalDecisionQueue::pendingCount() const
{
    return m_outbox->pendingCount();
}

void LocalDecisionQueue::retryNow()
{
    m_delivery->retryNow();
}

void LocalDecisionQueue::notePending()
{
    const int pending = m_outbox->pendingCount();
    if (pending == m_lastPending)
        return;
    m_lastPending = pending;
    Q_EMIT pendingCountChanged(pending);
}

void LocalDecisionQueue::queryStates(const QList<qint64> &seqs)
{
    for (qint64 seq : seqs) {
        if (const auto e = m_outbox->entry(seq)) {
            const QString state = toString(e->state);
            const QString itemId = e->itemId;
            const QString message = e->lastError;
            QTimer::singleShot(0, this, [this, seq, itemId, state, message] {
                Q_EMIT stateChanged(seq, itemId, state, message);
            });
        }
    }
}

} // namespace keel::review
