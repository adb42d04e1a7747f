#pragma once
// Internal to keel_domain: per-type readers shared between the codec files (a Trace embeds a
// RequestRecord, a ReviewItem embeds a Lease, pages wrap single records).
#include "codec_common.h"

#include <array>

namespace keel::domain::detail {

// The enums of the wire format, in one place so the encoders' tests and decoders agree.
inline constexpr std::array<std::string_view, 2> kRequestStatuses = {"ok", "error"};
inline constexpr std::array<std::string_view, 4> kRoles = {"reviewer", "finops", "council", "admin"};
inline constexpr std::array<std::string_view, 4> kItemStatuses = {"pending", "claimed", "decided", "escalated"};
inline constexpr std::array<std::string_view, 2> kDecidedStatuses = {"decided", "escalated"};
inline constexpr std::array<std::string_view, 3> kRiskTiers = {"high", "medium", "low"};
inline constexpr std::array<std::string_view, 4> kActions = {"approve", "edit", "escalate", "reject"};
inline constexpr std::array<std::string_view, 3> kEscalationTiers = {"tier2", "legal", "safety"};
inline constexpr std::array<std::string_view, 3> kProviders = {"openai", "anthropic", "self_hosted"};
inline constexpr std::array<std::string_view, 3> kSpanKinds = {"server", "internal", "client"};
inline constexpr std::array<std::string_view, 8> kMetrics = {
    "request_rate", "error_rate", "latency_p50_ms", "latency_p95_ms", "latency_p99_ms",
    "ttft_p95_ms", "tokens_per_s", "cost_per_hour_micros"};
inline constexpr std::array<std::string_view, 4> kGranularities = {"hour", "day", "week", "month"};
inline constexpr std::array<std::string_view, 3> kScopeKinds = {"team", "use_case", "model"};
inline constexpr std::array<std::string_view, 5> kBudgetPeriods = {"day", "week", "month", "quarter", "year"};
inline constexpr std::array<std::string_view, 5> kSloLayers = {"inference", "rag", "data", "product", "review"};
inline constexpr std::array<std::string_view, 4> kSliKinds = {"availability", "latency", "ratio", "freshness"};
inline constexpr std::array<std::string_view, 3> kAlerts = {"ok", "ticket", "page"};

RequestRecord readRequest(const ObjectReader &o);
Lease readLease(const ObjectReader &o);
ReviewQueue readQueue(const ObjectReader &o);
ReviewItem readItem(const ObjectReader &o);
SpendRow readSpendRow(const ObjectReader &o);
Budget readBudget(const ObjectReader &o);
Slo readSlo(const ObjectReader &o);

} // namespace keel::domain::detail
