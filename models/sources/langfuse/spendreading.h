#pragma once
// Reading the Langfuse answers the spend pulls use (observations, v2 metrics, legacy daily
// metrics) and writing their page tokens. The spec types metrics rows as "any", ClickHouse may
// write 64-bit counts as strings, and a project's names are whatever its SDK sent: readers are
// lenient about absent, null and extra members, cap what they keep, and are strict only where a
// wrong value would put money on the wrong day.
#include "langfuseconnection.h"
#include "sources/vendorjson.h"

#include <domain/money.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace keel::sources::langfuse {

inline constexpr std::int64_t kDayMs = 86'400'000;
// Longest text kept for a dimension (model, trace name, observation name, prompt name): names
// are short in practice; a hostile or broken SDK must not bloat the cache. Requests and roll-ups
// cut the same way, so a request still matches its roll-up row.
inline constexpr std::size_t kMaxDimensionBytes = 200;
// A generation's statusMessage as the request's error code: one line, bounded.
inline constexpr std::size_t kMaxErrorCodeBytes = 160;
// Token counts above this are not counts (a quadrillion tokens): capped, never overflowed.
inline constexpr std::int64_t kMaxCount = 1'000'000'000'000'000LL;

// A member that is a JSON object, or a shared empty object.
inline const Json &objectAt(const Json &object, const char *key) { return objectMember(object, key); }
// A member as a number: JSON numbers, or numeric strings; nullopt when absent, null or not numeric.
inline std::optional<double> numberAt(const Json &object, const char *key) { return numberMember(object, key); }
// A count (tokens, observations): 0 when absent or unreadable, never negative, capped at kMaxCount.
std::int64_t countAt(const Json &object, const char *key);
// a + b without passing kMaxCount.
std::int64_t addCounts(std::int64_t a, std::int64_t b);
// A string member cut to maxBytes at a UTF-8 boundary, control characters as spaces; "" when
// absent, null or not a string.
std::string boundedText(const Json &object, const char *key, std::size_t maxBytes = kMaxDimensionBytes);
std::string boundedString(std::string_view text, std::size_t maxBytes);

// An instant as Langfuse writes it: RFC 3339 ("2026-03-18T10:30:00.123Z"), or ClickHouse's
// "2026-03-18 10:30:00.123" and a bare "2026-03-18" (both UTC). nullopt otherwise.
std::optional<std::int64_t> instantOf(std::string_view text);
std::int64_t dayStartOf(std::int64_t ms); // UTC midnight at or before ms
std::string isoInstant(std::int64_t ms);  // "2026-03-18T10:30:00.000Z"

// Langfuse's USD floats as integer micro-dollars (nearest micro). nullopt for a value that is
// not finite or beyond a billion dollars on one row: such a page is refused rather than summed
// (and sums of rows stay far from overflowing).
inline std::optional<domain::Micros> usdMicros(double usd) { return usdToMicros(usd, 1e9); }

// A page token of the spend pulls: a small JSON object committed in sync_state like a platform
// cursor, tagged with the pull it belongs to. nullopt for no token or one that is not this
// pull's (a cache synced from another source): the run then starts afresh.
inline std::optional<Json> readPageToken(const std::optional<std::string> &token, const char *pull)
{
    return sources::readPageToken(token, "langfuse", pull);
}
inline std::string makePageToken(Json fields, const char *pull) { return sources::makePageToken(std::move(fields), "langfuse", pull); }

} // namespace keel::sources::langfuse
