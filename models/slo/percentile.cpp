#include "percentile.h"

#include <algorithm>
#include <cmath>

namespace keel::slo {

std::optional<double> percentileNearestRank(std::vector<double> samples, double p)
{
    if (samples.empty() || !(p >= 0.0 && p <= 100.0))
        return std::nullopt;
    const auto n = samples.size();
    auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(n)));
    rank = std::clamp<std::size_t>(rank, 1, n);
    std::nth_element(samples.begin(), samples.begin() + static_cast<std::ptrdiff_t>(rank - 1), samples.end());
    return samples[rank - 1];
}

std::optional<double> percentileLinear(std::vector<double> samples, double p)
{
    if (samples.empty() || !(p >= 0.0 && p <= 100.0))
        return std::nullopt;
    std::sort(samples.begin(), samples.end());
    const double pos = (static_cast<double>(samples.size()) - 1.0) * p / 100.0;
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const auto hi = std::min(lo + 1, samples.size() - 1);
    const double frac = pos - static_cast<double>(lo);
    return samples[lo] + (samples[hi] - samples[lo]) * frac;
}

} // namespace keel::slo
