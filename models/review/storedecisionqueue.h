#pragma once
// DecisionQueue over the console's shared outbox (store::Outbox in the cache database).
#include "decisionqueue.h"

#include <QPointer>

namespace keel::store { class Outbox; }

namespace keel::review {

class StoreDecisionQueue : public DecisionQueue {
    Q_OBJECT
public:
    explicit StoreDecisionQueue(store::Outbox *outbox, QObject *parent = nullptr);
    QString enqueue(const QString &itemId, const domain::Decision &decision, int graceMs) override;
    void cancel(qint64 seq) override;
    int pendingCount() const override;
    void retryNow() override;
    void queryStates(const QList<qint64> &seqs) override;

private:
    QPointer<store::Outbox> m_outbox;
};

} // namespace keel::review
