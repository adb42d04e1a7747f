#pragma once
// Reading LiteLLM's answers and writing its query values. The 1.96 OpenAPI types none of the
// answers Keel reads but the daily activity (/spend/logs/v2 and /team/info are untyped), and the
// real rows carry more columns than the spec lists: readers are lenient about absent, null and
// extra members, and strict only where a wrong value would put money on the wrong day.
#include "sources/vendorjson.h"

#include <domain/money.h>

#include <nlohmann/json.hpp>

#include <QString>
#include <QUrl>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace keel::sources::litellm {

using Json = nlohmann::json;

// A member as text: strings as they are, numbers in their shortest form; "" when absent or null.
std::string text(const Json &object, const char *key);
// A member as a number: JSON numbers, or numeric strings; 0 when absent, null or not numeric.
inline double number(const Json &object, const char *key) { return numberMember(object, key).value_or(0); }
std::int64_t integer(const Json &object, const char *key);
// A member that is a JSON object, or a shared empty object.
inline const Json &child(const Json &object, const char *key) { return objectMember(object, key); }

// An instant as LiteLLM writes it: Python's isoformat() ("2026-03-18T10:30:00.123000+00:00"),
// with "Z", or naive (read as UTC, as the proxy's database stores it). nullopt otherwise.
std::optional<std::int64_t> parseInstant(std::string_view text);
// "YYYY-MM-DD HH:MM:SS" (UTC, to the second below): what /spend/logs/v2 reads with strptime.
std::string spaceDateTime(std::int64_t ms);
std::optional<std::int64_t> parseSpaceDateTime(std::string_view text);
// "YYYY-MM-DD" and its UTC midnight: the daily activity's dates.
std::string dateOf(std::int64_t ms);
std::optional<std::int64_t> parseDate(std::string_view text);
constexpr std::int64_t kDayMs = 86'400'000;

// LiteLLM's USD floats as Keel's integer micro-dollars (nearest micro). nullopt for a value that
// is not finite or beyond a trillion dollars: such a page is refused rather than summed.
inline std::optional<domain::Micros> usdToMicros(double usd) { return sources::usdToMicros(usd, 1e12); }

// A page token of these pulls: a small JSON object ({"page": 2, "day": "2026-03-05", …}),
// committed in sync_state like a platform cursor. nullopt for no token or one that is not ours
// (a cache that was synced from another source): the run then starts afresh.
inline std::optional<Json> parseToken(const std::optional<std::string> &token) { return readPageToken(token, "litellm"); }
inline std::string makeToken(const Json &fields) { return makePageToken(fields, "litellm"); }

// "LiteLLM at https://proxy.example.com" without user info, query or fragment.
QString sourceName(const QUrl &baseUrl);

} // namespace keel::sources::litellm
