#pragma once
// Instants as the two vendors write and read them: ISO 8601 with milliseconds and "Z" (Langfuse,
// JavaScript's toISOString), Python's isoformat() with microseconds and "+00:00" (LiteLLM), and the
// strict strptime formats LiteLLM's handlers use. All UTC; milliseconds since the epoch.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace keel::doubles {

inline constexpr std::int64_t kMsPerDay = 86'400'000;

std::int64_t daysFromCivil(int y, unsigned m, unsigned d);
// Accepts YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM), the way zod's datetime({offset: true}) does.
std::optional<std::int64_t> parseRfc3339(std::string_view text);
// strptime("%Y-%m-%d %H:%M:%S"): exactly that shape, read as UTC (LiteLLM /spend/logs/v2).
std::optional<std::int64_t> parseSpaceDateTime(std::string_view text);
// strptime("%Y-%m-%d").
std::optional<std::int64_t> parseDate(std::string_view text);

std::string isoMs(std::int64_t ms);          // 2026-03-18T10:30:00.000Z
std::string pythonIso(std::int64_t ms);      // 2026-03-18T10:30:00.000000+00:00
std::string dateOf(std::int64_t ms);         // 2026-03-18
std::string jsDateString(std::int64_t ms);   // Wed Mar 18 2026 10:30:00 GMT+0000 (Coordinated Universal Time)
std::int64_t floorToDay(std::int64_t ms);

} // namespace keel::doubles
