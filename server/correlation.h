#pragma once
// Request ids and correlation ids. A correlation id is a keyed 64-bit permutation of the
// request's row id plus a check word, so a trace lookup needs no index over a million strings
// and a guessed or mistyped id is rejected without touching the database.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace keel::platform {

std::string requestIdFor(std::int64_t rowId);                        // "rq_000000000123"
std::optional<std::int64_t> rowIdFromRequestId(std::string_view id);
std::string correlationIdFor(std::uint64_t seed, std::int64_t rowId); // 32 lowercase hex digits
std::optional<std::int64_t> rowIdFromCorrelationId(std::uint64_t seed, std::string_view correlationId);

} // namespace keel::platform
