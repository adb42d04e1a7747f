#include "aggregates.h"

#include "catalog.h"
#include "db.h"
#include "rng.h"
#include "requestsamples.h"
#include "schema.h"
#include "slocatalog.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

namespace keel::platform {

std::uint64_t SpendKey::packed() const
{
    // 4 bits per catalogue index (each catalogue has fewer than 16 entries), the period above.
    return (static_cast<std::uint64_t>(period) << 24) | (static_cast<std::uint64_t>(model) << 20)
        | (static_cast<std::uint64_t>(useCase) << 16) | (static_cast<std::uint64_t>(team) << 12)
        | (static_cast<std::uint64_t>(segment) << 8) | (static_cast<std::uint64_t>(route) << 4)
        | static_cast<std::uint64_t>(templateVersion & 0xf);
}

SpendKey SpendKey::unpack(std::uint64_t k)
{
    SpendKey key;
    key.period = static_cast<std::int64_t>(k >> 24);
    key.model = static_cast<std::uint8_t>((k >> 20) & 0xf);
    key.useCase = static_cast<std::uint8_t>((k >> 16) & 0xf);
    key.team = static_cast<std::uint8_t>((k >> 12) & 0xf);
    key.segment = static_cast<std::uint8_t>((k >> 8) & 0xf);
    key.route = static_cast<std::uint8_t>((k >> 4) & 0xf);
    key.templateVersion = static_cast<std::uint8_t>(k & 0xf);
    return key;
}

namespace {

void addTo(SpendCell &c, const SynthRequest &r)
{
    c.costMicros += r.costMicros;
    c.cacheSavingsMicros += r.cacheSavingsMicros;
    c.requests += 1;
    c.inputTokens += r.inputTokens;
    c.outputTokens += r.outputTokens;
    c.cachedTokens += r.cachedTokens;
}

void writeCells(Connection &c, const char *table, std::int64_t periodMs,
                const std::unordered_map<std::uint64_t, SpendCell> &cells)
{
    // Sorted by key: the table's primary key order, so the inserts append.
    std::vector<std::pair<std::uint64_t, const SpendCell *>> sorted;
    sorted.reserve(cells.size());
    for (const auto &[k, cell] : cells)
        sorted.emplace_back(k, &cell);
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    Stmt s(c.handle(), std::string("INSERT INTO ") + table + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    std::map<int, std::string> templates;
    for (const auto &[k, cell] : sorted) {
        const SpendKey key = SpendKey::unpack(k);
        SynthRequest r;
        r.useCase = key.useCase;
        r.templateVersion = key.templateVersion;
        auto t = templates.find(key.useCase * 16 + key.templateVersion);
        if (t == templates.end())
            t = templates.emplace(key.useCase * 16 + key.templateVersion, promptTemplateOf(r)).first;
        s.bind(1, key.period * periodMs)
            .bind(2, kModels[key.model].id)
            .bind(3, kModels[key.model].provider)
            .bind(4, kUseCases[key.useCase])
            .bind(5, kTeams[key.team])
            .bind(6, kSegments[key.segment])
            .bind(7, kRoutes[key.route])
            .bind(8, t->second)
            .bind(9, cell->costMicros)
            .bind(10, cell->cacheSavingsMicros)
            .bind(11, cell->requests)
            .bind(12, cell->inputTokens)
            .bind(13, cell->outputTokens)
            .bind(14, cell->cachedTokens);
        s.run();
        s.reset();
    }
}

} // namespace

void SpendAccumulator::add(const SynthRequest &r)
{
    SpendKey k{floorToHour(r.ts) / kHourMs, r.model, r.useCase, r.team, r.segment, r.route, r.templateVersion};
    addTo(m_hourly[k.packed()], r);
    k.period = floorToDay(r.ts) / kDayMs;
    addTo(m_daily[k.packed()], r);
}

void SpendAccumulator::write(Connection &c) const
{
    writeCells(c, "spend_daily", kDayMs, m_daily);
    writeCells(c, "spend_hourly", kHourMs, m_hourly);
}

void upgradeSpendRollups(Connection &c)
{
    if (!c.tableHasColumn("spend_daily", "prompt_template")) {
        Transaction tx(c);
        c.exec("DROP TABLE IF EXISTS spend_daily; DROP TABLE IF EXISTS spend_hourly;");
        createSchema(c);
        for (const auto &[table, periodMs] : {std::pair{"spend_daily", kDayMs}, std::pair{"spend_hourly", kHourMs}}) {
            const std::string period = "(ts / " + std::to_string(periodMs) + ") * " + std::to_string(periodMs);
            c.exec(std::string("INSERT INTO ") + table + " SELECT " + period
                   + ", model, provider, use_case, team, customer_segment, route, prompt_template, SUM(cost_micros), "
                     "SUM(cache_savings_micros), COUNT(*), SUM(input_tokens), SUM(output_tokens), SUM(cached_tokens) "
                     "FROM requests GROUP BY 1, 2, 3, 4, 5, 6, 7, 8");
        }
        tx.commit();
    }
    buildRequestSamplesIfMissing(c);
    if (readMeta(c, "schema_version") != std::to_string(kSchemaVersion))
        writeMeta(c, "schema_version", std::to_string(kSchemaVersion));
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
        for (const auto &[k, cell] : spend.dailyCells()) {
            const SpendKey key = SpendKey::unpack(k);
            const std::int64_t dayMs = key.period * kDayMs;
            if (dayMs + kDayMs > scenario.spikeStartMs && dayMs < scenario.spikeEndMs)
                continue;
            days[dayMs] = true;
            baseline[{"team", std::string(kTeams[key.team])}] += cell.costMicros;
            baseline[{"use_case", std::string(kUseCases[key.useCase])}] += cell.costMicros;
            baseline[{"model", std::string(kModels[key.model].id)}] += cell.costMicros;
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
