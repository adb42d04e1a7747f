#pragma once
// Route registration, one function per area of the contract.
namespace keel::platform {

class Router;
struct PlatformState;

void addTelemetryRoutes(Router &router, PlatformState &state); // whoami, requests, traces, series
void addSpendRoutes(Router &router, PlatformState &state);     // spend, budgets
void addSloRoutes(Router &router, PlatformState &state);       // slos, slo status
void addReviewRoutes(Router &router, PlatformState &state);    // queues, items, leases, decisions, feedback
void addAdminRoutes(Router &router, PlatformState &state);     // faults, audit, /metrics

} // namespace keel::platform
