#include "aggregates.h"

#include "catalog.h"
#include "db.h"
#include "rng.h"
#include "slocatalog.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>
#include <string>

namespace keel::platform {

std::uint64_t SpendAccumulator::key(std::int64_t day, int model, int useCase, int team, int segment)
{
    return (static_cast<std::uint64_t>(day) << 16) | (static_cast<std::uint64_t>(model) << 12)
        | (static_cast<std::uint64_t>(useCase) << 8) | (static_cast<std::uint64_t>(team) << 4)
        | static_cast<std::uint64_t>(segment);
}

void SpendAccumulator::add(const SynthRequest &r)
{
    SpendCell &c = m_cells[key(floorToDay(r.ts) / kDayMs, r.model, r.useCase, r.team, r.segment)];
    c.costMicros += r.costMicros;
    c.cacheSavingsMicros += r.cacheSavingsMicros;
    c.requests += 1;
    c.inputTokens += r.inputTokens;
    c.outputTokens += r.outputTokens;
    c.cachedTokens += r.cachedTokens;
}

void SpendAccumulator::write(Connection &c) const
{
    Stmt s(c.handle(), "INSERT INTO spend_daily VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    for (const auto &[k, cell] : m_cells) {
        const std::int64_t day = static_cast<std::int64_t>(k >> 16);
        s.bind(1, day * kDayMs)
            .bind(2, kModels[(k >> 12) & 0xf].id)
            .bind(3, kUseCases[(k >> 8) & 0xf])
            .bind(4, kTeams[(k >> 4) & 0xf])
            .bind(5, kSegments[k & 0xf])
            .bind(6, cell.costMicros)
            .bind(7, cell.cacheSavingsMicros)
            .bind(8, cell.requests)
            .bind(9, cell.inputTokens)
            .bind(10, cell.outputTokens)
            .bind(11, cell.cachedTokens);
        s.run();
        s.reset();
    }
}

SloAccumulator::SloAccumulator(const Scenario &scenario)
    : m_scenario(scenario)
    , m_buckets(static_cast<std::size_t>((scenario.endMs - scenario.startMs) / kSloBucketMs))
{
    const auto &catalog = sloCatalog();
    for (std::size_t i = 0; i < catalog.size(); ++i) {
        if (isRequestDerived(catalog[i].source)) {
            m_sloIndex.push_back(static_cast<int>(i));
            m_events.emplace_back(m_buckets, std::array<std::int32_t, 2>{0, 0});
        }
    }
}

void SloAccumulator::add(const SynthRequest &r)
{
    const auto bucket = static_cast<std::size_t>((r.ts - m_scenario.startMs) / kSloBucketMs);
    if (bucket >= m_buckets)
        return;
    const auto &catalog = sloCatalog();
    for (std::size_t i = 0; i < m_sloIndex.size(); ++i) {
        const auto good = evaluateRequest(catalog[static_cast<std::size_t>(m_sloIndex[i])], r);
        if (!good)
            continue;
        auto &cell = m_events[i][bucket];
        cell[0] += *good ? 1 : 0;
        cell[1] += 1;
    }
}

namespace {
void writeSeries(Stmt &s, const std::string &id, std::int64_t startMs, const std::vector<std::array<std::int32_t, 2>> &events)
{
    std::string blob(events.size() * sizeof(std::int32_t) * 2, '\0');
    std::memcpy(blob.data(), events.data(), blob.size());
    s.bind(1, id).bind(2, startMs).bind(3, kSloBucketMs);
    s.bindBlob(4, blob);
    s.run();
    s.reset();
}
} // namespace

void SloAccumulator::write(Connection &c) const
{
    Stmt s(c.handle(), "INSERT INTO slo_series(slo_id, start_ms, step_ms, data) VALUES (?,?,?,?)");
    const auto &catalog = sloCatalog();
    for (std::size_t i = 0; i < m_sloIndex.size(); ++i)
        writeSeries(s, catalog[static_cast<std::size_t>(m_sloIndex[i])].slo.id, m_scenario.startMs, m_events[i]);

    // Data freshness: the ingestion pipeline reports index lag every 5 minutes; it stalls once.
    Rng rng(mix(m_scenario.config.seed, 0xf7e5));
    std::vector<std::array<std::int32_t, 2>> freshness(m_buckets);
    for (std::size_t b = 0; b < m_buckets; ++b) {
        const std::int64_t ts = m_scenario.startMs + static_cast<std::int64_t>(b) * kSloBucketMs;
        double lagMin = rng.logNormal(4.0, 0.35); // healthy: a 15-minute lag is a 3.8-sigma event
        if (ts >= m_scenario.freshnessStallStartMs && ts < m_scenario.freshnessStallEndMs)
            lagMin = 20.0 + static_cast<double>(ts - m_scenario.freshnessStallStartMs) / 60'000.0;
        freshness[b] = {lagMin <= 15.0 ? 1 : 0, 1};
    }
    writeSeries(s, "data-freshness", m_scenario.startMs, freshness);
}

void InferenceMetricsAccumulator::add(const SynthRequest &r)
{
    Cell &c = m_cells[{r.route, r.model, r.ok() ? 1 : 0}];
    c.count += 1;
    c.sumMs += r.latencyMs;
    const double seconds = r.latencyMs / 1000.0;
    for (std::size_t i = 0; i < kInferenceBuckets.size(); ++i)
        if (seconds <= kInferenceBuckets[i])
            c.buckets[i] += 1; // cumulative, as Prometheus histograms are
}

void InferenceMetricsAccumulator::write(Connection &c) const
{
    Stmt s(c.handle(), "INSERT INTO inference_metrics VALUES (?,?,?,?,?,?)");
    for (const auto &[k, cell] : m_cells) {
        nlohmann::json buckets = cell.buckets;
        s.bind(1, kRoutes[static_cast<std::size_t>(k[0])])
            .bind(2, kModels[static_cast<std::size_t>(k[1])].id)
            .bind(3, k[2] ? "ok" : "error")
            .bind(4, cell.count)
            .bind(5, cell.sumMs)
            .bind(6, buckets.dump());
        s.run();
        s.reset();
    }
}

void writeBudgets(Connection &c, const SpendAccumulator &spend, const Scenario &scenario)
{
    // Average daily spend outside the spike, per scope, scaled to a 30-day month.
    std::map<std::pair<std::string, std::string>, std::int64_t> baseline;
    std::int64_t baselineDays = 0;
    {
        std::map<std::int64_t, bool> days;
        for (const auto &[k, cell] : spend.cells()) {
            const std::int64_t dayMs = static_cast<std::int64_t>(k >> 16) * kDayMs;
            if (dayMs + kDayMs > scenario.spikeStartMs && dayMs < scenario.spikeEndMs)
                continue;
            days[dayMs] = true;
            baseline[{"team", std::string(kTeams[(k >> 4) & 0xf])}] += cell.costMicros;
            baseline[{"use_case", std::string(kUseCases[(k >> 8) & 0xf])}] += cell.costMicros;
            baseline[{"model", std::string(kModels[(k >> 12) & 0xf].id)}] += cell.costMicros;
        }
        baselineDays = std::max<std::int64_t>(1, static_cast<std::int64_t>(days.size()));
    }
    Stmt s(c.handle(), "INSERT INTO budgets VALUES (?,?,?,?,?,?)");
    auto put = [&](const std::string &kind, const std::string &value, double headroom) {
        const auto it = baseline.find({kind, value});
        if (it == baseline.end() || it->second <= 0)
            return;
        const double monthly = static_cast<double>(it->second) / static_cast<double>(baselineDays) * 30.0 * headroom;
        // Round to whole $10, as a FinOps lead would set it.
        const std::int64_t amount = std::max<std::int64_t>(10'000'000, std::llround(monthly / 10e6) * 10'000'000);
        s.bind(1, "bud-" + kind + "-" + value).bind(2, kind).bind(3, value).bind(4, "month").bind(5, amount)
            .bind(6, "[0.5,0.8,1.0]");
        s.run();
        s.reset();
    };
    for (auto team : kTeams)
        put("team", std::string(team), team == "claims-ops" ? 1.08 : 1.35);
    for (auto useCase : kUseCases)
        put("use_case", std::string(useCase), useCase == "claims_triage" ? 1.0 : 1.3);
    put("model", "gpt-4o", 1.15);
    put("model", "claude-3.5-sonnet", 1.1);
    put("model", "o1", 0.95);
    put("model", "gpt-4o-mini", 1.5);
}

} // namespace keel::platform
