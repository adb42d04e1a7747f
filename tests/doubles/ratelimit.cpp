#include "ratelimit.h"

#include <algorithm>
#include <cstdlib>

namespace keel::doubles {

std::string RateLimits::add(const std::string &spec)
{
    const auto eq = spec.find('=');
    const auto slash = spec.find('/', eq == std::string::npos ? 0 : eq);
    if (eq == std::string::npos || eq == 0 || slash == std::string::npos)
        return "--rate-limit wants BUCKET=N/DURATION, e.g. metrics=5/60s: " + spec;
    std::string bucket = spec.substr(0, eq);
    if (bucket == "metrics")
        bucket = "public-api-v2-metrics";
    char *end = nullptr;
    const long points = std::strtol(spec.c_str() + eq + 1, &end, 10);
    if (end != spec.c_str() + slash || points < 1)
        return "--rate-limit: the budget must be a positive number: " + spec;
    const std::string duration = spec.substr(slash + 1);
    const long amount = std::strtol(duration.c_str(), &end, 10);
    const std::string unit = end;
    std::int64_t scale = 0;
    if (unit == "s")
        scale = 1000;
    else if (unit == "m")
        scale = 60'000;
    else if (unit == "h")
        scale = 3'600'000;
    else if (unit == "d")
        scale = 86'400'000;
    if (amount < 1 || scale == 0)
        return "--rate-limit: the duration must be like 60s, 1h or 1d: " + spec;
    std::lock_guard lock(m_mutex);
    Budget &b = m_budgets[bucket];
    b.points = static_cast<int>(points);
    b.durationMs = amount * scale;
    return {};
}

std::optional<RateDecision> RateLimits::consume(const std::string &bucket, std::int64_t nowMs)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_budgets.find(bucket);
    if (it == m_budgets.end())
        return std::nullopt;
    Budget &b = it->second;
    if (!b.open || nowMs >= b.windowStartMs + b.durationMs) {
        b.open = true;
        b.windowStartMs = nowMs;
        b.used = 0;
    }
    ++b.used;
    RateDecision d;
    d.points = b.points;
    d.remaining = std::max(0, b.points - b.used);
    d.limited = b.used > b.points;
    d.msBeforeNext = b.windowStartMs + b.durationMs - nowMs;
    return d;
}

void RateLimits::reset()
{
    std::lock_guard lock(m_mutex);
    for (auto &[name, b] : m_budgets) {
        b.open = false;
        b.used = 0;
    }
}

} // namespace keel::doubles
