#pragma once
// Percentiles of raw samples, used to check the platform's latency series independently.
// Two definitions, because servers differ:
//  - nearest rank: the smallest sample such that at least p% of samples are ≤ it,
//    i.e. sorted[ceil(p/100 × n) - 1] (p = 0 → the minimum). Always an observed value.
//  - linear (Hyndman–Fan type 7, numpy's default): interpolates between the two closest ranks
//    at position (n - 1) × p/100.
// Both return nullopt for an empty sample set or p outside [0, 100].
#include <optional>
#include <vector>

namespace keel::slo {

std::optional<double> percentileNearestRank(std::vector<double> samples, double p);
std::optional<double> percentileLinear(std::vector<double> samples, double p);

} // namespace keel::slo
