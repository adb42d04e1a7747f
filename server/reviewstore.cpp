#include "reviewstore.h"

#include "httperror.h"
#include "platformstate.h"

#include <domain/codec.h>
#include <domain/timeutil.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <random>

namespace keel::platform {
namespace {

using nlohmann::json;

constexpr const char *kItemColumns =
    "id, queue, status, request_id, correlation_id, prompt, output, sources, model, route, use_case, prompt_template, "
    "risk_score, confidence, policy_flags, reason_escalated, created_at, sla_due, lease_id, lease_holder, "
    "lease_expires_at, updated_at";

// Effective status and update time: an expired lease puts the item back to pending at expiry.
constexpr const char *kEffStatus = "(CASE WHEN status = 'claimed' AND lease_expires_at <= ?1 THEN 'pending' ELSE status END)";
constexpr const char *kEffUpdated =
    "(CASE WHEN status = 'claimed' AND lease_expires_at <= ?1 THEN MAX(updated_at, lease_expires_at) ELSE updated_at END)";

std::string randomId(const char *prefix)
{
    thread_local std::mt19937_64 rng{std::random_device{}()};
    char buf[40];
    std::snprintf(buf, sizeof buf, "%s%016llx", prefix, static_cast<unsigned long long>(rng()));
    return buf;
}

domain::ReviewItem readItem(const Stmt &s, std::int64_t now)
{
    domain::ReviewItem it;
    it.id = s.text(0);
    it.queue = s.text(1);
    it.status = s.text(2);
    it.requestId = s.text(3);
    it.correlationId = s.text(4);
    it.prompt = s.text(5);
    it.output = s.text(6);
    const json sources = json::parse(s.view(7), nullptr, false);
    if (sources.is_array())
        for (const auto &src : sources)
            it.sources.push_back({src.value("title", ""), src.value("snippet", ""), src.value("uri", "")});
    it.model = s.text(8);
    it.route = s.text(9);
    it.useCase = s.text(10);
    it.promptTemplate = s.text(11);
    it.riskScore = static_cast<double>(static_cast<std::int64_t>(s.f64(12) * 10000 + 0.5)) / 10000.0;
    it.confidence = static_cast<double>(static_cast<std::int64_t>(s.f64(13) * 10000 + 0.5)) / 10000.0;
    const json flags = json::parse(s.view(14), nullptr, false);
    if (flags.is_array())
        for (const auto &f : flags)
            if (f.is_string())
                it.policyFlags.push_back(f.get<std::string>());
    it.reasonEscalated = s.text(15);
    it.createdAt = s.i64(16);
    it.slaDue = s.i64(17);
    it.updatedAt = s.i64(21);
    if (it.status == "claimed" && !s.isNull(20)) {
        const std::int64_t expires = s.i64(20);
        if (expires > now) {
            it.lease = domain::Lease{s.text(18), it.id, s.text(19), expires};
        } else {
            it.status = "pending";
            it.updatedAt = std::max(it.updatedAt, expires);
        }
    }
    return it;
}

struct LeaseRow {
    std::string status, leaseId, holder;
    std::int64_t expiresAt = 0, claimedAt = 0;
    bool hasLease = false;
};

LeaseRow loadLease(Connection &c, const std::string &itemId)
{
    Stmt s(c.handle(), "SELECT status, lease_id, lease_holder, lease_expires_at, claimed_at FROM review_items WHERE id = ?");
    s.bind(1, itemId);
    if (!s.step())
        throw HttpError(404, "not-found", "Unknown review item", "No review item with id " + itemId.substr(0, 64) + ".");
    LeaseRow r;
    r.status = s.text(0);
    r.hasLease = !s.isNull(1);
    r.leaseId = s.text(1);
    r.holder = s.text(2);
    r.expiresAt = s.isNull(3) ? 0 : s.i64(3);
    r.claimedAt = s.isNull(4) ? 0 : s.i64(4);
    return r;
}

HttpError alreadyDecided(const std::string &itemId, const std::string &status)
{
    return HttpError(409, "already-decided", "Item already decided",
                     "Review item " + itemId + " is " + status + "; it can no longer be claimed or decided.");
}

HttpError heldByOther(const LeaseRow &r)
{
    HttpError e(409, "lease-held", "Item is held by another reviewer",
                r.holder + " holds this item until " + domain::formatRfc3339(r.expiresAt) + ".");
    e.problem.holder = r.holder;
    e.problem.expiresAt = domain::formatRfc3339(r.expiresAt);
    return e;
}

HttpError noLease(const std::string &itemId)
{
    return HttpError(409, "no-lease", "You hold no lease on this item",
                     "Claim review item " + itemId + " (POST …/claim) before renewing, releasing or deciding.");
}

HttpError leaseExpired(const LeaseRow &r)
{
    return HttpError(410, "lease-expired", "Your lease has expired",
                     "The lease ended at " + domain::formatRfc3339(r.expiresAt) + "; claim the item again.");
}

void audit(Connection &c, std::int64_t now, const std::string &actor, const std::string &action,
           const std::string &itemId, const std::string &requestId, const json &detail)
{
    Stmt s(c.handle(), "INSERT INTO audit(ts, actor, action, item_id, request_id, detail) VALUES (?,?,?,?,?,?)");
    s.bind(1, now).bind(2, actor).bind(3, action).bind(4, itemId).bind(5, requestId).bind(6, detail.dump());
    s.run();
}

// Checks the caller holds a live lease (with this id, when given). Throws 409/410 otherwise.
void requireOwnLiveLease(const LeaseRow &r, const std::string &itemId, const std::string &user,
                         const std::string &leaseId, std::int64_t now)
{
    if (r.status == "decided" || r.status == "escalated")
        throw alreadyDecided(itemId, r.status);
    const bool claimed = r.status == "claimed" && r.hasLease;
    const bool live = claimed && r.expiresAt > now;
    if (live && r.holder != user)
        throw heldByOther(r);
    if (!claimed || r.holder != user)
        throw noLease(itemId);
    if (!leaseId.empty() && leaseId != r.leaseId)
        throw HttpError(410, "lease-expired", "That lease is no longer valid",
                        "Lease " + leaseId.substr(0, 64) + " was replaced or has ended; claim the item again.");
    if (!live)
        throw leaseExpired(r);
}

} // namespace

std::optional<domain::ReviewItem> ReviewStore::item(const std::string &id) const
{
    Stmt s(m_state.db.local().handle(), std::string("SELECT ") + kItemColumns + " FROM review_items WHERE id = ?");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readItem(s, m_state.clock.nowMs());
}

domain::Page<domain::ReviewItem> ReviewStore::list(const ItemFilter &f, std::optional<std::pair<std::int64_t, std::string>> &next) const
{
    const std::int64_t now = m_state.clock.nowMs();
    std::string sql = std::string("SELECT ") + kItemColumns + ", " + kEffUpdated + " AS eff_updated FROM review_items WHERE 1";
    if (!f.queue.empty())
        sql += " AND queue = ?2";
    if (!f.status.empty() && f.status != "all")
        sql += std::string(" AND ") + kEffStatus + " = ?3";
    if (f.updatedSince)
        sql += " AND eff_updated >= ?4";
    if (f.after)
        sql += " AND (eff_updated > ?5 OR (eff_updated = ?5 AND id > ?6))";
    sql += " ORDER BY eff_updated, id LIMIT ?7";
    Stmt s(m_state.db.local().handle(), sql);
    s.bind(1, now);
    if (!f.queue.empty())
        s.bind(2, f.queue);
    if (!f.status.empty() && f.status != "all")
        s.bind(3, f.status);
    if (f.updatedSince)
        s.bind(4, *f.updatedSince);
    if (f.after)
        s.bind(5, f.after->first).bind(6, f.after->second);
    s.bind(7, f.limit + 1);
    domain::Page<domain::ReviewItem> page;
    next.reset();
    while (s.step()) {
        if (static_cast<std::int64_t>(page.items.size()) == f.limit) {
            next = std::make_pair(page.items.back().updatedAt, page.items.back().id);
            break;
        }
        page.items.push_back(readItem(s, now));
    }
    return page;
}

std::vector<domain::ReviewQueue> ReviewStore::queues() const
{
    const std::int64_t now = m_state.clock.nowMs();
    Stmt s(m_state.db.local().handle(),
           std::string("SELECT q.id, q.name, q.risk_tier, q.sla_minutes, "
                       "(SELECT COUNT(*) FROM review_items i WHERE i.queue = q.id AND ") + kEffStatus + " = 'pending'), "
           "(SELECT COUNT(*) FROM review_items i WHERE i.queue = q.id AND " + kEffStatus + " = 'claimed'), "
           "(SELECT COUNT(*) FROM review_items i WHERE i.queue = q.id AND status = 'decided'), "
           "(SELECT COUNT(*) FROM review_items i WHERE i.queue = q.id AND status = 'escalated'), "
           "(SELECT MIN(created_at) FROM review_items i WHERE i.queue = q.id AND " + kEffStatus + " = 'pending') "
           "FROM review_queues q ORDER BY q.ord");
    s.bind(1, now);
    std::vector<domain::ReviewQueue> out;
    while (s.step()) {
        domain::ReviewQueue q;
        q.id = s.text(0);
        q.name = s.text(1);
        q.riskTier = s.text(2);
        q.slaMinutes = s.i64(3);
        q.pending = s.i64(4);
        q.claimed = s.i64(5);
        q.decided = s.i64(6);
        q.escalated = s.i64(7);
        if (!s.isNull(8))
            q.oldestPendingAt = s.i64(8);
        out.push_back(std::move(q));
    }
    return out;
}

bool ReviewStore::queueExists(const std::string &id) const
{
    Stmt s(m_state.db.local().handle(), "SELECT 1 FROM review_queues WHERE id = ?");
    s.bind(1, id);
    return s.step();
}

domain::Lease ReviewStore::claim(const std::string &itemId, const std::string &user, const std::string &requestId)
{
    Connection &c = m_state.db.local();
    Transaction tx(c);
    const std::int64_t now = m_state.clock.nowMs();
    const LeaseRow r = loadLease(c, itemId);
    if (r.status == "decided" || r.status == "escalated")
        throw alreadyDecided(itemId, r.status);
    const bool live = r.status == "claimed" && r.hasLease && r.expiresAt > now;
    if (live && r.holder != user)
        throw heldByOther(r);
    domain::Lease lease;
    lease.itemId = itemId;
    lease.holder = user;
    lease.expiresAt = now + m_state.leaseSeconds * 1000;
    // A re-claim by the holder extends the same lease instead of minting a second one.
    lease.leaseId = live ? r.leaseId : randomId("ls_");
    const std::int64_t claimedAt = live ? r.claimedAt : now;
    Stmt u(c.handle(), "UPDATE review_items SET status = 'claimed', lease_id = ?, lease_holder = ?, lease_expires_at = ?, "
                       "claimed_at = ?, updated_at = ? WHERE id = ?");
    u.bind(1, lease.leaseId).bind(2, user).bind(3, lease.expiresAt).bind(4, claimedAt).bind(5, now).bind(6, itemId).run();
    audit(c, now, user, live ? "claim.extend" : "claim", itemId, requestId, {{"lease_id", lease.leaseId}});
    tx.commit();
    return lease;
}

domain::Lease ReviewStore::renew(const std::string &itemId, const std::string &user, const std::string &leaseId,
                                 const std::string &requestId)
{
    Connection &c = m_state.db.local();
    Transaction tx(c);
    const std::int64_t now = m_state.clock.nowMs();
    const LeaseRow r = loadLease(c, itemId);
    requireOwnLiveLease(r, itemId, user, leaseId, now);
    const domain::Lease lease{r.leaseId, itemId, user, now + m_state.leaseSeconds * 1000};
    Stmt u(c.handle(), "UPDATE review_items SET lease_expires_at = ? WHERE id = ?");
    u.bind(1, lease.expiresAt).bind(2, itemId).run();
    audit(c, now, user, "lease.renew", itemId, requestId, {{"lease_id", lease.leaseId}});
    tx.commit();
    return lease;
}

void ReviewStore::release(const std::string &itemId, const std::string &user, const std::string &leaseId,
                          const std::string &requestId)
{
    Connection &c = m_state.db.local();
    Transaction tx(c);
    const std::int64_t now = m_state.clock.nowMs();
    const LeaseRow r = loadLease(c, itemId);
    if (r.status == "decided" || r.status == "escalated")
        throw alreadyDecided(itemId, r.status);
    const bool claimed = r.status == "claimed" && r.hasLease;
    if (claimed && r.holder != user && r.expiresAt > now)
        throw heldByOther(r);
    if (!claimed || r.holder != user)
        throw noLease(itemId);
    if (!leaseId.empty() && leaseId != r.leaseId)
        throw noLease(itemId);
    Stmt u(c.handle(), "UPDATE review_items SET status = 'pending', lease_id = NULL, lease_holder = NULL, "
                       "lease_expires_at = NULL, claimed_at = NULL, updated_at = ? WHERE id = ?");
    u.bind(1, now).bind(2, itemId).run();
    audit(c, now, user, "lease.release", itemId, requestId, {{"lease_id", r.leaseId}});
    tx.commit();
}

StoredResponse ReviewStore::decide(const std::string &itemId, const std::string &user, const std::string &key,
                                   const std::string &canonicalBody, const domain::Decision &d, const std::string &requestId)
{
    Connection &c = m_state.db.local();
    Transaction tx(c);
    {
        Stmt s(c.handle(), "SELECT item_id, body, status, response FROM idempotency WHERE user = ? AND key = ?");
        s.bind(1, user).bind(2, key);
        if (s.step()) {
            if (s.text(0) != itemId || s.text(1) != canonicalBody)
                throw HttpError(422, "idempotency-key-reused", "Idempotency-Key already used for a different request",
                                "This Idempotency-Key was first used with another item or body; use a new key for a new decision.",
                                {{"Idempotency-Key", "already used with a different body"}});
            return {static_cast<int>(s.i64(2)), s.text(3), true};
        }
    }
    const std::int64_t now = m_state.clock.nowMs();
    const LeaseRow r = loadLease(c, itemId);
    requireOwnLiveLease(r, itemId, user, d.leaseId, now);

    const auto it = item(itemId); // same thread, same connection: sees this transaction
    domain::FeedbackRecord fb;
    fb.decisionId = randomId("dc_");
    fb.itemId = itemId;
    fb.requestId = it->requestId;
    fb.correlationId = it->correlationId;
    fb.queue = it->queue;
    fb.reviewer = user;
    fb.action = std::string(domain::toString(d.action));
    fb.originalOutput = it->output;
    fb.editedOutput = d.editedOutput;
    fb.escalationTier = d.escalationTier;
    fb.escalationReason = d.escalationReason;
    fb.rejectReason = d.rejectReason;
    fb.labels = d.labels;
    fb.rubric = d.rubric;
    fb.comment = d.comment;
    fb.claimedAt = r.claimedAt;
    fb.decidedAt = now;
    fb.timeSpentMs = d.timeSpentMs;
    fb.idempotencyKey = key;
    const std::string newStatus = d.action == domain::DecisionAction::Escalate ? "escalated" : "decided";

    Stmt u(c.handle(), "UPDATE review_items SET status = ?, lease_id = NULL, lease_holder = NULL, lease_expires_at = NULL, "
                       "updated_at = ? WHERE id = ?");
    u.bind(1, newStatus).bind(2, now).bind(3, itemId).run();
    Stmt ins(c.handle(), "INSERT INTO decisions(decision_id, item_id, reviewer, action, claimed_at, decided_at, record) "
                         "VALUES (?,?,?,?,?,?,?)");
    ins.bind(1, fb.decisionId).bind(2, itemId).bind(3, user).bind(4, fb.action).bind(5, fb.claimedAt).bind(6, now)
        .bind(7, domain::toJson(fb).dump()).run();
    const domain::DecisionReceipt receipt{fb.decisionId, itemId, fb.action, now, newStatus};
    StoredResponse out{201, domain::toJson(receipt).dump(), false};
    Stmt idem(c.handle(), "INSERT INTO idempotency(user, key, item_id, body, status, response, created_at) VALUES (?,?,?,?,?,?,?)");
    idem.bind(1, user).bind(2, key).bind(3, itemId).bind(4, canonicalBody).bind(5, out.status).bind(6, out.body)
        .bind(7, now).run();
    audit(c, now, user, "decision", itemId, requestId,
          {{"decision_id", fb.decisionId}, {"action", fb.action}, {"lease_id", r.leaseId}, {"idempotency_key", key}});
    tx.commit();
    return out;
}

std::string ReviewStore::feedbackSince(std::int64_t sinceMs, std::int64_t limit,
                                       const std::optional<std::pair<std::int64_t, std::int64_t>> &after,
                                       std::int64_t &lines, std::pair<std::int64_t, std::int64_t> &last) const
{
    // Ordered by (decided_at, seq): a cursor resumes strictly after the last line sent, so more
    // decisions in one millisecond than a page holds are paged through, never served again.
    Stmt s(m_state.db.local().handle(),
           "SELECT record, decided_at, seq FROM decisions WHERE decided_at >= ?1 "
           "AND (?2 IS NULL OR decided_at > ?2 OR (decided_at = ?2 AND seq > ?3)) ORDER BY decided_at, seq LIMIT ?4");
    s.bind(1, sinceMs);
    if (after)
        s.bind(2, after->first).bind(3, after->second);
    s.bind(4, limit);
    std::string out;
    lines = 0;
    while (s.step()) {
        out += s.view(0);
        out += '\n';
        last = {s.i64(1), s.i64(2)};
        ++lines;
    }
    return out;
}

} // namespace keel::platform
