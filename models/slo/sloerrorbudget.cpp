#include "sloerrorbudget.h"

namespace keel::slo {

namespace {
bool validObjective(double objective) { return objective > 0.0 && objective < 1.0; }
bool consistent(EventCounts c) { return c.total > 0 && c.good >= 0 && c.good <= c.total; }
} // namespace

std::optional<double> errorRatio(EventCounts counts)
{
    if (!consistent(counts))
        return std::nullopt;
    return static_cast<double>(counts.bad()) / static_cast<double>(counts.total);
}

std::optional<double> attainment(EventCounts counts)
{
    if (!consistent(counts))
        return std::nullopt;
    return static_cast<double>(counts.good) / static_cast<double>(counts.total);
}

std::optional<double> burnRate(std::optional<double> ratio, double objective)
{
    if (!ratio || !validObjective(objective))
        return std::nullopt;
    return *ratio / (1.0 - objective);
}

std::optional<double> burnRate(EventCounts counts, double objective)
{
    return burnRate(errorRatio(counts), objective);
}

std::optional<double> budgetRemaining(EventCounts counts, double objective)
{
    const auto rate = burnRate(counts, objective);
    if (!rate)
        return std::nullopt;
    return 1.0 - *rate;
}

std::vector<BurndownPoint> budgetBurndown(const std::vector<CountBucket> &buckets, double objective)
{
    std::vector<BurndownPoint> out;
    if (!validObjective(objective))
        return out;
    std::int64_t total = 0;
    for (const auto &b : buckets) {
        if (b.counts.total < 0 || b.counts.good < 0 || b.counts.good > b.counts.total)
            return out; // inconsistent input: draw nothing rather than a wrong curve
        total += b.counts.total;
    }
    if (total <= 0)
        return out;
    const double budgetEvents = (1.0 - objective) * static_cast<double>(total);
    std::int64_t bad = 0;
    out.reserve(buckets.size());
    for (const auto &b : buckets) {
        bad += b.counts.bad();
        out.push_back({b.end, 1.0 - static_cast<double>(bad) / budgetEvents});
    }
    return out;
}

} // namespace keel::slo
