#pragma once
// A small, honest implementation of Langfuse's v2 metrics query (GET /api/public/v2/metrics):
// the "observations" view only; measures count, latency (ms), timeToFirstToken (ms),
// streamingLatency (ms), input/output/totalTokens, input/output/totalCost (USD); aggregations
// sum, avg, count, min, max, p50..p99 (exact, linear interpolation; ClickHouse's are approximate);
// dimensions environment, type, name, level, version, release, traceName, providedModelName,
// promptName, and the high-cardinality userId/traceId/sessionId/id/parentObservationId only as a
// top-N query (config.row_limit plus a desc orderBy on a metric, no timeDimension), as
// validateQuery.ts allows at 4.16; timeDimension hour or day; string/stringOptions filters on
// those columns. Anything else the spec allows answers 501 "not modelled", never a made-up
// number. Rows are {dimension..., time_dimension?, <aggregation>_<measure>...}.
#include "langfusestore.h"

#include <optional>

namespace keel::doubles {

struct MetricsOutcome {
    int status = 200;
    Json body;
};

MetricsOutcome runMetricsQuery(const LangfuseStore &store, const Json &query);

} // namespace keel::doubles
