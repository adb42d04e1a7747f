#pragma once
// Times are RFC 3339 UTC on the wire ("2026-11-26T18:32:22.123Z") and Unix milliseconds in memory.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace keel::domain {

using UnixMs = std::int64_t;

// Formats as "YYYY-MM-DDTHH:MM:SS.mmmZ" (always UTC, always milliseconds).
std::string formatRfc3339(UnixMs ms);
// Accepts "YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)"; nullopt on anything else.
std::optional<UnixMs> parseRfc3339(std::string_view text);

} // namespace keel::domain
