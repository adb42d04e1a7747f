#include "requestsamples.h"

#include "catalog.h"
#include "scenario.h"
#include "synth.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace keel::platform {

namespace {

template <typename Catalog>
std::uint8_t indexIn(const Catalog &catalog, std::string_view value)
{
    for (std::size_t i = 0; i < catalog.size(); ++i)
        if (std::string_view(catalog[i]) == value)
            return static_cast<std::uint8_t>(i);
    return 0;
}

std::uint8_t modelIndex(std::string_view id)
{
    for (std::size_t i = 0; i < kModels.size(); ++i)
        if (kModels[i].id == id)
            return static_cast<std::uint8_t>(i);
    return 0;
}

} // namespace

RequestSample sampleOf(const SynthRequest &r, std::int64_t hourStartMs)
{
    RequestSample s;
    s.offsetMs = static_cast<std::uint32_t>(r.ts - hourStartMs);
    s.latencyMs = r.latencyMs;
    s.ttftMs = r.ttftMs;
    s.tokens = static_cast<std::uint32_t>(r.inputTokens + r.outputTokens);
    s.costMicros = r.costMicros;
    s.route = r.route;
    s.model = r.model;
    s.useCase = r.useCase;
    s.team = r.team;
    s.segment = r.segment;
    s.ok = r.ok() ? 1 : 0;
    return s;
}

void writeHourSamples(Connection &c, std::int64_t hourIndex, const std::vector<RequestSample> &samples)
{
    if (samples.empty())
        return;
    Stmt s(c.handle(), "INSERT INTO request_samples(hour, count, data) VALUES (?,?,?)");
    s.bind(1, hourIndex).bind(2, static_cast<std::int64_t>(samples.size()))
        .bindBlob(3, std::string_view(reinterpret_cast<const char *>(samples.data()), samples.size() * sizeof(RequestSample)));
    s.run();
}

void buildRequestSamplesIfMissing(Connection &c)
{
    {
        Stmt any(c.handle(), "SELECT (SELECT count(*) FROM request_samples), (SELECT count(*) FROM (SELECT 1 FROM requests LIMIT 1))");
        any.step();
        if (any.i64(0) > 0 || any.i64(1) == 0)
            return;
    }
    Transaction tx(c);
    Stmt s(c.handle(), "SELECT ts, route, model, use_case, team, customer_segment, status, latency_ms, ttft_ms, "
                       "input_tokens + output_tokens, cost_micros FROM requests ORDER BY id");
    std::vector<RequestSample> hour;
    std::int64_t current = -1;
    while (s.step()) {
        const std::int64_t ts = s.i64(0);
        const std::int64_t h = floorToHour(ts) / kHourMs;
        if (h != current) {
            writeHourSamples(c, current, hour);
            hour.clear();
            current = h;
        }
        RequestSample r;
        r.offsetMs = static_cast<std::uint32_t>(ts - h * kHourMs);
        r.route = indexIn(kRoutes, s.view(1));
        r.model = modelIndex(s.view(2));
        r.useCase = indexIn(kUseCases, s.view(3));
        r.team = indexIn(kTeams, s.view(4));
        r.segment = indexIn(kSegments, s.view(5));
        r.ok = s.view(6) == "ok" ? 1 : 0;
        r.latencyMs = static_cast<std::int32_t>(s.i64(7));
        r.ttftMs = static_cast<std::int32_t>(s.i64(8));
        r.tokens = static_cast<std::uint32_t>(s.i64(9));
        r.costMicros = s.i64(10);
        hour.push_back(r);
    }
    writeHourSamples(c, current, hour);
    tx.commit();
}

} // namespace keel::platform
