#pragma once
// DecisionQueue on the review database's own outbox, for a console without a shared Store
// (and the swap-in written before store::Outbox existed). Same contract: saved() only after
// the synchronous=FULL commit, delivery in seq order with the Idempotency-Key.
#include "decisionqueue.h"

#include <memory>

namespace keel::api { class PlatformClient; }
namespace keel::sources { class FeedbackSink; }

namespace keel::review {

class ReviewDb;
class DecisionOutbox;
class DecisionDelivery;

class LocalDecisionQueue : public DecisionQueue {
    Q_OBJECT
public:
    // The db must outlive this object. Delivery starts at once.
    LocalDecisionQueue(ReviewDb *db, api::PlatformClient *client, QObject *parent = nullptr);
    // Delivers to any sink (not owned; must outlive this object).
    LocalDecisionQueue(ReviewDb *db, sources::FeedbackSink *sink, QObject *parent = nullptr);
    ~LocalDecisionQueue() override;

    QString enqueue(const QString &itemId, const domain::Decision &decision, int graceMs) override;
    void cancel(qint64 seq) override;
    int pendingCount() const override;
    void retryNow() override;
    void queryStates(const QList<qint64> &seqs) override;
    DecisionOutbox *outbox() const { return m_outbox.get(); }

private:
    void attach();
    void notePending();
    std::unique_ptr<DecisionOutbox> m_outbox;
    std::unique_ptr<DecisionDelivery> m_delivery;
    int m_lastPending = -1;
};

} // namespace keel::review
