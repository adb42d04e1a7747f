// Langfuse's deprecated v1 observation list, GET /api/public/observations (rate bucket
// "public-api-legacy"): what a v3 server (--langfuse-mode legacy) offers instead of
// /v2/observations. page/limit (limit 1..100, publicApiPaginationZod) with totalItems counted,
// newest start time first, the simple filters of the spec; ObservationsView rows (latency and
// timeToFirstToken in seconds, no trace name). In v4 mode it answers with the _deprecation object
// Cloud adds. The `filter` JSON parameter is not modelled (501).
#include "langfusedouble.h"
#include "langfusejson.h"
#include "zodissues.h"

#include <algorithm>
#include <cstdint>

namespace keel::doubles {

void addLangfuseObservationListRoute(LangfuseDouble &d)
{
    LangfuseStore &s = d.store();
    d.route("GET", "/api/public/observations", "public-api-legacy", [&d, &s](const httplib::Request &req,
                                                                           httplib::Response &res) {
        zod::QueryRules q(req, {"page", "limit", "name", "userId", "type", "traceId", "level", "parentObservationId",
                                "environment", "fromStartTime", "toStartTime", "version", "filter"});
        const auto page = q.integer("page", 1, 1, INT32_MAX);
        const auto limit = q.integer("limit", 50, 1, 100);
        const auto level = q.oneOf("level", {"DEBUG", "DEFAULT", "WARNING", "ERROR"});
        const auto from = q.dateTime("fromStartTime");
        const auto to = q.dateTime("toStartTime");
        if (q.replyIfInvalid(res))
            return;
        if (q.has("filter"))
            return zod::replyMessage(res, 501, "test double: the filter parameter of GET /api/public/observations is not modelled");
        const auto envs = q.all("environment");
        const auto is = [&](const char *name, const std::string &value) { return !q.has(name) || *q.text(name) == value; };
        std::lock_guard lock(s.mutex);
        std::vector<const LfObservation *> rows;
        for (const LfObservation &o : s.observations) {
            const LfTrace &t = *s.trace(o.traceId);
            if (!is("name", o.name) || !is("userId", t.userId) || !is("type", o.type) || !is("traceId", o.traceId)
                || (level && o.level != *level) || !is("parentObservationId", o.parentId) || !is("version", o.version)
                || (!envs.empty() && std::find(envs.begin(), envs.end(), o.environment) == envs.end())
                || (from && o.startMs < *from) || (to && o.startMs >= *to))
                continue;
            rows.push_back(&o);
        }
        std::sort(rows.begin(), rows.end(), [](const LfObservation *a, const LfObservation *b) {
            return a->startMs != b->startMs ? a->startMs > b->startMs : a->id > b->id;
        });
        Json data = Json::array();
        const auto first = static_cast<std::size_t>((page - 1) * limit);
        for (std::size_t i = first; i < rows.size() && i < first + static_cast<std::size_t>(limit); ++i)
            data.push_back(observationViewJson(s, *rows[i]));
        Json out{{"data", data}, {"meta", pageMeta(page, limit, static_cast<std::int64_t>(rows.size()))}};
        if (d.v4())
            out["_deprecation"] = deprecation("GET /api/public/v2/observations");
        sendJson(res, 200, out);
    });
}

} // namespace keel::doubles
