#pragma once
#include "timeutil.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace keel::domain {

// GET /v1/slos → {"items": [Slo...], "next_cursor": null}
struct Slo {
    std::string id;          // "id": "chat-latency-p95"
    std::string name;        // "name"
    std::string layer;       // "layer": "inference" | "rag" | "data" | "product" | "review"
    std::string description; // "description"
    std::string sli;         // "sli": human description of good/total events
    std::string sliKind;     // "sli_kind": "availability" | "latency" | "ratio" | "freshness"
    double objective = 0.99; // "objective": 0..1
    std::int64_t windowDays = 30; // "window_days"
    std::optional<std::int64_t> thresholdMs; // "threshold_ms" for latency SLIs
    std::string route;       // "route" filter ("" = all)
};

// GET /v1/slos/{id}/status?window=30d → SloStatus
struct BurnRate {
    std::string window; // "window": "5m","30m","1h","6h","1d","3d"
    double rate = 0;    // "rate": error ratio / (1 - objective); null→ absent on no traffic
    bool hasData = true;
};
struct BudgetPoint {
    UnixMs ts = 0;               // [RFC3339, remaining fraction]
    double remaining = 1.0;      // error budget remaining, 1 = untouched, <0 = overspent
};
struct SloStatus {
    std::string sloId;            // "slo_id"
    std::string window;           // "window": "30d"
    UnixMs asOf = 0;              // "as_of"
    std::int64_t goodEvents = 0;  // "good_events"
    std::int64_t totalEvents = 0; // "total_events"
    double attainment = 1.0;      // "attainment": good/total over the window
    double errorBudgetRemaining = 1.0; // "error_budget_remaining": fraction
    std::vector<BurnRate> burnRates;   // "burn_rates"
    std::string alert;            // "alert": "ok" | "ticket" | "page"
    std::vector<BudgetPoint> budgetBurndown; // "budget_burndown": hourly points over the window
};

} // namespace keel::domain
