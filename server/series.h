#pragma once
// GET /v1/telemetry/series: time series computed from the requests in [from, to) (their hourly
// samples, requestsamples.h), bucketed by step and optionally split by one label. Percentiles
// are exact (nearest rank) per bucket.
#include <domain/telemetry.h>

#include <cstdint>
#include <string>

namespace keel::platform {

class Connection;

struct SeriesQuery {
    std::string metric;
    std::int64_t fromMs = 0, toMs = 0, stepS = 3600;
    std::string groupBy; // "" | route | model | use_case | team | status | customer_segment
};

bool isKnownMetric(const std::string &metric);
bool isKnownSeriesGroup(const std::string &groupBy);
domain::SeriesResponse computeSeries(Connection &c, const SeriesQuery &q);

} // namespace keel::platform
