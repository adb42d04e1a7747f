#pragma once
// Reading request rows back as the contract's RequestRecord.
#include <domain/telemetry.h>

#include <cstdint>
#include <optional>

namespace keel::platform {

class Stmt;
class Connection;

// Columns every request query selects, in readRequest()'s order.
inline constexpr const char *kRequestColumns =
    "id, ts, route, use_case, model, provider, team, customer_segment, prompt_template, input_tokens, "
    "output_tokens, cached_tokens, cost_micros, latency_ms, ttft_ms, status, error_code, cache_hit, "
    "safety_flags, confidence, risk_score, escalated, retrieval_ms, retrieved_chunks";

domain::RequestRecord readRequest(const Stmt &s, std::uint64_t seed);
std::optional<domain::RequestRecord> loadRequest(Connection &c, std::uint64_t seed, std::int64_t rowId,
                                                 std::int64_t *retrievalMs = nullptr, std::int64_t *chunks = nullptr);
// Smallest row id with ts >= tsMs (or one past the last row).
std::int64_t firstRowAtOrAfter(Connection &c, std::int64_t tsMs);

} // namespace keel::platform
