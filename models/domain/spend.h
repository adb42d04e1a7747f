#pragma once
#include "timeutil.h"
#include "money.h"

#include <cstdint>
#include <string>
#include <vector>

namespace keel::domain {

// GET /v1/spend?from=RFC3339|YYYY-MM-DD&to=…&granularity=hour|day|week|month
//     &group_by=model,provider,use_case,team,customer_segment,route,prompt_template&cursor=&limit=
// → {"items": [SpendRow...], "next_cursor": …, "currency": "USD"}
// One row per (period_start, group values); group fields not asked for are absent (empty here).
struct SpendRow {
    UnixMs periodStart = 0;        // "period_start" (UTC hour / midnight / Monday / 1st)
    std::string granularity;       // "granularity"
    std::string model;             // "model"
    std::string provider;          // "provider" (API 1.1)
    std::string useCase;           // "use_case"
    std::string team;              // "team"
    std::string customerSegment;   // "customer_segment"
    std::string route;             // "route" (API 1.1)
    std::string promptTemplate;    // "prompt_template" (API 1.1)
    Micros costMicros = 0;         // "cost_micros"
    Micros cacheSavingsMicros = 0; // "cache_savings_micros": what cache hits would have cost
    std::int64_t requests = 0;     // "requests"
    std::int64_t inputTokens = 0;  // "input_tokens"
    std::int64_t outputTokens = 0; // "output_tokens"
    std::int64_t cachedTokens = 0; // "cached_tokens"
};

// GET /v1/budgets → {"items": [Budget...], "next_cursor": null}
struct Budget {
    std::string id;                 // "id"
    std::string scopeKind;          // "scope_kind": "team" | "use_case" | "model"
    std::string scopeValue;         // "scope_value"
    std::string period;             // "period": "month"
    Micros amountMicros = 0;        // "amount_micros" per period
    std::vector<double> alertThresholds; // "alert_thresholds": fractions, e.g. [0.5, 0.8, 1.0]
};

} // namespace keel::domain
