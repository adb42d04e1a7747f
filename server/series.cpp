#include "series.h"

#include "db.h"
#include "catalog.h"
#include "requestsamples.h"
#include "scenario.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <vector>

namespace keel::platform {
namespace {

struct MetricInfo { const char *name; const char *unit; };
constexpr std::array<MetricInfo, 8> kMetrics{{
    {"request_rate", "req/s"}, {"error_rate", "ratio"}, {"latency_p50_ms", "ms"}, {"latency_p95_ms", "ms"},
    {"latency_p99_ms", "ms"}, {"ttft_p95_ms", "ms"}, {"tokens_per_s", "tokens/s"}, {"cost_per_hour_micros", "micros/h"},
}};

struct Bucket {
    std::int64_t count = 0, errors = 0, tokens = 0, cost = 0;
    std::vector<std::int32_t> latency, ttft;
};

double nearestRank(std::vector<std::int32_t> &v, double q)
{
    const auto rank = static_cast<std::size_t>(std::max(1.0, std::ceil(q * static_cast<double>(v.size()))));
    const auto nth = v.begin() + static_cast<std::ptrdiff_t>(std::min(rank, v.size()) - 1);
    std::nth_element(v.begin(), nth, v.end()); // the same element a full sort puts there
    return *nth;
}

// The label of a sample under the asked grouping, as the catalogue spells it.
enum class Group { None, Route, Model, UseCase, Team, Status, Segment };

Group groupOf(const std::string &g)
{
    if (g == "route") return Group::Route;
    if (g == "model") return Group::Model;
    if (g == "use_case") return Group::UseCase;
    if (g == "team") return Group::Team;
    if (g == "status") return Group::Status;
    if (g == "customer_segment") return Group::Segment;
    return Group::None;
}

std::size_t groupIndex(Group g, const RequestSample &s)
{
    switch (g) {
    case Group::None: return 0;
    case Group::Route: return s.route;
    case Group::Model: return s.model;
    case Group::UseCase: return s.useCase;
    case Group::Team: return s.team;
    case Group::Status: return s.ok ? 0 : 1;
    case Group::Segment: return s.segment;
    }
    return 0;
}

std::string groupLabel(Group g, std::size_t i)
{
    switch (g) {
    case Group::None: return "";
    case Group::Route: return std::string(kRoutes[i]);
    case Group::Model: return std::string(kModels[i].id);
    case Group::UseCase: return std::string(kUseCases[i]);
    case Group::Team: return std::string(kTeams[i]);
    case Group::Status: return i == 0 ? "ok" : "error";
    case Group::Segment: return std::string(kSegments[i]);
    }
    return "";
}

constexpr std::size_t kMaxGroupValues = 16; // every catalogue has fewer entries

} // namespace

bool isKnownMetric(const std::string &metric)
{
    return std::any_of(kMetrics.begin(), kMetrics.end(), [&](const MetricInfo &m) { return metric == m.name; });
}

bool isKnownSeriesGroup(const std::string &g)
{
    return g.empty() || g == "route" || g == "model" || g == "use_case" || g == "team" || g == "status"
        || g == "customer_segment";
}

domain::SeriesResponse computeSeries(Connection &c, const SeriesQuery &q)
{
    domain::SeriesResponse out;
    out.metric = q.metric;
    for (const auto &m : kMetrics)
        if (q.metric == m.name)
            out.unit = m.unit;
    out.stepS = q.stepS;
    out.from = q.fromMs;
    out.to = q.toMs;
    const std::int64_t stepMs = q.stepS * 1000;
    const auto nBuckets = static_cast<std::size_t>((q.toMs - q.fromMs + stepMs - 1) / stepMs);
    const bool wantLatency = q.metric.rfind("latency_", 0) == 0;
    const bool wantTtft = q.metric == "ttft_p95_ms";

    // The hourly sample blobs covering [from, to); each sample's time is its hour plus offset.
    const Group group = groupOf(q.groupBy);
    std::array<std::vector<Bucket>, kMaxGroupValues> byIndex;
    forEachHour(c, q.fromMs / kHourMs, (q.toMs + kHourMs - 1) / kHourMs,
                [&](std::int64_t hour, const RequestSample *samples, std::size_t n) {
        const std::int64_t hourStart = hour * kHourMs;
        for (std::size_t i = 0; i < n; ++i) {
            const RequestSample &r = samples[i];
            const std::int64_t ts = hourStart + r.offsetMs;
            if (ts < q.fromMs || ts >= q.toMs)
                continue;
            const auto b = static_cast<std::size_t>((ts - q.fromMs) / stepMs);
            auto &buckets = byIndex[groupIndex(group, r) % kMaxGroupValues];
            if (buckets.empty())
                buckets.resize(nBuckets);
            Bucket &bk = buckets[b];
            ++bk.count;
            if (!r.ok)
                ++bk.errors;
            if (wantLatency)
                bk.latency.push_back(r.latencyMs);
            if (wantTtft)
                bk.ttft.push_back(r.ttftMs);
            bk.tokens += r.tokens;
            bk.cost += r.costMicros;
        }
    });
    std::map<std::string, std::vector<Bucket>> groups; // by label, as the answer lists them
    for (std::size_t i = 0; i < kMaxGroupValues; ++i)
        if (!byIndex[i].empty())
            groups.emplace(groupLabel(group, i), std::move(byIndex[i]));
    if (groups.empty() && q.groupBy.empty())
        groups[""].resize(nBuckets); // one all-null series rather than none
    for (auto &[label, buckets] : groups) {
        domain::Series series;
        if (!q.groupBy.empty())
            series.labels[q.groupBy] = label;
        for (std::size_t i = 0; i < nBuckets; ++i) {
            Bucket &bk = buckets[i];
            domain::SeriesPoint p;
            p.ts = q.fromMs + static_cast<std::int64_t>(i) * stepMs;
            const double step = static_cast<double>(q.stepS);
            if (q.metric == "request_rate")
                p.value = static_cast<double>(bk.count) / step;
            else if (q.metric == "tokens_per_s")
                p.value = static_cast<double>(bk.tokens) / step;
            else if (q.metric == "cost_per_hour_micros")
                p.value = static_cast<double>(bk.cost) * 3600.0 / step;
            else if (bk.count > 0) {
                if (q.metric == "error_rate")
                    p.value = static_cast<double>(bk.errors) / static_cast<double>(bk.count);
                else if (q.metric == "latency_p50_ms")
                    p.value = nearestRank(bk.latency, 0.50);
                else if (q.metric == "latency_p95_ms")
                    p.value = nearestRank(bk.latency, 0.95);
                else if (q.metric == "latency_p99_ms")
                    p.value = nearestRank(bk.latency, 0.99);
                else if (q.metric == "ttft_p95_ms")
                    p.value = nearestRank(bk.ttft, 0.95);
            }
            series.points.push_back(p);
        }
        out.series.push_back(std::move(series));
    }
    return out;
}

} // namespace keel::platform
