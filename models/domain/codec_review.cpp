// Codecs for the review queue: queues, items, leases, decisions, receipts.
#include "codec_readers.h"

#include <limits>

namespace keel::domain {
namespace {
using detail::json;
using detail::ObjectReader;
using detail::Str;
using detail::kMaxInt;

json optionalTime(const std::optional<UnixMs> &t)
{
    return t ? json(formatRfc3339(*t)) : json(nullptr);
}
} // namespace

std::string_view toString(DecisionAction a)
{
    switch (a) {
    case DecisionAction::Approve: return "approve";
    case DecisionAction::Edit: return "edit";
    case DecisionAction::Escalate: return "escalate";
    case DecisionAction::Reject: return "reject";
    }
    return "approve";
}

std::optional<DecisionAction> decisionActionFromString(std::string_view s)
{
    if (s == "approve")
        return DecisionAction::Approve;
    if (s == "edit")
        return DecisionAction::Edit;
    if (s == "escalate")
        return DecisionAction::Escalate;
    if (s == "reject")
        return DecisionAction::Reject;
    return std::nullopt;
}

json toJson(const ReviewQueue &q)
{
    return json{
        {"id", q.id},
        {"name", q.name},
        {"risk_tier", q.riskTier},
        {"sla_minutes", q.slaMinutes},
        {"counts", {{"pending", q.pending}, {"claimed", q.claimed}, {"decided", q.decided}, {"escalated", q.escalated}}},
        {"oldest_pending_at", optionalTime(q.oldestPendingAt)},
    };
}

json toJson(const Lease &l)
{
    return json{{"lease_id", l.leaseId}, {"item_id", l.itemId}, {"holder", l.holder},
                {"expires_at", formatRfc3339(l.expiresAt)}};
}

json toJson(const ReviewItem &it)
{
    json sources = json::array();
    for (const SourceRef &s : it.sources)
        sources.push_back({{"title", s.title}, {"snippet", s.snippet}, {"uri", s.uri}});
    return json{
        {"id", it.id},
        {"queue", it.queue},
        {"status", it.status},
        {"request_id", it.requestId},
        {"correlation_id", it.correlationId},
        {"prompt", it.prompt},
        {"sources", std::move(sources)},
        {"output", it.output},
        {"model", it.model},
        {"route", it.route},
        {"use_case", it.useCase},
        {"prompt_template", it.promptTemplate},
        {"risk_score", it.riskScore ? json(*it.riskScore) : json(nullptr)},
        {"confidence", it.confidence ? json(*it.confidence) : json(nullptr)},
        {"policy_flags", it.policyFlags},
        {"reason_escalated", it.reasonEscalated},
        {"created_at", formatRfc3339(it.createdAt)},
        {"sla_due", formatRfc3339(it.slaDue)},
        {"lease", it.lease ? toJson(*it.lease) : json(nullptr)},
        {"updated_at", formatRfc3339(it.updatedAt)},
    };
}

json toJson(const Decision &d)
{
    json j{
        {"lease_id", d.leaseId},
        {"action", toString(d.action)},
        {"labels", d.labels},
        {"rubric", d.rubric},
        {"comment", d.comment},
        {"time_spent_ms", d.timeSpentMs},
    };
    // Action-specific members only appear with their action, so a body says exactly what it means.
    switch (d.action) {
    case DecisionAction::Edit: j["edited_output"] = d.editedOutput; break;
    case DecisionAction::Escalate: j["escalation"] = {{"tier", d.escalationTier}, {"reason", d.escalationReason}}; break;
    case DecisionAction::Reject: j["reject_reason"] = d.rejectReason; break;
    case DecisionAction::Approve: break;
    }
    return j;
}

json toJson(const DecisionReceipt &r)
{
    return json{{"decision_id", r.decisionId}, {"item_id", r.itemId}, {"action", r.action},
                {"decided_at", formatRfc3339(r.decidedAt)}, {"item_status", r.itemStatus}};
}

namespace detail {

Lease readLease(const ObjectReader &o)
{
    return Lease{o.str("lease_id", Str::Id), o.str("item_id", Str::Id), o.str("holder", Str::Id),
                 o.time("expires_at")};
}

ReviewQueue readQueue(const ObjectReader &o)
{
    ReviewQueue q;
    q.id = o.str("id", Str::Id);
    q.name = o.str("name", Str::Name);
    q.riskTier = o.oneOf("risk_tier", kRiskTiers);
    q.slaMinutes = o.integer("sla_minutes", 0, kMaxInt);
    const ObjectReader counts = o.object("counts");
    q.pending = counts.integer("pending", 0, kMaxInt);
    q.claimed = counts.integer("claimed", 0, kMaxInt);
    q.decided = counts.integer("decided", 0, kMaxInt);
    q.escalated = counts.integer("escalated", 0, kMaxInt);
    q.oldestPendingAt = o.optTime("oldest_pending_at");
    return q;
}

ReviewItem readItem(const ObjectReader &o)
{
    ReviewItem it;
    it.id = o.str("id", Str::Id);
    it.queue = o.str("queue", Str::Id);
    it.status = o.oneOf("status", kItemStatuses);
    it.requestId = o.str("request_id", Str::Id);
    it.correlationId = o.str("correlation_id", Str::Id);
    it.prompt = o.str("prompt", Str::Text);
    o.array("sources", [&](const json &el, const std::string &path) {
        const ObjectReader s(el, path, o.limits());
        it.sources.push_back({s.str("title", Str::Text), s.str("snippet", Str::Text), s.optStr("uri", Str::Text)});
    }, false);
    it.output = o.str("output", Str::Text);
    it.model = o.str("model", Str::Name);
    it.route = o.str("route", Str::Name);
    it.useCase = o.str("use_case", Str::Name);
    it.promptTemplate = o.str("prompt_template", Str::Name);
    it.riskScore = o.number("risk_score", 0, 1);
    it.confidence = o.number("confidence", 0, 1);
    it.policyFlags = o.strList("policy_flags", Str::Name);
    it.reasonEscalated = o.optStr("reason_escalated", Str::Text);
    it.createdAt = o.time("created_at");
    it.slaDue = o.time("sla_due");
    if (const auto lease = o.optObject("lease"))
        it.lease = readLease(*lease);
    it.updatedAt = o.time("updated_at");
    return it;
}

} // namespace detail

Decoded<Page<ReviewQueue>> decodeQueuePage(std::string_view body, const DecodeLimits &limits)
{
    return detail::decodeDocument<Page<ReviewQueue>>(body, limits, "review queues", [&](const json &root) {
        return detail::readPage<ReviewQueue>(root, limits, detail::readQueue);
    });
}

Decoded<Page<ReviewItem>> decodeItemPage(std::string_view body, const DecodeLimits &limits)
{
    return detail::decodeDocument<Page<ReviewItem>>(body, limits, "review items", [&](const json &root) {
        return detail::readPage<ReviewItem>(root, limits, detail::readItem);
    });
}

Decoded<ReviewItem> decodeItem(std::string_view body, const DecodeLimits &limits)
{
    return detail::decodeDocument<ReviewItem>(body, limits, "review item", [&](const json &root) {
        return detail::readItem(ObjectReader(root, {}, limits));
    });
}

Decoded<Lease> decodeLease(std::string_view body, const DecodeLimits &limits)
{
    return detail::decodeDocument<Lease>(body, limits, "lease", [&](const json &root) {
        return detail::readLease(ObjectReader(root, {}, limits));
    });
}

Decoded<Decision> decodeDecision(std::string_view body, const DecodeLimits &limits)
{
    return detail::decodeDocument<Decision>(body, limits, "decision", [&](const json &root) {
        const ObjectReader o(root, {}, limits);
        Decision d;
        d.leaseId = o.str("lease_id", Str::Id);
        d.action = *decisionActionFromString(o.oneOf("action", detail::kActions));
        switch (d.action) {
        case DecisionAction::Edit:
            d.editedOutput = o.str("edited_output", Str::Text);
            if (d.editedOutput.empty())
                detail::fail("edited_output", "must not be empty for an edit");
            break;
        case DecisionAction::Escalate: {
            const ObjectReader e = o.object("escalation");
            d.escalationTier = e.oneOf("tier", detail::kEscalationTiers);
            d.escalationReason = e.str("reason", Str::Id);
            break;
        }
        case DecisionAction::Reject:
            d.rejectReason = o.str("reject_reason", Str::Id);
            break;
        case DecisionAction::Approve:
            break;
        }
        d.labels = o.strList("labels", Str::Id);
        if (const json *rubric = o.find("rubric")) {
            const std::string path = o.fieldPath("rubric");
            if (!rubric->is_object())
                detail::fail(path, "expected object, got " + detail::typeName(*rubric));
            for (const auto &[criterion, score] : rubric->items()) {
                if (criterion.empty() || criterion.size() > limits.maxIdLength)
                    detail::fail(path, "criterion name must be 1.." + std::to_string(limits.maxIdLength) + " bytes");
                d.rubric[criterion] = static_cast<int>(detail::checkInteger(score, detail::joinPath(path, criterion), 1, 5));
            }
        }
        d.comment = o.optStr("comment", Str::Text);
        d.timeSpentMs = o.optInteger("time_spent_ms", 0, kMaxInt).value_or(0);
        return d;
    });
}

Decoded<DecisionReceipt> decodeDecisionReceipt(std::string_view body, const DecodeLimits &limits)
{
    return detail::decodeDocument<DecisionReceipt>(body, limits, "decision receipt", [&](const json &root) {
        const ObjectReader o(root, {}, limits);
        return DecisionReceipt{o.str("decision_id", Str::Id), o.str("item_id", Str::Id),
                               o.oneOf("action", detail::kActions), o.time("decided_at"),
                               o.oneOf("item_status", detail::kDecidedStatuses)};
    });
}

} // namespace keel::domain
