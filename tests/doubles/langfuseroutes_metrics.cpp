// Langfuse cost rollups: GET /v2/metrics?query= (v4 only, rate bucket "public-api-v2-metrics";
// the query itself is langfusemetrics.cpp) and the deprecated GET /metrics/daily (rate bucket
// "public-api-daily-metrics-legacy"; on a v3 server only, events_only v4 servers refuse it):
// per-day trace and observation counts and cost, with a per-model usage breakdown, newest day
// first, grouped as the server's dailyMetrics.ts groups them (see the route).
#include "langfusedouble.h"
#include "langfusejson.h"
#include "langfusemetrics.h"
#include "timetext.h"
#include "zodissues.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <set>

namespace keel::doubles {

void addLangfuseMetricsRoutes(LangfuseDouble &d)
{
    LangfuseStore &s = d.store();

    d.v4Route("/api/public/v2/metrics", "public-api-v2-metrics", [&s](const httplib::Request &req, httplib::Response &res) {
        zod::QueryRules q(req, {"query"});
        if (!q.has("query"))
            q.issues().push_back(zod::invalidType("string", "undefined", Json::array({"query"})));
        if (q.replyIfInvalid(res))
            return;
        const Json query = Json::parse(*q.text("query"), nullptr, false);
        if (query.is_discarded())
            return zod::replyMessage(res, 400, "Invalid query: the query parameter must be a JSON object");
        std::lock_guard lock(s.mutex);
        const MetricsOutcome out = runMetricsQuery(s, query);
        sendJson(res, out.status, out.body);
    });

    d.legacyOnlyRoute("/api/public/metrics/daily", "public-api-daily-metrics-legacy",
                      [&s](const httplib::Request &req, httplib::Response &res) {
        zod::QueryRules q(req, {"traceName", "userId", "tags", "environment", "fromTimestamp", "toTimestamp", "page",
                                "limit"});
        const auto page = q.integer("page", 1, 1, INT32_MAX);
        const auto limit = q.integer("limit", 50, 1, 100);
        const auto from = q.dateTime("fromTimestamp");
        const auto to = q.dateTime("toTimestamp");
        if (q.replyIfInvalid(res))
            return;
        const auto tags = q.all("tags");
        const auto envs = q.all("environment");
        // dailyMetrics.ts: the traces filter (name, user, tags, environment, timestamp window)
        // picks the traces; their observations (all types) are grouped by the observation's own
        // start day and provided model (null for spans and events), and a day's countTraces
        // counts the traces that started on it. totalItems counts the days traces started on,
        // which can be fewer than the days the rows fall on.
        struct Usage {
            std::int64_t in = 0, out = 0, observations = 0;
            std::set<std::string> traces;
            double cost = 0;
        };
        struct Day {
            std::int64_t traces = 0;
            std::map<std::string, Usage> models; // "" = no provided model
        };
        std::map<std::string, Day, std::greater<>> days;
        std::set<std::string> traceDays;
        std::lock_guard lock(s.mutex);
        for (const LfTrace &t : s.traces) {
            if ((q.has("traceName") && t.name != *q.text("traceName")) || (q.has("userId") && t.userId != *q.text("userId"))
                || (from && t.timestampMs < *from) || (to && t.timestampMs >= *to)
                || (!envs.empty() && std::find(envs.begin(), envs.end(), t.environment) == envs.end())
                || !std::all_of(tags.begin(), tags.end(), [&](const std::string &tag) {
                       return std::find(t.tags.begin(), t.tags.end(), tag) != t.tags.end();
                   }))
                continue;
            ++days[dateOf(t.timestampMs)].traces;
            traceDays.insert(dateOf(t.timestampMs));
            for (std::size_t i : t.observations) {
                const LfObservation &o = s.observations[i];
                Usage &u = days[dateOf(o.startMs)].models[o.model];
                u.in += o.inputTokens;
                u.out += o.outputTokens;
                ++u.observations;
                u.traces.insert(t.id);
                u.cost += o.totalCost();
            }
        }
        auto round9 = [](double v) { return std::round(v * 1e9) / 1e9; };
        Json data = Json::array();
        std::int64_t index = 0;
        for (const auto &[date, day] : days) {
            if (index++ < (page - 1) * limit || static_cast<std::int64_t>(data.size()) == limit)
                continue;
            Json usage = Json::array();
            std::int64_t observations = 0;
            double cost = 0;
            for (const auto &[model, u] : day.models) {
                usage.push_back({{"model", model.empty() ? Json() : Json(model)}, {"inputUsage", u.in},
                                 {"outputUsage", u.out}, {"totalUsage", u.in + u.out},
                                 {"countTraces", u.traces.size()}, {"countObservations", u.observations},
                                 {"totalCost", round9(u.cost)}});
                observations += u.observations;
                cost += u.cost;
            }
            data.push_back({{"date", date}, {"countTraces", day.traces}, {"countObservations", observations},
                            {"totalCost", round9(cost)}, {"usage", usage}});
        }
        sendJson(res, 200,
                 Json{{"data", data}, {"meta", pageMeta(page, limit, static_cast<std::int64_t>(traceDays.size()))}});
    });
}

} // namespace keel::doubles
