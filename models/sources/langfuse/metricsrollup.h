#pragma once
// Langfuse's cost roll-ups as Keel's spend_daily rows, pure and off the GUI thread.
//
// v4: GET /api/public/v2/metrics with one query per window: the observations view, GENERATION
// observations only (the requests pull reads the same ones), per UTC day and per
//   providedModelName → model, traceName → use_case, name → route, promptName → prompt_template,
// the dimensions a request record carries (observationrecords.h), so a drill-down from a row
// finds its requests. Measures: totalCost sum (USD), count, inputTokens and outputTokens sums.
// A row's keys are "<aggregation>_<measure>" (sum_totalCost) as Langfuse's own web code reads
// them; the notes write "<measure>_<aggregation>" (totalCost_sum): both are read.
//
// v3 servers: GET /api/public/metrics/daily, per day and per model only (use_case, route and
// prompt_template stay ""). Provider, team and customer segment are "" everywhere: Langfuse has
// none of them. Cached tokens and cache savings are 0: no measure gives them.
#include "langfuseconnection.h"

#include <domain/spend.h>

#include <string>
#include <vector>

namespace keel::sources::langfuse {

// The v2 metrics query for [fromMs, toMs), at most rowLimit (1..1000) rows.
Json spendMetricsQuery(std::int64_t fromMs, std::int64_t toMs, int rowLimit);

// A v2 metrics row before its money is rounded: the pieces of a day read in several windows are
// summed in USD, as Langfuse sums them, and rounded to micro-dollars once.
struct MetricsCell {
    domain::SpendRow row; // costMicros unset
    double usd = 0;
};
// The cells of a v2 metrics answer ({data: [...]}), one per (day, model, trace name, name,
// prompt), added into `cells` (same key: summed). False with `error` naming the row and the field.
bool addMetricsCells(const Json &answer, std::vector<MetricsCell> &cells, std::string &error);
void mergeMetricsCells(std::vector<MetricsCell> &cells, const std::vector<MetricsCell> &more);
// The cells as spend_daily rows; false when a sum is not an amount of money.
bool spendRowsOfCells(const std::vector<MetricsCell> &cells, std::vector<domain::SpendRow> &rows, std::string &error);
// Both at once, for one answer.
bool spendRowsFromMetrics(const Json &answer, std::vector<domain::SpendRow> &rows, std::string &error);

// The rows of a /metrics/daily page's `data` (one entry per day, each with usage per model).
// Observations without a model keep their cost on model "" but count as no request: the
// legacy route counts spans and events among them. Rows with nothing in them are left out.
bool spendRowsFromDailyMetrics(const Json &data, std::vector<domain::SpendRow> &rows, std::string &error);

// Adds `more` into `rows`, summing rows of the same (day and dimensions).
void mergeSpendRows(std::vector<domain::SpendRow> &rows, const std::vector<domain::SpendRow> &more);

} // namespace keel::sources::langfuse
