#pragma once
// One synthetic gateway request, compact (catalog indices instead of strings) so a day of
// traffic fits in a few megabytes while it waits to be written.
#include "scenario.h"

#include <cstdint>
#include <string>
#include <vector>

namespace keel::platform {

struct SynthRequest {
    std::int64_t ts = 0;
    std::uint8_t route = 0, useCase = 0, model = 0, team = 0, segment = 0;
    std::uint8_t templateVersion = 0;
    std::uint8_t errorCode = 0xff; // index into kErrorCodes, 0xff when ok
    std::uint8_t safetyBits = 0;
    bool cacheHit = false;
    bool escalated = false;
    std::int32_t inputTokens = 0, outputTokens = 0, cachedTokens = 0;
    std::int64_t costMicros = 0;
    std::int64_t cacheSavingsMicros = 0; // what a semantic-cache hit would have cost
    std::int32_t latencyMs = 0, ttftMs = 0;
    std::int32_t retrievalMs = 0;   // 0 when the route does no retrieval
    std::int32_t retrievedChunks = 0;
    float confidence = 1.0f, riskScore = 0.0f;

    bool ok() const { return errorCode == 0xff; }
};

// The requests of one hour, sorted by time; a pure function of (scenario, hour).
std::vector<SynthRequest> synthesizeHour(const Scenario &scenario, std::int64_t hourStartMs);

// Cost of a request in micro-dollars from token counts and list prices (rounded half up).
std::int64_t requestCostMicros(int model, std::int64_t input, std::int64_t cached, std::int64_t output);

// "claims-triage@v8" etc.
std::string promptTemplateOf(const SynthRequest &r);

} // namespace keel::platform
