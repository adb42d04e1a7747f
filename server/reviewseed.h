#pragma once
// Review items drawn from the escalated (high-risk or low-confidence) requests of the last week:
// older ones already decided by the demo reviewers (so queues, feedback and review SLOs have
// history), the most recent ones pending.
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
// How far back items are still open: reviewers keep up with the fast queues better, but every
// queue carries a backlog older than its SLA (the review-queue-age SLO shows it).
std::int64_t pendingWindowMs(int queue);

ReviewSeedSummary seedReview(Connection &c, const Scenario &scenario, const std::vector<ReviewCandidate> &candidates);

} // namespace keel::platform
