#pragma once
// Route registration, one function per area of the contract.
namespace keel::platform {

// MAJOR.MINOR of the Platform API (GET /v1/whoami). 1.1: /v1/spend groups by provider, route
// and prompt_template and answers granularity=hour.
inline constexpr const char *kApiVersion = "1.1";

class Router;
struct PlatformState;

void addTelemetryRoutes(Router &router, PlatformState &state); // whoami, requests, traces, series
void addSpendRoutes(Router &router, PlatformState &state);     // spend, budgets
void addSloRoutes(Router &router, PlatformState &state);       // slos, slo status
void addReviewRoutes(Router &router, PlatformState &state);    // queues, items, leases, decisions, feedback
void addAdminRoutes(Router &router, PlatformState &state);     // faults, audit, /metrics

} // namespace keel::platform
