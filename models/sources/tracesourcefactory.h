#pragma once
// The app's one call to get the trace explorer's source, beside createReviewSource():
//
//     // its own connection (kind "platform" or "langfuse", the same options as a review source)
//     sources::TraceSourceHandle t = sources::createTraceSource(options, platformClient);
//     if (!t) … t.error …
//     context.traceSource = t.source.get();
//
//     // or the Langfuse project the review queues already come from: same client, and the route
//     // generation (v4 or v3) found once for both
//     std::unique_ptr<sources::TraceSource> t = sources::createTraceSource(reviewSource);
//
// Keep the handle (or the ReviewSource) alive longer than the trace source and the views using it.
#include "sources/reviewsourcefactory.h"
#include "sources/tracesource.h"

#include <memory>

namespace keel::sources {

struct TraceSourceHandle {
    std::unique_ptr<api::PlatformClient> client; // owned when the factory made it (declared first: dies last)
    std::unique_ptr<TraceSource> source;
    QString error;                               // localized; set when kind or settings are not usable
    explicit operator bool() const { return bool(source); }
    TraceSourceHandle();
    TraceSourceHandle(TraceSourceHandle &&) noexcept;
    TraceSourceHandle &operator=(TraceSourceHandle &&) noexcept;
    ~TraceSourceHandle();
};

// kind "platform": on platformClient when given (not owned), else on a client made from baseUrl
// and token. kind "langfuse": on a client of its own from baseUrl and the project's keys.
TraceSourceHandle createTraceSource(const ReviewSourceOptions &options, api::PlatformClient *platformClient = nullptr);

// The trace source of the Langfuse project `review` reads from, on its client and route
// generation; null when `review` is not a Langfuse source (the platform: createTraceSource
// above, or leave SessionContext::traceSource null). `review` must outlive it.
std::unique_ptr<TraceSource> createTraceSource(const ReviewSource &review);

} // namespace keel::sources
