#include "routes.h"

#include "correlation.h"
#include "httperror.h"
#include "platformstate.h"
#include "requestrows.h"
#include "router.h"
#include "series.h"
#include "tracebuilder.h"

#include <domain/codec.h>

#include <nlohmann/json.hpp>

namespace keel::platform {

void addTelemetryRoutes(Router &router, PlatformState &st)
{
    router.add("GET", "/v1/whoami", "/v1/whoami", kAnyRole, [](Call &call) {
        domain::Identity who = call.who;
        who.apiVersion = kApiVersion;
        call.json(200, domain::toJson(who));
    });

    router.add("GET", "/v1/telemetry/requests", "/v1/telemetry/requests", kAnyRole, [&st](Call &call) {
        const std::int64_t limit = call.intQuery("limit", 1000, 1, 5000);
        const auto since = call.timeQuery("since");
        const auto until = call.timeQuery("until");
        if (since && until && *until < *since)
            throw badField("until", "must not be before since");
        Connection &c = st.db.local();
        std::int64_t afterRow = since ? firstRowAtOrAfter(c, *since) - 1 : 0;
        if (const auto values = call.cursorQuery(st.cursors, "rq", 1))
            afterRow = std::max(afterRow, (*values)[0]);
        const std::int64_t endRow = until ? firstRowAtOrAfter(c, *until) : INT64_MAX;
        // Drill-downs (API 1.1): only the requests behind one spend cell, e.g. a day's
        // model × use case × team × segment, for a console whose cache no longer holds that day.
        RequestFilter equals;
        for (const std::string_view column : kRequestFilterColumns)
            if (auto value = call.query(std::string(column))) {
                if (value->empty() || value->size() > 200)
                    throw badField(std::string(column), "must be 1 to 200 characters");
                equals.emplace_back(column, std::move(*value));
            }
        // Written straight from the rows into one buffer (no per-record DOM): the same bytes
        // pageToJson() + dump() would give, at a fraction of the CPU.
        std::string body = requestPageJson(c, st.scenario.config.seed, afterRow, endRow, limit,
                                           [&st](std::int64_t lastRow) { return st.cursors.encode("rq", {lastRow}); },
                                           equals);
        // What set_content() does, minus copying a few MB of body.
        call.res.status = 200;
        call.res.body = std::move(body);
        call.res.headers.erase("Content-Type");
        call.res.set_header("Content-Type", "application/json");
    });

    router.add("GET", R"(/v1/telemetry/traces/([^/]+))", "/v1/telemetry/traces/{correlation_id}", kAnyRole, [&st](Call &call) {
        const std::string cid = call.capture(1);
        const auto row = rowIdFromCorrelationId(st.scenario.config.seed, cid);
        std::int64_t retrievalMs = 0, chunks = 0;
        Connection &c = st.db.local();
        const auto request = row ? loadRequest(c, st.scenario.config.seed, *row, &retrievalMs, &chunks) : std::nullopt;
        if (!request)
            throw HttpError(404, "not-found", "Unknown correlation id", "No request has correlation id " + cid.substr(0, 64) + ".");
        domain::Trace trace = buildTrace(*request, st.scenario.config.seed, *row, retrievalMs, chunks);
        Stmt s(c.handle(), "SELECT i.id, d.action FROM review_items i LEFT JOIN decisions d ON d.item_id = i.id "
                           "WHERE i.request_id = ? ORDER BY d.seq DESC LIMIT 1");
        s.bind(1, request->id);
        if (s.step()) {
            trace.reviewItemId = s.text(0);
            if (!s.isNull(1))
                trace.reviewAction = s.text(1);
        }
        call.json(200, domain::toJson(trace));
    });

    router.add("GET", "/v1/telemetry/series", "/v1/telemetry/series", kAnyRole, [&st](Call &call) {
        SeriesQuery q;
        const auto metric = call.query("metric");
        if (!metric)
            throw badField("metric", "required: request_rate, error_rate, latency_p50_ms, latency_p95_ms, latency_p99_ms, "
                                     "ttft_p95_ms, tokens_per_s or cost_per_hour_micros");
        if (!isKnownMetric(*metric))
            throw badField("metric", "unknown metric");
        q.metric = *metric;
        q.stepS = call.intQuery("step", 3600, 60, 86400);
        q.toMs = call.timeQuery("to").value_or(st.scenario.endMs);
        q.fromMs = call.timeQuery("from").value_or(q.toMs - 7 * kDayMs);
        if (q.toMs <= q.fromMs)
            throw badField("to", "must be after from");
        if ((q.toMs - q.fromMs) / (q.stepS * 1000) > 20000)
            throw badField("step", "too many points: use a larger step or a shorter range (at most 20000 points)");
        q.groupBy = call.query("group_by").value_or("");
        if (!isKnownSeriesGroup(q.groupBy))
            throw badField("group_by", "must be one of route, model, use_case, team, status, customer_segment");
        call.json(200, domain::toJson(computeSeries(st.db.local(), q)));
    });
}

} // namespace keel::platform
