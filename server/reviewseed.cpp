#include "reviewseed.h"

#include "catalog.h"
#include "correlation.h"
#include "db.h"
#include "reviewtext.h"
#include "rng.h"

#include <domain/codec.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>

namespace keel::platform {
namespace {

int queueFor(const SynthRequest &r)
{
    if (r.safetyBits & (FlagJailbreak | FlagToxicity | FlagPii))
        return SafetyFlagged;
    if (r.useCase == ClaimsTriage)
        return ClaimsHighRisk;
    if (r.useCase == CustomerSearch)
        return SearchQuality;
    return LowConfidence;
}

std::string reasonFor(const SynthRequest &r)
{
    char buf[96];
    if (!r.escalated)
        return "quality sample: a share of customer search answers is reviewed by people";
    if (r.safetyBits & FlagJailbreak)
        return "jailbreak attempt detected by the safety check";
    if (r.safetyBits & FlagToxicity)
        return "toxicity classifier fired on the output";
    if (r.safetyBits & FlagPii)
        return "personal data detected in prompt or output";
    if (r.riskScore >= 0.75f) {
        std::snprintf(buf, sizeof buf, "risk score %.2f above the 0.75 review threshold", static_cast<double>(r.riskScore));
        return buf;
    }
    std::snprintf(buf, sizeof buf, "confidence %.2f below the 0.45 review threshold", static_cast<double>(r.confidence));
    return buf;
}

nlohmann::json flagsJson(std::uint8_t bits)
{
    nlohmann::json out = safetyFlagList(bits);
    return out.is_array() ? out : nlohmann::json::array();
}

} // namespace

bool isReviewCandidate(std::uint64_t seed, std::int64_t rowId, const SynthRequest &r)
{
    if (r.escalated)
        return true;
    if (r.useCase != CustomerSearch || r.route != Search || !r.ok())
        return false;
    // A keyed hash of the row, not the request's own random stream, so sampling changes nothing else.
    const std::uint64_t h = mix(seed ^ 0x9a11e7ULL, static_cast<std::uint64_t>(rowId));
    return static_cast<double>(h >> 11) * 0x1.0p-53 < kSearchQualitySample;
}

namespace {

constexpr std::array<const char *, 5> kSeedReviewers{"reviewer-1", "reviewer-2", "reviewer-3", "reviewer-4", "reviewer-5"};

void seedAudit(Stmt &audit, std::int64_t ts, const std::string &actor, const char *action, const std::string &itemId,
               const std::string &requestId, const nlohmann::json &detail)
{
    audit.bind(1, ts).bind(2, actor).bind(3, action).bind(4, itemId).bind(5, requestId).bind(6, detail.dump());
    audit.run();
    audit.reset();
}

} // namespace

ReviewSeedSummary seedReview(Connection &c, const Scenario &scenario, const std::vector<ReviewCandidate> &candidates)
{
    Stmt queues(c.handle(), "INSERT INTO review_queues VALUES (?,?,?,?,?)");
    for (std::size_t i = 0; i < kQueues.size(); ++i) {
        queues.bind(1, kQueues[i].id).bind(2, kQueues[i].name).bind(3, kQueues[i].riskTier)
            .bind(4, kQueues[i].slaMinutes).bind(5, static_cast<std::int64_t>(i));
        queues.run();
        queues.reset();
    }

    Stmt item(c.handle(), "INSERT INTO review_items(id, queue, status, request_id, correlation_id, prompt, output, "
                          "sources, model, route, use_case, prompt_template, risk_score, confidence, policy_flags, "
                          "reason_escalated, created_at, sla_due, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Stmt decision(c.handle(), "INSERT INTO decisions(decision_id, item_id, reviewer, action, claimed_at, decided_at, record) "
                              "VALUES (?,?,?,?,?,?,?)");
    Stmt audit(c.handle(), "INSERT INTO audit(ts, actor, action, item_id, request_id, detail) VALUES (?,?,?,?,?,?)");
    ReviewSeedSummary summary;
    const std::uint64_t seed = scenario.config.seed;
    for (const ReviewCandidate &cand : candidates) {
        const SynthRequest &r = cand.request;
        Rng rng(mix(seed, static_cast<std::uint64_t>(cand.rowId) ^ 0x5eedULL));
        const int queue = queueFor(r);
        const QueueInfo &q = kQueues[static_cast<std::size_t>(queue)];
        ++summary.items;
        char idBuf[32];
        std::snprintf(idBuf, sizeof idBuf, "it_%06lld", static_cast<long long>(summary.items));
        const std::string itemId = idBuf;
        const std::int64_t created = r.ts + 2000 + static_cast<std::int64_t>(rng.below(58'000));
        const std::int64_t slaMs = q.slaMinutes * 60'000;
        const ReviewText text = reviewTextFor(rng.next(), r.useCase, r.safetyBits);
        nlohmann::json sources = nlohmann::json::array();
        for (const auto &s : text.sources)
            sources.push_back({{"title", s.title}, {"snippet", s.snippet}, {"uri", s.uri}});

        // Time to decision as a share of the SLA: median about half of it, ~2% late, a rare few
        // two or three SLAs late. Decisions that would land after the end of the data are the
        // live backlog, so pending items are the recent ones and mostly still within SLA.
        const double slaShare = std::clamp(rng.logNormal(0.48, 0.35), 0.03, 4.0);
        const std::int64_t decidedAt = created + static_cast<std::int64_t>(static_cast<double>(slaMs) * slaShare);
        // A few recent items every reviewer skipped: a live queue always has some overdue work
        // (what the SLA countdowns are for), whatever the hour the data ends at. Chosen by a hash
        // of the row so no other seeded value moves.
        const std::int64_t stuckWindow = std::min<std::int64_t>(2 * slaMs, 3 * kDayMs);
        const bool stuck = created + slaMs < scenario.endMs && created >= scenario.endMs - stuckWindow
            && mix(seed ^ 0x57c4ULL, static_cast<std::uint64_t>(cand.rowId)) % 1000 < 30;
        const bool historic = !stuck && decidedAt < scenario.endMs - 60'000;
        std::string status = "pending";
        std::int64_t updated = created;
        if (historic) {
            // Time actually spent on the item: a minute or two, longer for the hard ones.
            const std::int64_t timeSpent = 30'000 + static_cast<std::int64_t>(rng.logNormal(90'000, 0.6));
            const std::int64_t claimedAt = std::max(created, decidedAt - timeSpent);
            const double a = rng.uniform();
            // Sampled answers are mostly fine; escalated ones need more edits and rejections.
            const char *action = !r.escalated ? (a < 0.82 ? "approve" : a < 0.92 ? "edit" : a < 0.98 ? "reject" : "escalate")
                                              : (a < 0.55 ? "approve" : a < 0.75 ? "edit" : a < 0.88 ? "reject" : "escalate");
            status = std::string(action) == "escalate" ? "escalated" : "decided";
            updated = decidedAt;
            domain::FeedbackRecord fb;
            fb.decisionId = "dc_" + itemId.substr(3);
            fb.itemId = itemId;
            fb.requestId = requestIdFor(cand.rowId);
            fb.correlationId = correlationIdFor(seed, cand.rowId);
            fb.queue = std::string(q.id);
            fb.reviewer = kSeedReviewers[rng.below(kSeedReviewers.size())];
            fb.action = action;
            fb.originalOutput = text.output;
            if (fb.action == "edit")
                fb.editedOutput = text.output + "\n\n[Edited by reviewer: removed unsupported claim.]";
            if (fb.action == "escalate") {
                fb.escalationTier = (r.safetyBits & (FlagJailbreak | FlagToxicity)) ? "safety" : "tier2";
                fb.escalationReason = "needs_specialist";
            }
            if (fb.action == "reject")
                fb.rejectReason = (r.safetyBits & FlagUngrounded) ? "ungrounded" : "policy_violation";
            fb.labels = {r.safetyBits & FlagUngrounded ? "hallucination" : "reviewed"};
            fb.rubric = {{"accuracy", static_cast<int>(2 + rng.below(4))}, {"safety", static_cast<int>(3 + rng.below(3))}};
            fb.claimedAt = claimedAt;
            fb.decidedAt = decidedAt;
            fb.timeSpentMs = decidedAt - claimedAt;
            fb.idempotencyKey = "seed-" + itemId;
            decision.bind(1, fb.decisionId).bind(2, itemId).bind(3, fb.reviewer).bind(4, fb.action)
                .bind(5, claimedAt).bind(6, decidedAt).bind(7, domain::toJson(fb).dump());
            decision.run();
            decision.reset();
            const std::string leaseId = "ls_seed_" + itemId.substr(3);
            seedAudit(audit, claimedAt, fb.reviewer, "claim", itemId, fb.requestId, {{"lease_id", leaseId}});
            seedAudit(audit, decidedAt, fb.reviewer, "decision", itemId, fb.requestId,
                      {{"decision_id", fb.decisionId}, {"action", fb.action}, {"lease_id", leaseId},
                       {"idempotency_key", fb.idempotencyKey}});
        } else {
            ++summary.pending;
        }
        item.bind(1, itemId).bind(2, q.id).bind(3, status).bind(4, requestIdFor(cand.rowId))
            .bind(5, correlationIdFor(seed, cand.rowId)).bind(6, text.prompt).bind(7, text.output)
            .bind(8, sources.dump()).bind(9, kModels[r.model].id).bind(10, kRoutes[r.route])
            .bind(11, kUseCases[r.useCase]).bind(12, promptTemplateOf(r))
            .bind(13, static_cast<double>(r.riskScore)).bind(14, static_cast<double>(r.confidence))
            .bind(15, flagsJson(r.safetyBits).dump()).bind(16, reasonFor(r)).bind(17, created)
            .bind(18, created + slaMs).bind(19, updated);
        item.run();
        item.reset();
    }
    return summary;
}

std::int64_t topUpReviewBacklog(Connection &c, std::int64_t target)
{
    if (target <= 0 || readMeta(c, "review_backlog_target"))
        return 0;
    Transaction tx(c);
    auto scalar = [&c](const char *sql) {
        Stmt s(c.handle(), sql);
        return s.step() ? s.i64(0) : 0;
    };
    const std::int64_t pending = scalar("SELECT COUNT(*) FROM review_items WHERE status = 'pending'");
    std::int64_t last = scalar("SELECT COALESCE(MAX(CAST(substr(id, 4) AS INTEGER)), 0) FROM review_items");
    const std::int64_t endMs = std::stoll(readMeta(c, "end_ms").value_or("0"));
    struct Source {
        std::string queue, requestId, correlationId, prompt, output, sources, model, route, useCase, promptTemplate,
            policyFlags, reason;
        double risk = 0, confidence = 0;
        std::int64_t slaMs = 0;
    };
    std::vector<Source> sources;
    {
        Stmt s(c.handle(), "SELECT queue, request_id, correlation_id, prompt, output, sources, model, route, use_case, "
                           "prompt_template, policy_flags, reason_escalated, risk_score, confidence FROM review_items ORDER BY id");
        while (s.step()) {
            Source src{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), s.text(7), s.text(8),
                       s.text(9), s.text(10), s.text(11), s.f64(12), s.f64(13), 0};
            for (const QueueInfo &q : kQueues)
                if (q.id == src.queue)
                    src.slaMs = q.slaMinutes * 60'000;
            sources.push_back(std::move(src));
        }
    }
    const std::int64_t need = sources.empty() ? 0 : std::max<std::int64_t>(0, target - pending);
    Stmt item(c.handle(), "INSERT INTO review_items(id, queue, status, request_id, correlation_id, prompt, output, "
                          "sources, model, route, use_case, prompt_template, risk_score, confidence, policy_flags, "
                          "reason_escalated, created_at, sla_due, updated_at) "
                          "VALUES (?,?,'pending',?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (std::int64_t i = 0; i < need; ++i) {
        const Source &src = sources[static_cast<std::size_t>(i) % sources.size()];
        char idBuf[32];
        std::snprintf(idBuf, sizeof idBuf, "it_%06lld", static_cast<long long>(++last));
        // Oldest first, spread over the last hour, the newest a millisecond before the end.
        const std::int64_t created = endMs - 1 - (need - 1 - i) * (kHourMs - 1) / std::max<std::int64_t>(need, 1);
        item.bind(1, idBuf).bind(2, src.queue).bind(3, src.requestId).bind(4, src.correlationId).bind(5, src.prompt)
            .bind(6, src.output).bind(7, src.sources).bind(8, src.model).bind(9, src.route).bind(10, src.useCase)
            .bind(11, src.promptTemplate).bind(12, src.risk).bind(13, src.confidence).bind(14, src.policyFlags)
            .bind(15, src.reason).bind(16, created).bind(17, created + src.slaMs).bind(18, created);
        item.run();
        item.reset();
    }
    writeMeta(c, "review_backlog_target", std::to_string(target));
    tx.commit();
    return need;
}

} // namespace keel::platform
