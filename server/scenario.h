#pragma once
// Where the story of the seeded dataset happens: the time span, the one incident and the one
// cost spike. Everything is placed relative to the end of the data so the same seed always
// tells the same story, and a short --days still contains both events.
#include <cstdint>

namespace keel::platform {

struct GeneratorConfig {
    std::uint64_t seed = 42;
    int days = 30;
    std::int64_t requestsPerDay = 20000;
    std::int64_t endMs = 0; // exclusive end of the data, a whole hour (UTC)
};

constexpr std::int64_t kHourMs = 3'600'000;
constexpr std::int64_t kDayMs = 24 * kHourMs;
constexpr std::int64_t kSloBucketMs = 5 * 60'000; // SLO event buckets: 5 minutes

struct Scenario {
    GeneratorConfig config;
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
    // Incident: upstream errors and slow answers on /search (a customer-facing route).
    std::int64_t incidentStartMs = 0;
    std::int64_t incidentEndMs = 0;
    int incidentRoute = 1; // RouteIndex::Search
    // Cost spike: prompt template claims-triage@v8 quadruples input tokens until v9 ships.
    std::int64_t spikeStartMs = 0;
    std::int64_t spikeEndMs = 0;
    // Knowledge index ingestion stall: data freshness SLO burns.
    std::int64_t freshnessStallStartMs = 0;
    std::int64_t freshnessStallEndMs = 0;

    static Scenario from(const GeneratorConfig &config);
    // Expected requests in the hour starting at hourStartMs (diurnal × weekday shape).
    std::int64_t requestsInHour(std::int64_t hourStartMs) const;
    // 0.75 at night … 1.35 at the busiest hour: latency grows a little with load.
    double loadFactor(std::int64_t tsMs) const;
    bool inIncident(std::int64_t tsMs) const { return tsMs >= incidentStartMs && tsMs < incidentEndMs; }
    bool inSpike(std::int64_t tsMs) const { return tsMs >= spikeStartMs && tsMs < spikeEndMs; }
    // claims-triage template version in effect at tsMs: v7, then v8 (the spike), then v9.
    int claimsTemplateVersion(std::int64_t tsMs) const;
};

std::int64_t floorToHour(std::int64_t ms);
std::int64_t floorToDay(std::int64_t ms);
int weekdayMondayZero(std::int64_t ms); // 0 = Monday … 6 = Sunday (UTC)

} // namespace keel::platform
