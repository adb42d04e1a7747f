#include "langfusemetrics.h"

#include "timetext.h"
#include "zodissues.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace keel::doubles {

namespace {

const std::vector<std::string> kViews = {"observations", "scores-numeric", "scores-boolean", "scores-categorical"};
const std::vector<std::string> kAggregations = {"sum", "avg", "count", "max", "min", "p50",
                                                "p75", "p90", "p95", "p99", "histogram"};
const std::vector<std::string> kMeasures = {"count", "latency", "streamingLatency", "inputTokens", "outputTokens",
                                            "totalTokens", "outputTokensPerSecond", "tokensPerSecond", "inputCost",
                                            "outputCost", "totalCost", "timeToFirstToken", "countScores"};
const std::vector<std::string> kDimensions = {"environment", "type", "name", "level", "version", "tags", "release",
                                              "traceName", "traceRelease", "traceVersion", "providedModelName",
                                              "promptName", "promptVersion", "isRootObservation", "startTimeMonth"};
const std::vector<std::string> kModelledDimensions = {"environment", "type", "name", "level", "version", "release",
                                                      "traceName", "providedModelName", "promptName"};
const std::vector<std::string> kHighCardinality = {"id", "traceId", "userId", "sessionId", "parentObservationId"};

bool in(const std::vector<std::string> &v, const std::string &s)
{
    return std::find(v.begin(), v.end(), s) != v.end();
}

MetricsOutcome message(int status, const std::string &text)
{
    return {status, Json{{"message", text}}};
}

MetricsOutcome notModelled(const std::string &what)
{
    return message(501, "test double: " + what + " is not modelled");
}

std::string dimensionValue(const LangfuseStore &s, const LfObservation &o, const std::string &field)
{
    const LfTrace &t = *s.trace(o.traceId);
    if (field == "environment") return o.environment;
    if (field == "type") return o.type;
    if (field == "name") return o.name;
    if (field == "level") return o.level;
    if (field == "version") return o.version;
    if (field == "release") return t.release;
    if (field == "traceName") return t.name;
    if (field == "providedModelName") return o.model;
    if (field == "promptName") return o.promptName;
    if (field == "id") return o.id;
    if (field == "traceId") return o.traceId;
    if (field == "userId") return t.userId;
    if (field == "sessionId") return t.sessionId;
    return o.parentId;
}

// A measure's value for one observation; nullopt where ClickHouse would hold NULL.
std::optional<double> measureValue(const LfObservation &o, const std::string &m)
{
    const bool gen = !o.model.empty();
    if (m == "count") return 1.0;
    if (m == "latency") return o.endMs ? std::optional<double>(static_cast<double>(o.endMs - o.startMs)) : std::nullopt;
    if (m == "timeToFirstToken")
        return o.completionStartMs ? std::optional<double>(static_cast<double>(o.completionStartMs - o.startMs)) : std::nullopt;
    if (m == "streamingLatency")
        return o.completionStartMs && o.endMs ? std::optional<double>(static_cast<double>(o.endMs - o.completionStartMs))
                                              : std::nullopt;
    if (!gen) return std::nullopt;
    if (m == "inputTokens") return static_cast<double>(o.inputTokens);
    if (m == "outputTokens") return static_cast<double>(o.outputTokens);
    if (m == "totalTokens") return static_cast<double>(o.inputTokens + o.outputTokens);
    if (m == "inputCost") return o.inputCost();
    if (m == "outputCost") return o.outputCost();
    return o.totalCost();
}

Json aggregate(std::vector<double> v, const std::string &agg)
{
    if (agg == "count")
        return static_cast<std::int64_t>(v.size());
    if (v.empty())
        return Json();
    if (agg == "sum" || agg == "avg") {
        double sum = 0;
        for (double x : v)
            sum += x;
        return agg == "sum" ? sum : sum / static_cast<double>(v.size());
    }
    std::sort(v.begin(), v.end());
    if (agg == "min")
        return v.front();
    if (agg == "max")
        return v.back();
    const double q = std::stod(agg.substr(1)) / 100.0;
    const double pos = q * static_cast<double>(v.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const std::size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (pos - static_cast<double>(lo));
}

struct Filter {
    std::string column, op;
    std::vector<std::string> values;
};

} // namespace

MetricsOutcome runMetricsQuery(const LangfuseStore &s, const Json &q)
{
    Json issues = Json::array();
    if (!q.is_object())
        return {400, Json{{"message", "Invalid request data"},
                          {"error", Json::array({zod::invalidType("object", zod::typeOf(q), Json::array())})}}};
    const std::string view = q.value("view", "");
    if (!q.contains("view"))
        issues.push_back(zod::invalidType("string", "undefined", Json::array({"view"})));
    else if (!in(kViews, view))
        issues.push_back(zod::invalidEnum(view, kViews, Json::array({"view"})));
    if (!q.contains("metrics") || !q["metrics"].is_array() || q["metrics"].empty())
        issues.push_back(zod::custom("At least one metric must be provided", Json::array({"metrics"})));
    std::optional<std::int64_t> from, to;
    for (const char *key : {"fromTimestamp", "toTimestamp"}) {
        if (!q.contains(key) || !q[key].is_string()) {
            issues.push_back(zod::invalidType("string", q.contains(key) ? zod::typeOf(q[key]) : "undefined", Json::array({key})));
            continue;
        }
        const auto ms = parseRfc3339(q[key].get<std::string>());
        if (!ms)
            issues.push_back(zod::invalidDatetime(Json::array({key})));
        (std::string(key) == "fromTimestamp" ? from : to) = ms;
    }
    if (from && to && *to <= *from)
        issues.push_back(zod::custom("toTimestamp must be after fromTimestamp", Json::array({"toTimestamp"})));
    std::vector<std::pair<std::string, std::string>> metrics; // measure, aggregation
    if (q.contains("metrics") && q["metrics"].is_array())
        for (std::size_t i = 0; i < q["metrics"].size(); ++i) {
            const Json &m = q["metrics"][i];
            const std::string measure = m.value("measure", ""), agg = m.value("aggregation", "");
            if (!in(kMeasures, measure))
                issues.push_back(zod::custom("Invalid measure '" + measure + "' for view observations",
                                             Json::array({"metrics", i, "measure"})));
            if (!in(kAggregations, agg))
                issues.push_back(zod::invalidEnum(agg, kAggregations, Json::array({"metrics", i, "aggregation"})));
            metrics.emplace_back(measure, agg);
        }
    std::vector<std::string> dims;
    if (q.contains("dimensions") && q["dimensions"].is_array())
        for (const Json &dim : q["dimensions"]) {
            const std::string f = dim.value("field", "");
            if (!in(kDimensions, f) && !in(kHighCardinality, f))
                issues.push_back(zod::custom("Invalid dimension '" + f + "' for view observations", Json::array({"dimensions"})));
            dims.push_back(f);
        }
    std::string granularity;
    if (q.contains("timeDimension") && q["timeDimension"].is_object())
        granularity = q["timeDimension"].value("granularity", "");
    std::int64_t rowLimit = 100;
    bool rowLimitGiven = false;
    if (q.contains("config") && q["config"].is_object() && q["config"].contains("row_limit")) {
        const Json &r = q["config"]["row_limit"];
        if (!r.is_number_integer() || r.get<std::int64_t>() < 1 || r.get<std::int64_t>() > 1000)
            issues.push_back(zod::custom("row_limit must be an integer from 1 to 1000", Json::array({"config", "row_limit"})));
        else
            rowLimit = r.get<std::int64_t>(), rowLimitGiven = true;
    }
    std::vector<std::pair<std::string, std::string>> orderBy;
    if (q.contains("orderBy") && q["orderBy"].is_array())
        for (const Json &o : q["orderBy"])
            orderBy.emplace_back(o.value("field", ""), o.value("direction", "asc"));
    if (!issues.empty())
        return {400, Json{{"message", "Invalid request data"}, {"error", issues}}};

    if (view != "observations")
        return notModelled("view '" + view + "'");
    for (const auto &[measure, agg] : metrics) {
        if (agg == "histogram")
            return notModelled("the histogram aggregation");
        if (measure == "outputTokensPerSecond" || measure == "tokensPerSecond" || measure == "countScores")
            return notModelled("measure '" + measure + "'");
    }
    auto alias = [](const std::string &measure, const std::string &agg) { return agg + "_" + measure; };
    const bool topN = rowLimitGiven && granularity.empty() && !orderBy.empty() && orderBy[0].second == "desc"
        && std::any_of(metrics.begin(), metrics.end(), [&](const auto &m) {
               return orderBy[0].first == alias(m.first, m.second) || orderBy[0].first == m.first + "_" + m.second;
           });
    for (const std::string &d : dims) {
        if (in(kHighCardinality, d) && !topN)
            return message(400, "Dimension '" + d + "' has high cardinality: it is only allowed in a top-N query "
                                "(config.row_limit and an orderBy desc on a metric, without timeDimension)");
        if (!in(kHighCardinality, d) && !in(kModelledDimensions, d))
            return notModelled("dimension '" + d + "'");
    }
    if (!granularity.empty() && granularity != "day" && granularity != "hour")
        return notModelled("timeDimension granularity '" + granularity + "'");
    std::vector<Filter> filters;
    if (q.contains("filters") && q["filters"].is_array())
        for (const Json &f : q["filters"]) {
            Filter filter{f.value("column", ""), f.value("operator", ""), {}};
            const std::string type = f.value("type", "");
            const bool single = type == "string" && filter.op == "=" && f.contains("value") && f["value"].is_string();
            const bool options = type == "stringOptions" && (filter.op == "any of" || filter.op == "none of")
                && f.contains("value") && f["value"].is_array();
            if (!(in(kModelledDimensions, filter.column) || in(kHighCardinality, filter.column)) || !(single || options))
                return notModelled("filter on '" + filter.column + "' with '" + filter.op + "' (" + type + ")");
            if (single)
                filter.values.push_back(f["value"].get<std::string>());
            else
                for (const Json &v : f["value"])
                    filter.values.push_back(v.is_string() ? v.get<std::string>() : v.dump());
            filters.push_back(filter);
        }

    const std::int64_t bucket = granularity == "hour" ? 3'600'000 : kMsPerDay;
    std::map<std::vector<std::string>, std::vector<const LfObservation *>> groups;
    for (const LfObservation &o : s.observations) {
        if (o.startMs < *from || o.startMs >= *to)
            continue;
        bool keep = true;
        for (const Filter &f : filters) {
            const bool hit = in(f.values, dimensionValue(s, o, f.column));
            keep = keep && (f.op == "none of" ? !hit : hit);
        }
        if (!keep)
            continue;
        std::vector<std::string> key;
        for (const std::string &d : dims)
            key.push_back(dimensionValue(s, o, d));
        if (!granularity.empty())
            key.push_back(isoMs(o.startMs / bucket * bucket));
        groups[key].push_back(&o);
    }
    std::vector<Json> rows;
    for (const auto &[key, members] : groups) {
        Json row = Json::object();
        for (std::size_t i = 0; i < dims.size(); ++i)
            row[dims[i]] = key[i].empty() ? Json() : Json(key[i]);
        if (!granularity.empty())
            row["time_dimension"] = key.back();
        for (const auto &[measure, agg] : metrics) {
            std::vector<double> values;
            for (const LfObservation *o : members)
                if (auto v = measureValue(*o, measure))
                    values.push_back(*v);
            row[alias(measure, agg)] = aggregate(values, agg);
        }
        rows.push_back(row);
    }
    auto fieldOf = [&](const std::string &f) {
        for (const auto &[measure, agg] : metrics)
            if (f == measure + "_" + agg)
                return alias(measure, agg);
        return f;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const Json &a, const Json &b) {
        for (const auto &[field, direction] : orderBy) {
            const std::string f = fieldOf(field);
            const Json &x = a.contains(f) ? a[f] : Json(), &y = b.contains(f) ? b[f] : Json();
            if (x == y)
                continue;
            return direction == "desc" ? y < x : x < y;
        }
        return false;
    });
    if (static_cast<std::int64_t>(rows.size()) > rowLimit)
        rows.resize(static_cast<std::size_t>(rowLimit));
    return {200, Json{{"data", rows}}};
}

} // namespace keel::doubles
