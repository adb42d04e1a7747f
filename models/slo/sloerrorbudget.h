#pragma once
// Error-budget arithmetic for one SLO, pure and Qt-free so it is easy to test by hand.
// "No data" (zero traffic in a window) is std::nullopt — never 0 and never infinity —
// because a quiet window neither keeps nor breaks a promise.
#include <domain/timeutil.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace keel::slo {

struct EventCounts {
    std::int64_t good = 0;
    std::int64_t total = 0;
    std::int64_t bad() const { return total - good; }
};

// bad / total; nullopt when total <= 0 or the counts are inconsistent (good > total, negative).
std::optional<double> errorRatio(EventCounts counts);
// good / total; nullopt when there is no traffic.
std::optional<double> attainment(EventCounts counts);
// errorRatio / (1 - objective). nullopt on no traffic or an objective outside (0, 1).
std::optional<double> burnRate(std::optional<double> errorRatio, double objective);
std::optional<double> burnRate(EventCounts counts, double objective);
// Fraction of the window's error budget still unspent: 1 - errorRatio / (1 - objective).
// 1 = untouched, 0 = exactly spent, < 0 = overspent. nullopt on no traffic.
std::optional<double> budgetRemaining(EventCounts counts, double objective);

// One bucket of events ending at `end` (exclusive), e.g. an hour of requests.
struct CountBucket {
    domain::UnixMs end = 0;
    EventCounts counts;
};
struct BurndownPoint {
    domain::UnixMs ts = 0;
    double remaining = 1.0;
};
// Budget burn-down over a window: the budget is (1 - objective) × all events of the window,
// and each point is what is left after the bad events up to that bucket's end. The curve
// starts at 1, only falls, and its last point equals budgetRemaining() of the whole window.
// Buckets must be in time order; an empty or traffic-free window gives an empty series.
std::vector<BurndownPoint> budgetBurndown(const std::vector<CountBucket> &buckets, double objective);

} // namespace keel::slo
