// Codec for the feedback stream: one decision per JSON line, the supervision signal for the platform.
#include "codec_readers.h"

#include <limits>

namespace keel::domain {
namespace {
using detail::json;
using detail::ObjectReader;
using detail::Str;
} // namespace

json toJson(const FeedbackRecord &f)
{
    return json{
        {"decision_id", f.decisionId},
        {"item_id", f.itemId},
        {"request_id", f.requestId},
        {"correlation_id", f.correlationId},
        {"queue", f.queue},
        {"reviewer", f.reviewer},
        {"action", f.action},
        {"original_output", f.originalOutput},
        {"edited_output", f.editedOutput},
        {"escalation", f.escalationTier.empty() ? json(nullptr)
                                                : json{{"tier", f.escalationTier}, {"reason", f.escalationReason}}},
        {"reject_reason", f.rejectReason},
        {"labels", f.labels},
        {"rubric", f.rubric},
        {"comment", f.comment},
        {"claimed_at", formatRfc3339(f.claimedAt)},
        {"decided_at", formatRfc3339(f.decidedAt)},
        {"time_spent_ms", f.timeSpentMs},
        {"idempotency_key", f.idempotencyKey},
    };
}

Decoded<FeedbackRecord> decodeFeedbackLine(std::string_view line, const DecodeLimits &limits)
{
    return detail::decodeDocument<FeedbackRecord>(line, limits, "feedback", [&](const json &root) {
        const ObjectReader o(root, {}, limits);
        FeedbackRecord f;
        f.decisionId = o.str("decision_id", Str::Id);
        f.itemId = o.str("item_id", Str::Id);
        f.requestId = o.str("request_id", Str::Id);
        f.correlationId = o.str("correlation_id", Str::Id);
        f.queue = o.str("queue", Str::Id);
        f.reviewer = o.str("reviewer", Str::Id);
        f.action = o.oneOf("action", detail::kActions);
        f.originalOutput = o.optStr("original_output", Str::Text);
        f.editedOutput = o.optStr("edited_output", Str::Text);
        if (const auto e = o.optObject("escalation")) {
            f.escalationTier = e->oneOf("tier", detail::kEscalationTiers);
            f.escalationReason = e->str("reason", Str::Id);
        }
        f.rejectReason = o.optStr("reject_reason", Str::Id);
        f.labels = o.strList("labels", Str::Id);
        if (const json *rubric = o.find("rubric")) {
            const std::string path = o.fieldPath("rubric");
            if (!rubric->is_object())
                detail::fail(path, "expected object, got " + detail::typeName(*rubric));
            for (const auto &[criterion, score] : rubric->items())
                f.rubric[criterion] = static_cast<int>(detail::checkInteger(score, detail::joinPath(path, criterion), 1, 5));
        }
        f.comment = o.optStr("comment", Str::Text);
        f.claimedAt = o.time("claimed_at");
        f.decidedAt = o.time("decided_at");
        f.timeSpentMs = o.optInteger("time_spent_ms", 0, std::numeric_limits<std::int64_t>::max()).value_or(0);
        f.idempotencyKey = o.str("idempotency_key", Str::Id);
        return f;
    });
}

} // namespace keel::domain
