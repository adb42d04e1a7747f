#include "cachewriters.h"

#include "store.h"

#include <domain/codec.h>
#include <domain/requestpagewriter.h>

#include <nlohmann/json.hpp>

namespace keel::store {

namespace {
template <typename T>
std::string jsonText(const T &value)
{
    return nlohmann::json(value).dump();
}
} // namespace

void upsertRequests(Db &db, const std::vector<domain::RequestRecord> &records)
{
    // The hot path of a bulk sync: strings are bound without copies (the records outlive each
    // exec()), and safety_flags is written as JSON text without a DOM.
    Stmt &s = db.prepared(
        "INSERT OR REPLACE INTO requests(id, ts, correlation_id, route, use_case, model, provider, team, "
        "customer_segment, prompt_template, input_tokens, output_tokens, cached_tokens, cost_micros, latency_ms, "
        "ttft_ms, status, error_code, cache_hit, safety_flags, confidence, risk_score, escalated) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23)");
    std::string flags;
    for (const auto &r : records) {
        flags.clear();
        flags += '[';
        for (std::size_t i = 0; i < r.safetyFlags.size(); ++i) {
            if (i)
                flags += ',';
            domain::detail::appendJsonString(flags, r.safetyFlags[i]);
        }
        flags += ']';
        s.bindStatic(1, r.id).bind(2, r.ts).bindStatic(3, r.correlationId).bindStatic(4, r.route)
            .bindStatic(5, r.useCase).bindStatic(6, r.model).bindStatic(7, r.provider).bindStatic(8, r.team)
            .bindStatic(9, r.customerSegment).bindStatic(10, r.promptTemplate)
            .bind(11, r.inputTokens).bind(12, r.outputTokens).bind(13, r.cachedTokens).bind(14, r.costMicros)
            .bind(15, r.latencyMs).bind(16, r.ttftMs).bindStatic(17, r.status).bindStatic(18, r.errorCode)
            .bind(19, r.cacheHit).bindStatic(20, flags).bind(21, r.confidence).bind(22, r.riskScore)
            .bind(23, r.escalated);
        s.exec();
    }
    Store::noteChanged("requests");
}

void upsertSpendRows(Db &db, const std::vector<domain::SpendRow> &rows)
{
    Stmt &s = db.prepared(
        "INSERT OR REPLACE INTO spend_daily(period_start, model, provider, use_case, team, customer_segment, route, "
        "prompt_template, cost_micros, cache_savings_micros, requests, input_tokens, output_tokens, cached_tokens) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)");
    for (const auto &r : rows) {
        s.bind(1, r.periodStart).bind(2, r.model).bind(3, r.provider).bind(4, r.useCase).bind(5, r.team)
            .bind(6, r.customerSegment).bind(7, r.route).bind(8, r.promptTemplate).bind(9, r.costMicros)
            .bind(10, r.cacheSavingsMicros).bind(11, r.requests).bind(12, r.inputTokens).bind(13, r.outputTokens)
            .bind(14, r.cachedTokens);
        s.exec();
    }
    Store::noteChanged("spend_daily");
}

void replaceBudgets(Db &db, const std::vector<domain::Budget> &budgets, bool clearFirst)
{
    if (clearFirst)
        db.exec("DELETE FROM budgets");
    Stmt &s = db.prepared(
        "INSERT OR REPLACE INTO budgets(id, scope_kind, scope_value, period, amount_micros, alert_thresholds) "
        "VALUES(?1,?2,?3,?4,?5,?6)");
    for (const auto &b : budgets) {
        s.bind(1, b.id).bind(2, b.scopeKind).bind(3, b.scopeValue).bind(4, b.period).bind(5, b.amountMicros)
            .bind(6, jsonText(b.alertThresholds));
        s.exec();
    }
    Store::noteChanged("budgets");
}

void replaceSlos(Db &db, const std::vector<domain::Slo> &slos, bool clearFirst)
{
    if (clearFirst)
        db.exec("DELETE FROM slos");
    Stmt &s = db.prepared(
        "INSERT OR REPLACE INTO slos(id, name, layer, sli_kind, objective, window_days, json) VALUES(?1,?2,?3,?4,?5,?6,?7)");
    for (const auto &o : slos) {
        s.bind(1, o.id).bind(2, o.name).bind(3, o.layer).bind(4, o.sliKind).bind(5, o.objective).bind(6, o.windowDays)
            .bind(7, domain::toJson(o).dump());
        s.exec();
    }
    Store::noteChanged("slos");
}

void upsertSloStatus(Db &db, const domain::SloStatus &status, std::int64_t fetchedAtMs)
{
    Stmt &s = db.prepared("INSERT OR REPLACE INTO slo_status(slo_id, json, fetched_at) VALUES(?1,?2,?3)");
    s.bind(1, status.sloId).bind(2, domain::toJson(status).dump()).bind(3, fetchedAtMs);
    s.exec();
    Store::noteChanged("slo_status");
}

void replaceQueues(Db &db, const std::vector<domain::ReviewQueue> &queues, bool clearFirst)
{
    if (clearFirst)
        db.exec("DELETE FROM review_queues");
    Stmt &s = db.prepared(
        "INSERT OR REPLACE INTO review_queues(id, name, risk_tier, sla_minutes, pending, claimed, decided, escalated, "
        "oldest_pending_at) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)");
    for (const auto &q : queues) {
        s.bind(1, q.id).bind(2, q.name).bind(3, q.riskTier).bind(4, q.slaMinutes).bind(5, q.pending).bind(6, q.claimed)
            .bind(7, q.decided).bind(8, q.escalated).bind(9, q.oldestPendingAt);
        s.exec();
    }
    Store::noteChanged("review_queues");
}

void upsertReviewItems(Db &db, const std::vector<domain::ReviewItem> &items)
{
    Stmt &s = db.prepared(
        "INSERT INTO review_items(id, queue, status, request_id, correlation_id, prompt, output, sources, model, "
        "route, use_case, prompt_template, risk_score, confidence, policy_flags, reason_escalated, created_at, "
        "sla_due, lease_holder, lease_expires_at, updated_at) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21) "
        "ON CONFLICT(id) DO UPDATE SET queue=excluded.queue, status=excluded.status, "
        "request_id=excluded.request_id, correlation_id=excluded.correlation_id, "
        "prompt=CASE WHEN purged THEN '' ELSE excluded.prompt END, "
        "output=CASE WHEN purged THEN '' ELSE excluded.output END, "
        "sources=CASE WHEN purged THEN '[]' ELSE excluded.sources END, model=excluded.model, "
        "route=excluded.route, use_case=excluded.use_case, prompt_template=excluded.prompt_template, "
        "risk_score=excluded.risk_score, confidence=excluded.confidence, policy_flags=excluded.policy_flags, "
        "reason_escalated=excluded.reason_escalated, created_at=excluded.created_at, sla_due=excluded.sla_due, "
        "lease_holder=excluded.lease_holder, lease_expires_at=excluded.lease_expires_at, updated_at=excluded.updated_at");
    for (const auto &i : items) {
        nlohmann::json sources = nlohmann::json::array();
        for (const auto &src : i.sources)
            sources.push_back({{"title", src.title}, {"snippet", src.snippet}, {"uri", src.uri}});
        s.bind(1, i.id).bind(2, i.queue).bind(3, i.status).bind(4, i.requestId).bind(5, i.correlationId)
            .bind(6, i.prompt).bind(7, i.output).bind(8, sources.dump()).bind(9, i.model).bind(10, i.route)
            .bind(11, i.useCase).bind(12, i.promptTemplate).bind(13, i.riskScore).bind(14, i.confidence)
            .bind(15, jsonText(i.policyFlags)).bind(16, i.reasonEscalated).bind(17, i.createdAt).bind(18, i.slaDue);
        if (i.lease)
            s.bind(19, i.lease->holder).bind(20, i.lease->expiresAt);
        else
            s.bindNull(19).bindNull(20);
        s.bind(21, i.updatedAt);
        s.exec();
    }
    Store::noteChanged("review_items");
}

SyncState loadSyncState(Db &db, const std::string &resource)
{
    SyncState st;
    st.resource = resource;
    Stmt &s = db.prepared("SELECT cursor, since, last_synced_at, last_error FROM sync_state WHERE resource=?1");
    s.bind(1, resource);
    if (s.step()) {
        if (!s.isNull(0))
            st.cursor = std::string(s.text(0));
        if (!s.isNull(1))
            st.since = std::string(s.text(1));
        st.lastSyncedAt = s.int64(2);
        st.lastError = std::string(s.text(3));
    }
    s.reset();
    return st;
}

void saveSyncState(Db &db, const SyncState &st)
{
    Stmt &s = db.prepared(
        "INSERT OR REPLACE INTO sync_state(resource, cursor, since, last_synced_at, last_error) VALUES(?1,?2,?3,?4,?5)");
    s.bind(1, st.resource).bind(2, st.cursor).bind(3, st.since).bind(4, st.lastSyncedAt).bind(5, st.lastError);
    s.exec();
}

} // namespace keel::store
