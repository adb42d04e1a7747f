#pragma once
// Reading request rows back as the contract's RequestRecord.
#include <domain/telemetry.h>

#include <cstdint>
#include <array>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>
#include <optional>
#include <string>

namespace keel::platform {

class Stmt;
class Connection;

// Columns every request query selects, in readRequest()'s order.
inline constexpr const char *kRequestColumns =
    "id, ts, route, use_case, model, provider, team, customer_segment, prompt_template, input_tokens, "
    "output_tokens, cached_tokens, cost_micros, latency_ms, ttft_ms, status, error_code, cache_hit, "
    "safety_flags, confidence, risk_score, escalated, retrieval_ms, retrieved_chunks";

domain::RequestRecord readRequest(const Stmt &s, std::uint64_t seed);
// The same, into an existing record whose strings keep their capacity (bulk pages reuse one).
void readRequestInto(const Stmt &s, std::uint64_t seed, domain::RequestRecord &r);
std::optional<domain::RequestRecord> loadRequest(Connection &c, std::uint64_t seed, std::int64_t rowId,
                                                 std::int64_t *retrievalMs = nullptr, std::int64_t *chunks = nullptr);
// One page of GET /v1/telemetry/requests as JSON text: rows after `afterRow` and before `endRow`,
// at most `limit`, written without a DOM (domain::RequestPageWriter). `cursorFor(lastRow)` makes
// next_cursor when more rows follow.
// `equals` narrows the page to rows whose columns hold those values (column names must come from
// kRequestFilterColumns: they reach the SQL text).
using RequestFilter = std::vector<std::pair<std::string_view, std::string>>;
inline constexpr std::array<std::string_view, 8> kRequestFilterColumns{
    "model", "provider", "use_case", "team", "customer_segment", "route", "prompt_template", "status"};
std::string requestPageJson(Connection &c, std::uint64_t seed, std::int64_t afterRow, std::int64_t endRow,
                            std::int64_t limit, const std::function<std::string(std::int64_t lastRow)> &cursorFor,
                            const RequestFilter &equals = {});

// Smallest row id with ts >= tsMs (or one past the last row).
std::int64_t firstRowAtOrAfter(Connection &c, std::int64_t tsMs);

} // namespace keel::platform
