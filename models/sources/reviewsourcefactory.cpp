#include "reviewsourcefactory.h"

#include "langfuse/langfuseconnection.h"
#include "langfuse/langfusefeedbacksink.h"
#include "langfuse/langfusereviewfeed.h"
#include "platform/platformfeedbacksink.h"
#include "platform/platformreviewfeed.h"

#include <api/platformclient.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace keel::sources {

ReviewSource::ReviewSource() = default;
ReviewSource::ReviewSource(ReviewSource &&) noexcept = default;
ReviewSource &ReviewSource::operator=(ReviewSource &&) noexcept = default;
ReviewSource::~ReviewSource()
{
    // The feed and sink hold the client's replies: they go before the client.
    sink.reset();
    feed.reset();
}

std::unique_ptr<api::PlatformClient> makeSourceClient(const ReviewSourceOptions &o, QString *error)
{
    if (o.kind == u"platform"_s) {
        api::ConnectionSettings s;
        s.baseUrl = o.baseUrl;
        s.token = o.token;
        s.caBundlePath = o.caBundlePath;
        s.verifyTls = o.verifyTls;
        return std::make_unique<api::PlatformClient>(s);
    }
    if (o.kind != u"langfuse"_s)
        return nullptr;
    const bool urlOk = o.baseUrl.isValid() && (o.baseUrl.scheme() == u"http"_s || o.baseUrl.scheme() == u"https"_s)
        && !o.baseUrl.host().isEmpty();
    if (!urlOk) {
        *error = QCoreApplication::translate("keel::sources", "The Langfuse URL \"%1\" is not a valid http(s) URL.")
                     .arg(o.baseUrl.toString());
        return nullptr;
    }
    if (o.publicKey.isEmpty() || o.secretKey.isEmpty()) {
        *error = QCoreApplication::translate("keel::sources", "%1: both the public key and the secret key of the "
                                                              "Langfuse project are needed.")
                     .arg(langfuse::sourceName(o.baseUrl));
        return nullptr;
    }
    api::ConnectionSettings s = langfuse::connectionSettings(o.baseUrl, o.publicKey, o.secretKey);
    s.caBundlePath = o.caBundlePath;
    s.verifyTls = o.verifyTls;
    return std::make_unique<api::PlatformClient>(s);
}

ReviewSource createReviewSource(const ReviewSourceOptions &o, api::PlatformClient *platformClient)
{
    ReviewSource out;
    if (o.kind == u"platform"_s) {
        api::PlatformClient *client = platformClient;
        if (!client) {
            out.client = makeSourceClient(o, &out.error);
            client = out.client.get();
        }
        out.feed = std::make_unique<PlatformReviewFeed>(client);
        out.sink = std::make_unique<PlatformFeedbackSink>(client);
        return out;
    }
    if (o.kind == u"langfuse"_s) {
        out.client = makeSourceClient(o, &out.error);
        if (!out.client)
            return out;
        auto routes = std::make_shared<langfuse::ServerRoutes>();
        out.feed = std::make_unique<langfuse::LangfuseReviewFeed>(out.client.get(), routes);
        out.sink = std::make_unique<langfuse::LangfuseFeedbackSink>(out.client.get(), routes);
        out.langfuseRoutes = routes;
        return out;
    }
    out.error = QCoreApplication::translate("keel::sources", "Unknown review source \"%1\" (expected platform or langfuse).")
                    .arg(o.kind);
    return out;
}

} // namespace keel::sources
