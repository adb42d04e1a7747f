#pragma once
// Traces are not stored: they are rebuilt on demand, deterministically, from the request row
// (same seed and row → same spans), so a million requests cost no trace storage.
#include <domain/telemetry.h>

#include <cstdint>

namespace keel::platform {

domain::Trace buildTrace(const domain::RequestRecord &request, std::uint64_t seed, std::int64_t rowId,
                         std::int64_t retrievalMs, std::int64_t chunks);

} // namespace keel::platform
