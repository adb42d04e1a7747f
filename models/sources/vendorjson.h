#pragma once
// What every vendor connector (sources/litellm, sources/langfuse) reads and writes the same way:
// a member that must be an object, USD floats as integer micro-dollars, and the page tokens its
// pulls commit in sync_state like a platform cursor. One place, so the connectors cannot drift.
#include <domain/money.h>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace keel::sources {

// A member that is a JSON object, or a shared empty object (absent, null, another type).
const nlohmann::json &objectMember(const nlohmann::json &object, const char *key);

// A member as a number: a JSON number, or a string that is one whole number (vendors write
// 64-bit counts and costs as strings too); nullopt when absent, null or anything else.
std::optional<double> numberMember(const nlohmann::json &object, const char *key);

// USD as integer micro-dollars (nearest micro). nullopt for a value that is not finite or beyond
// maxUsd on one row: such a page is refused rather than summed.
std::optional<domain::Micros> usdToMicros(double usd, double maxUsd);

// A page token: a small JSON object tagged with its source ("litellm", "langfuse") and, where a
// source has several pulls, the pull. readPageToken gives nullopt for no token or one another
// source or pull wrote (a cache synced from elsewhere): the run then starts afresh.
std::optional<nlohmann::json> readPageToken(const std::optional<std::string> &token, std::string_view source,
                                            std::string_view pull = {});
std::string makePageToken(nlohmann::json fields, std::string_view source, std::string_view pull = {});

} // namespace keel::sources
