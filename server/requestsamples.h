#pragma once
// The per-request numbers /v1/telemetry/series needs, packed per hour: one row of
// request_samples holds every request of that hour as fixed-size records in time order. A
// 7-day series at 10M requests reads ~170 blobs instead of decoding 2.3M SQLite rows, and the
// answers stay exact (nearest-rank percentiles over every request), as before.
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace keel::platform {

class Connection;
struct SynthRequest;

struct RequestSample {
    std::uint32_t offsetMs = 0;   // since the start of its hour
    std::int32_t latencyMs = 0;
    std::int32_t ttftMs = 0;
    std::uint32_t tokens = 0;     // input + output
    std::int64_t costMicros = 0;
    std::uint8_t route = 0, model = 0, useCase = 0, team = 0, segment = 0;
    std::uint8_t ok = 1;          // status "ok"
    std::uint8_t pad[2] = {0, 0};
};
static_assert(sizeof(RequestSample) == 32, "request_samples blobs are arrays of this exact layout");

RequestSample sampleOf(const SynthRequest &r, std::int64_t hourStartMs);

// Appends one hour's samples (time order) to request_samples.
void writeHourSamples(Connection &c, std::int64_t hourIndex, const std::vector<RequestSample> &samples);

// The samples of hours [firstHour, endHour), in order; calls visit(hourIndex, samples, count).
template <typename Visit>
void forEachHour(Connection &c, std::int64_t firstHour, std::int64_t endHour, Visit visit);

// Data folders generated before request_samples existed get it built from their requests once.
void buildRequestSamplesIfMissing(Connection &c);

} // namespace keel::platform

#include "db.h"

namespace keel::platform {

template <typename Visit>
void forEachHour(Connection &c, std::int64_t firstHour, std::int64_t endHour, Visit visit)
{
    Stmt s(c.handle(), "SELECT hour, data FROM request_samples WHERE hour >= ? AND hour < ? ORDER BY hour");
    s.bind(1, firstHour).bind(2, endHour);
    std::vector<RequestSample> buffer;
    while (s.step()) {
        const std::string_view bytes = s.blob(1);
        // Copied out: a blob's bytes carry no alignment guarantee.
        buffer.resize(bytes.size() / sizeof(RequestSample));
        if (!buffer.empty())
            std::memcpy(buffer.data(), bytes.data(), buffer.size() * sizeof(RequestSample));
        visit(s.i64(0), buffer.data(), buffer.size());
    }
}

} // namespace keel::platform
