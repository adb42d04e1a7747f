#include "tracesourcefactory.h"

#include "langfuse/langfuseconnection.h"
#include "langfuse/langfusetracesource.h"
#include "platform/platformtracesource.h"

#include <api/platformclient.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace keel::sources {

TraceSourceHandle::TraceSourceHandle() = default;
TraceSourceHandle::TraceSourceHandle(TraceSourceHandle &&) noexcept = default;
TraceSourceHandle &TraceSourceHandle::operator=(TraceSourceHandle &&) noexcept = default;
TraceSourceHandle::~TraceSourceHandle()
{
    source.reset(); // it holds the client's replies: it goes before the client
}

TraceSourceHandle createTraceSource(const ReviewSourceOptions &o, api::PlatformClient *platformClient)
{
    TraceSourceHandle out;
    if (o.kind == u"platform"_s) {
        api::PlatformClient *client = platformClient;
        if (!client) {
            out.client = makeSourceClient(o, &out.error);
            client = out.client.get();
        }
        out.source = std::make_unique<PlatformTraceSource>(client);
        return out;
    }
    if (o.kind == u"langfuse"_s) {
        out.client = makeSourceClient(o, &out.error);
        if (out.client)
            out.source = std::make_unique<langfuse::LangfuseTraceSource>(out.client.get(),
                                                                         std::make_shared<langfuse::ServerRoutes>());
        return out;
    }
    out.error = QCoreApplication::translate("keel::sources", "Unknown trace source \"%1\" (expected platform or langfuse).")
                    .arg(o.kind);
    return out;
}

std::unique_ptr<TraceSource> createTraceSource(const ReviewSource &review)
{
    if (!review.langfuseRoutes || !review.client)
        return nullptr;
    return std::make_unique<langfuse::LangfuseTraceSource>(review.client.get(), review.langfuseRoutes);
}

} // namespace keel::sources
