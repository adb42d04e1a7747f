#pragma once
// The app's one call to get a review source: given the kind, a base URL and credentials, the
// feed (queues and items) and the sink (decisions) of that source, sharing one client.
//
//     sources::ReviewSourceOptions o;
//     o.kind = u"langfuse"_s; o.baseUrl = url; o.publicKey = pk; o.secretKey = sk;
//     sources::ReviewSource src = sources::createReviewSource(o);
//     if (!src) … src.error …
//     context.reviewFeed = src.feed.get(); context.feedbackSink = src.sink.get();
//
// For "platform" the feed and sink run on the given platform client (or one made from baseUrl
// and token when none is given). Keep the ReviewSource alive as long as the views use it.
#include "sources/feedbacksink.h"
#include "sources/reviewfeedsource.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace keel::api { class PlatformClient; }
namespace keel::sources::langfuse { struct ServerRoutes; }

namespace keel::sources {

struct ReviewSourceOptions {
    QString kind;          // "platform" | "langfuse"
    QUrl baseUrl;          // platform: without /v1; Langfuse: the host, e.g. https://cloud.langfuse.com
    QString token;         // platform bearer token
    QString publicKey;     // Langfuse pk-lf-…
    QString secretKey;     // Langfuse sk-lf-…
    QString caBundlePath;  // optional PEM bundle
    bool verifyTls = true;
};

struct ReviewSource {
    std::unique_ptr<api::PlatformClient> client; // owned when the factory made it (declared first: dies last)
    std::unique_ptr<ReviewFeedSource> feed;
    std::unique_ptr<FeedbackSink> sink;
    // Langfuse: the route generation the feed and sink share (createTraceSource(review) joins it).
    std::shared_ptr<langfuse::ServerRoutes> langfuseRoutes;
    QString error;                               // localized; set when kind or settings are not usable
    explicit operator bool() const { return feed && sink; }
    ReviewSource();
    ReviewSource(ReviewSource &&) noexcept;
    ReviewSource &operator=(ReviewSource &&) noexcept;
    ~ReviewSource();
};

// The client for options of kind "platform" (baseUrl and token) or "langfuse" (Basic auth with the
// project's keys); null for another kind, or with *error (localized) when the settings are not usable.
std::unique_ptr<api::PlatformClient> makeSourceClient(const ReviewSourceOptions &options, QString *error);

// platformClient: used for kind "platform" when given (not owned); ignored for Langfuse.
ReviewSource createReviewSource(const ReviewSourceOptions &options, api::PlatformClient *platformClient = nullptr);

} // namespace keel::sources
