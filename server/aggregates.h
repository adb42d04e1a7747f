#pragma once
// Roll-ups computed while the requests stream into the database, so spend, SLO and /metrics
// queries never scan a million rows: daily spend, 5-minute SLO events, inference histograms.
#include "scenario.h"
#include "synth.h"

#include <array>
#include <cstdint>
#include <map>
#include <unordered_map>
#include <vector>

namespace keel::platform {

class Connection;

struct SpendCell {
    std::int64_t costMicros = 0, cacheSavingsMicros = 0, requests = 0;
    std::int64_t inputTokens = 0, outputTokens = 0, cachedTokens = 0;
};

// Spend over every dimension a dashboard groups or filters by, per UTC day and per hour: the
// dashboards and /v1/spend read these (a few thousand rows a day), never the raw requests.
struct SpendKey {
    std::int64_t period = 0; // day or hour index since the epoch
    std::uint8_t model = 0, useCase = 0, team = 0, segment = 0, route = 0, templateVersion = 0;

    std::uint64_t packed() const;
    static SpendKey unpack(std::uint64_t packed);
};

class SpendAccumulator {
public:
    void add(const SynthRequest &r);
    void write(Connection &c) const; // spend_daily and spend_hourly
    // Daily cells, for sizing budgets from pre-spike spend.
    const std::unordered_map<std::uint64_t, SpendCell> &dailyCells() const { return m_daily; }

private:
    std::unordered_map<std::uint64_t, SpendCell> m_daily, m_hourly;
};

// Data folders written before schema 2 get, once on open, what they lack from their requests:
// the roll-ups over every dimension and the hourly request samples.
void upgradeSpendRollups(Connection &c);

class SloAccumulator {
public:
    explicit SloAccumulator(const Scenario &scenario);
    void add(const SynthRequest &r);
    void write(Connection &c) const; // also synthesises the data-freshness series

private:
    const Scenario &m_scenario;
    std::size_t m_buckets;
    std::vector<std::vector<std::array<std::int32_t, 2>>> m_events; // per request-derived SLO: [good,total]
    std::vector<int> m_sloIndex;
};

inline constexpr std::array<double, 9> kInferenceBuckets{0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30};

class InferenceMetricsAccumulator {
public:
    void add(const SynthRequest &r);
    void write(Connection &c) const;

private:
    struct Cell {
        std::int64_t count = 0, sumMs = 0;
        std::array<std::int64_t, kInferenceBuckets.size()> buckets{};
    };
    std::map<std::array<int, 3>, Cell> m_cells; // route, model, ok?
};

// Monthly budgets per team, use case and a few models, sized from pre-spike spend so that the
// claims-triage spike pushes its budgets to risk or breach.
void writeBudgets(Connection &c, const SpendAccumulator &spend, const Scenario &scenario);

} // namespace keel::platform
