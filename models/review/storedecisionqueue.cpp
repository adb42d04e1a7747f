#include "storedecisionqueue.h"

#include <store/outbox.h>

#include <QSet>

using namespace Qt::StringLiterals;

namespace keel::review {

StoreDecisionQueue::StoreDecisionQueue(store::Outbox *outbox, QObject *parent)
    : DecisionQueue(parent)
    , m_outbox(outbox)
{
    connect(outbox, &store::Outbox::saved, this, &DecisionQueue::saved);
    connect(outbox, &store::Outbox::saveFailed, this, &DecisionQueue::saveFailed);
    connect(outbox, &store::Outbox::cancelResult, this, &DecisionQueue::cancelResult);
    connect(outbox, &store::Outbox::pendingCountChanged, this, &DecisionQueue::pendingCountChanged);
    connect(outbox, &store::Outbox::stateChanged, this,
            [this](qint64 seq, const QString &itemId, const QString &state, const QString &message) {
                // The outbox reports a scheduled retry as 'pending' with the reason: that is the
                // console being unable to reach the platform, as far as the reviewer is concerned.
                if (state == u"pending" && !message.isEmpty())
                    setOffline(true, message);
                else if (state == u"delivered" || state == u"failed")
                    setOffline(false, {});
                Q_EMIT stateChanged(seq, itemId, state, message);
            });
}

QString StoreDecisionQueue::enqueue(const QString &itemId, const domain::Decision &decision, int graceMs)
{
    return m_outbox ? m_outbox->enqueue(itemId, decision, graceMs) : QString();
}

void StoreDecisionQueue::cancel(qint64 seq)
{
    if (m_outbox)
        m_outbox->cancel(seq);
}

int StoreDecisionQueue::pendingCount() const
{
    return m_outbox ? std::max(0, m_outbox->pendingCount()) : 0;
}

void StoreDecisionQueue::retryNow()
{
    if (!m_outbox)
        return;
    // stop() + start() drops the backoff timer and looks at the head again at once.
    m_outbox->stop();
    m_outbox->start();
}

void StoreDecisionQueue::queryStates(const QList<qint64> &seqs)
{
    if (!m_outbox || seqs.isEmpty())
        return;
    const QSet<qint64> wanted(seqs.begin(), seqs.end());
    QPointer<StoreDecisionQueue> self(this);
    m_outbox->entries([self, wanted](const QList<store::OutboxEntry> &entries) {
        if (!self)
            return;
        for (const store::OutboxEntry &e : entries)
            if (wanted.contains(e.seq))
                Q_EMIT self->stateChanged(e.seq, e.itemId, e.state, e.lastError);
    });
}

} // namespace keel::review
