#include "metricsrollup.h"

#include "spendreading.h"

#include <cmath>
#include <map>
#include <tuple>

namespace keel::sources::langfuse {

namespace {

using SpendRowKey = std::tuple<std::int64_t, std::string, std::string, std::string, std::string, std::string, std::string,
                          std::string>;

SpendRowKey spendRowKeyOf(const domain::SpendRow &r)
{
    return {r.periodStart, r.model, r.useCase, r.route, r.promptTemplate, r.provider, r.team, r.customerSegment};
}

// One measure of a metrics row, under either spelling of its key; null (no generation had a
// value) is 0. False when the row has neither key or a value that is not a number.
bool measureOf(const Json &row, const std::string &measure, const std::string &aggregation, double &out,
               std::string &error)
{
    for (const std::string &key : {aggregation + "_" + measure, measure + "_" + aggregation}) {
        const auto it = row.find(key);
        if (it == row.end())
            continue;
        if (it->is_null()) {
            out = 0;
            return true;
        }
        const std::optional<double> v = numberAt(row, key.c_str());
        if (!v || !std::isfinite(*v)) {
            error = key + " is not a number";
            return false;
        }
        out = *v;
        return true;
    }
    const std::string usual = aggregation + "_" + measure, other = measure + "_" + aggregation;
    error = "no " + usual + (usual == other ? std::string() : " (nor " + other + ")");
    return false;
}

// No cost, no request, no token: the spans and events a legacy day lists under model null.
bool isEmptyRow(const domain::SpendRow &r)
{
    return r.costMicros == 0 && r.requests == 0 && r.inputTokens == 0 && r.outputTokens == 0;
}

std::int64_t measureCount(double v)
{
    return v <= 0 ? 0 : v >= double(kMaxCount) ? kMaxCount : std::llround(v);
}

} // namespace

Json spendMetricsQuery(std::int64_t fromMs, std::int64_t toMs, int rowLimit)
{
    Json dimensions = Json::array();
    for (const char *field : {"providedModelName", "traceName", "name", "promptName"})
        dimensions.push_back(Json{{"field", field}});
    Json metrics = Json::array();
    for (const auto &[measure, aggregation] : {std::pair{"totalCost", "sum"}, std::pair{"count", "count"},
                                               std::pair{"inputTokens", "sum"}, std::pair{"outputTokens", "sum"}})
        metrics.push_back(Json{{"measure", measure}, {"aggregation", aggregation}});
    return Json{{"view", "observations"},
                {"dimensions", dimensions},
                {"metrics", metrics},
                {"filters", Json::array({Json{{"column", "type"}, {"operator", "="}, {"value", "GENERATION"},
                                              {"type", "string"}}})},
                {"timeDimension", {{"granularity", "day"}}},
                {"fromTimestamp", isoInstant(fromMs)},
                {"toTimestamp", isoInstant(toMs)},
                {"config", {{"row_limit", std::clamp(rowLimit, 1, 1000)}}}};
}

bool addMetricsCells(const Json &answer, std::vector<MetricsCell> &cells, std::string &error)
{
    if (!answer.is_object() || !answer.contains("data") || !answer["data"].is_array()) {
        error = "the answer is not {\"data\": [...]}";
        return false;
    }
    const Json &data = answer["data"];
    std::vector<MetricsCell> read;
    read.reserve(data.size());
    for (std::size_t i = 0; i < data.size(); ++i) {
        const Json &row = data[i];
        const std::string where = "row " + std::to_string(i);
        if (!row.is_object()) {
            error = where + " is not an object";
            return false;
        }
        const std::string day = text(row, "time_dimension");
        const auto when = instantOf(day);
        if (!when) {
            error = where + ": time_dimension \"" + boundedString(day, 40) + "\" is not a day";
            return false;
        }
        double cost = 0, count = 0, input = 0, output = 0;
        if (!measureOf(row, "totalCost", "sum", cost, error) || !measureOf(row, "count", "count", count, error)
            || !measureOf(row, "inputTokens", "sum", input, error) || !measureOf(row, "outputTokens", "sum", output, error)) {
            error = where + ": " + error;
            return false;
        }
        if (!usdMicros(cost)) {
            error = where + ": the total cost is not an amount of money";
            return false;
        }
        MetricsCell c;
        c.row.periodStart = dayStartOf(*when);
        c.row.granularity = "day";
        c.row.model = boundedText(row, "providedModelName");
        c.row.useCase = boundedText(row, "traceName");
        c.row.route = boundedText(row, "name");
        c.row.promptTemplate = boundedText(row, "promptName");
        c.row.requests = measureCount(count);
        c.row.inputTokens = measureCount(input);
        c.row.outputTokens = measureCount(output);
        c.usd = cost;
        if (cost != 0 || !isEmptyRow(c.row))
            read.push_back(std::move(c));
    }
    mergeMetricsCells(cells, read);
    return true;
}

void mergeMetricsCells(std::vector<MetricsCell> &cells, const std::vector<MetricsCell> &more)
{
    std::map<SpendRowKey, std::size_t> at;
    for (std::size_t i = 0; i < cells.size(); ++i)
        at.emplace(spendRowKeyOf(cells[i].row), i);
    for (const MetricsCell &c : more) {
        const auto [it, added] = at.emplace(spendRowKeyOf(c.row), cells.size());
        if (added) {
            cells.push_back(c);
            continue;
        }
        MetricsCell &into = cells[it->second];
        into.usd += c.usd;
        into.row.requests = addCounts(into.row.requests, c.row.requests);
        into.row.inputTokens = addCounts(into.row.inputTokens, c.row.inputTokens);
        into.row.outputTokens = addCounts(into.row.outputTokens, c.row.outputTokens);
    }
}

bool spendRowsOfCells(const std::vector<MetricsCell> &cells, std::vector<domain::SpendRow> &rows, std::string &error)
{
    rows.reserve(rows.size() + cells.size());
    for (const MetricsCell &c : cells) {
        const auto micros = usdMicros(c.usd);
        if (!micros) {
            error = "the total cost of a day sums to an amount that is not money";
            return false;
        }
        domain::SpendRow r = c.row;
        r.costMicros = *micros;
        rows.push_back(std::move(r));
    }
    return true;
}

bool spendRowsFromMetrics(const Json &answer, std::vector<domain::SpendRow> &rows, std::string &error)
{
    std::vector<MetricsCell> cells;
    return addMetricsCells(answer, cells, error) && spendRowsOfCells(cells, rows, error);
}

bool spendRowsFromDailyMetrics(const Json &data, std::vector<domain::SpendRow> &rows, std::string &error)
{
    if (!data.is_array()) {
        error = "data is not an array";
        return false;
    }
    std::vector<domain::SpendRow> read;
    for (std::size_t i = 0; i < data.size(); ++i) {
        const Json &entry = data[i];
        const std::string where = "day " + std::to_string(i);
        const std::string date = text(entry, "date");
        const auto at = instantOf(date);
        if (!entry.is_object() || !at) {
            error = where + ": date \"" + boundedString(date, 40) + "\" is not a day";
            return false;
        }
        const Json usage = entry.contains("usage") && entry["usage"].is_array() ? entry["usage"] : Json::array();
        domain::Micros placed = 0;
        for (std::size_t k = 0; k < usage.size(); ++k) {
            const Json &u = usage[k];
            const auto micros = usdMicros(numberAt(u, "totalCost").value_or(0));
            if (!u.is_object() || !micros) {
                error = where + ", usage " + std::to_string(k) + ": totalCost is not an amount of money";
                return false;
            }
            domain::SpendRow r;
            r.periodStart = dayStartOf(*at);
            r.granularity = "day";
            r.model = boundedText(u, "model");
            r.costMicros = *micros;
            r.requests = r.model.empty() ? 0 : countAt(u, "countObservations");
            r.inputTokens = countAt(u, "inputUsage");
            r.outputTokens = countAt(u, "outputUsage");
            placed += *micros;
            if (!isEmptyRow(r))
                read.push_back(std::move(r));
        }
        // The day's own total wins where its usage does not add up to it (beyond the rounding of
        // each entry): the rest stays on model "".
        const auto total = usdMicros(numberAt(entry, "totalCost").value_or(0));
        if (!total) {
            error = where + ": totalCost is not an amount of money";
            return false;
        }
        if (std::llabs(*total - placed) > std::int64_t(usage.size())) {
            domain::SpendRow rest;
            rest.periodStart = dayStartOf(*at);
            rest.granularity = "day";
            rest.costMicros = *total - placed;
            read.push_back(std::move(rest));
        }
    }
    mergeSpendRows(rows, read);
    return true;
}

void mergeSpendRows(std::vector<domain::SpendRow> &rows, const std::vector<domain::SpendRow> &more)
{
    std::map<SpendRowKey, std::size_t> at;
    for (std::size_t i = 0; i < rows.size(); ++i)
        at.emplace(spendRowKeyOf(rows[i]), i);
    for (const domain::SpendRow &r : more) {
        const auto [it, added] = at.emplace(spendRowKeyOf(r), rows.size());
        if (added) {
            rows.push_back(r);
            continue;
        }
        domain::SpendRow &into = rows[it->second];
        into.costMicros += r.costMicros;
        into.cacheSavingsMicros += r.cacheSavingsMicros;
        into.requests = addCounts(into.requests, r.requests);
        into.inputTokens = addCounts(into.inputTokens, r.inputTokens);
        into.outputTokens = addCounts(into.outputTokens, r.outputTokens);
        into.cachedTokens = addCounts(into.cachedTokens, r.cachedTokens);
    }
}

} // namespace keel::sources::langfuse
