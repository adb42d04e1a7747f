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

// A load test's queue (--review-items N): tops the live backlog up to `target` pending items,
// once per data folder (recorded in meta; a reopen adds nothing). The new items take the content
// of the seeded items in turn (prompt, sources, output, model, queue, scores, flags) under new ids
// after the last one, created in the hour before the end of the data, due by their queue's SLA.
// Returns how many were added.
std::int64_t topUpReviewBacklog(Connection &c, std::int64_t target);

} // namespace keel::platform
