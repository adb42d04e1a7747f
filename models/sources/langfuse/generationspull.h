#pragma once
// The "requests" pull of a Langfuse source: GENERATION observations as raw request records.
#include "langfusepulls.h"

namespace keel::sources::langfuse {

sync::ResourcePull generationsPull(const LangfuseSpendOptions &options, std::shared_ptr<ServerRoutes> routes);

} // namespace keel::sources::langfuse
