#include "langfusepulls.h"

#include "generationspull.h"
#include "spendpull.h"

using namespace Qt::StringLiterals;

namespace keel::sources::langfuse {

namespace {

// Langfuse has no budgets or spend limits (shared/specs/adapters-notes.md): the pull names no
// page, so each run succeeds with nothing and the budgets view stays empty for this source.
sync::ResourcePull noBudgetsPull()
{
    sync::ResourcePull pull;
    pull.name = u"budgets"_s;
    pull.buildRequest = [](const sync::PageContext &) -> std::optional<api::ApiRequest> { return std::nullopt; };
    pull.decode = [](const QByteArray &, const sync::PageContext &) { return sync::DecodedPage{}; };
    return pull;
}

} // namespace

QList<sync::ResourcePull> pulls(const LangfuseSpendOptions &options)
{
    std::shared_ptr<ServerRoutes> routes = options.routes ? options.routes : std::make_shared<ServerRoutes>();
    return {spendDailyPull(options, routes), noBudgetsPull(), generationsPull(options, routes)};
}

} // namespace keel::sources::langfuse
