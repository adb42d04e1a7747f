#include "platformfeedbacksink.h"

#include <api/platformclient.h>
#include <review/leasemessages.h>

#include <QCoreApplication>
#include <QPointer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace keel::sources {

namespace {
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

DeliveryOutcome outcomeOf(const api::ApiResponse &r)
{
    DeliveryOutcome o;
    o.httpStatus = r.httpStatus;
    o.response = r.body;
    if (r.ok()) {
        o.kind = DeliveryOutcome::Kind::Delivered;
    } else if (isTransient(r)) {
        o.kind = DeliveryOutcome::Kind::RetryLater;
        // DecisionDelivery's context: the message was written (and translated) there.
        o.message = r.error.kind == api::ApiError::Kind::Http
            ? QCoreApplication::translate("keel::review::DecisionDelivery", "The platform is having trouble (HTTP %1).")
                  .arg(r.httpStatus)
            : api::describe(r.error);
    } else {
        o.kind = DeliveryOutcome::Kind::Rejected;
        o.message = review::explainDecisionFailure(r);
    }
    return o;
}
} // namespace

PlatformFeedbackSink::PlatformFeedbackSink(api::PlatformClient *client, QObject *parent)
    : FeedbackSink(parent)
    , m_client(client)
{
}

QString PlatformFeedbackSink::describe() const
{
    return QCoreApplication::translate("keel::sources", "Platform API at %1").arg(m_client->settings().baseUrl.toString());
}

DeliveryReply *PlatformFeedbackSink::deliver(const FeedbackEntry &entry)
{
    auto *out = new DeliveryReply(this);
    api::ApiRequest request;
    request.method = "POST";
    request.path = u"/v1/review/items/%1/decision"_s.arg(QString::fromUtf8(QUrl::toPercentEncoding(entry.itemId)));
    request.body = entry.body;
    request.idempotencyKey = entry.idempotencyKey;
    QPointer<api::ApiReply> reply = m_client->send(request);
    out->setCanceller([reply] {
        if (reply) {
            reply->disconnect();
            reply->cancel();
        }
    });
    connect(reply, &api::ApiReply::finished, out, [out](const api::ApiResponse &r) { out->finish(outcomeOf(r)); });
    return out;
}

} // namespace keel::sources
