#pragma once
// Review items drawn from the escalated (high-risk or low-confidence) requests of the last week,
// plus a quality sample of customer search answers. Each item gets a time to decision drawn
// against its queue's SLA (most well inside it, a few late): items whose decision falls before
// the end of the data are history (decided by seeded reviewers, with audit rows and feedback),
// the rest are the live backlog, so the backlog is mostly fresh and mostly within SLA.
#include "scenario.h"
#include "synth.h"

#include <cstdint>
#include <vector>

namespace keel::platform {

class Connection;

struct ReviewCandidate {
    std::int64_t rowId = 0;
    SynthRequest request;
};

struct ReviewSeedSummary {
    std::int64_t items = 0;
    std::int64_t pending = 0;
};

constexpr std::int64_t kReviewLookbackMs = 7 * kDayMs;
// Share of customer search answers sampled for human quality review (on top of escalations).
constexpr double kSearchQualitySample = 0.06;

// Does this request become a review item? Escalated requests always do; a deterministic sample
// (by seed and row) of successful customer search answers goes to the quality queue.
bool isReviewCandidate(std::uint64_t seed, std::int64_t rowId, const SynthRequest &r);

ReviewSeedSummary seedReview(Connection &c, const Scenario &scenario, const std::vector<ReviewCandidate> &candidates);

} // namespace keel::platform
