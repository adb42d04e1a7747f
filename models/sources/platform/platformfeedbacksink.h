#pragma once
// Decisions to the Platform API v1: POST /v1/review/items/{id}/decision with the outbox entry's
// Idempotency-Key (the platform replays the first answer for the same key). Transient: network
// trouble, 408, 429 and 5xx; any other 4xx (409 held by another, 410 lease expired, 422, 403) is
// final. This is what DecisionDelivery did before the source layer, moved here unchanged.
#include "sources/feedbacksink.h"

namespace keel::api { class PlatformClient; }

namespace keel::sources {

class PlatformFeedbackSink : public FeedbackSink {
    Q_OBJECT
public:
    explicit PlatformFeedbackSink(api::PlatformClient *client, QObject *parent = nullptr);
    QString describe() const override;
    bool hasLeases() const override { return true; }
    DeliveryReply *deliver(const FeedbackEntry &entry) override;

private:
    api::PlatformClient *m_client;
};

} // namespace keel::sources
