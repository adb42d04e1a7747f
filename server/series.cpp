#include "series.h"

#include "db.h"
#include "requestrows.h"

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
    std::sort(v.begin(), v.end());
    const auto rank = static_cast<std::size_t>(std::max(1.0, std::ceil(q * static_cast<double>(v.size()))));
    return v[std::min(rank, v.size()) - 1];
}

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

    // Rows are stored in time order, so the time range is a row-id range.
    const std::int64_t firstRow = firstRowAtOrAfter(c, q.fromMs);
    const std::int64_t endRow = firstRowAtOrAfter(c, q.toMs);
    const std::string group = q.groupBy.empty() ? "''" : q.groupBy;
    Stmt s(c.handle(), "SELECT ts, " + group + ", status, latency_ms, ttft_ms, input_tokens + output_tokens, cost_micros "
                       "FROM requests WHERE id >= ? AND id < ?");
    s.bind(1, firstRow).bind(2, endRow);
    std::map<std::string, std::vector<Bucket>> groups;
    while (s.step()) {
        const auto b = static_cast<std::size_t>((s.i64(0) - q.fromMs) / stepMs);
        if (b >= nBuckets)
            continue;
        auto &buckets = groups[std::string(s.view(1))];
        if (buckets.empty())
            buckets.resize(nBuckets);
        Bucket &bk = buckets[b];
        ++bk.count;
        if (s.view(2) != "ok")
            ++bk.errors;
        if (wantLatency)
            bk.latency.push_back(static_cast<std::int32_t>(s.i64(3)));
        if (wantTtft)
            bk.ttft.push_back(static_cast<std::int32_t>(s.i64(4)));
        bk.tokens += s.i64(5);
        bk.cost += s.i64(6);
    }
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
