#include "routes.h"

#include "httperror.h"
#include "platformstate.h"
#include "router.h"
#include "slocatalog.h"
#include "slostatus.h"

#include <domain/codec.h>

#include <nlohmann/json.hpp>

namespace keel::platform {

void addSloRoutes(Router &router, PlatformState &st)
{
    router.add("GET", "/v1/slos", "/v1/slos", kAnyRole, [](Call &call) {
        domain::Page<domain::Slo> page;
        for (const auto &d : sloCatalog())
            page.items.push_back(d.slo);
        call.json(200, domain::pageToJson(page));
    });

    router.add("GET", R"(/v1/slos/([^/]+)/status)", "/v1/slos/{id}/status", kAnyRole, [&st](Call &call) {
        const std::string id = call.capture(1);
        const SloDef *def = findSlo(id);
        if (!def)
            throw HttpError(404, "not-found", "Unknown SLO", "No SLO with id " + id.substr(0, 64) + ".");
        const std::string windowLabel = call.query("window").value_or(std::to_string(def->slo.windowDays) + "d");
        const auto windowMs = parseSloWindow(windowLabel);
        if (!windowMs)
            throw badField("window", "expected a number of days between 1d and 90d, e.g. 30d");
        domain::SloStatus status;
        if (def->source == SliSource::QueueAge || def->source == SliSource::TimeToDecision) {
            const std::int64_t asOf = st.clock.nowMs();
            const SloEvents events = buildReviewEvents(st.db.local(), *def, asOf - *windowMs, asOf);
            status = computeSloStatus(*def, events, asOf, *windowMs, windowLabel);
        } else {
            const auto it = st.sloEvents.find(def->slo.id);
            static const SloEvents kEmpty;
            status = computeSloStatus(*def, it == st.sloEvents.end() ? kEmpty : it->second, st.scenario.endMs,
                                      *windowMs, windowLabel);
        }
        call.json(200, domain::toJson(status));
    });
}

} // namespace keel::platform
