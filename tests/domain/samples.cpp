#include "samples.h"

#include <limits>

namespace keel::test {
using namespace keel::domain;

namespace {
UnixMs at(const char *rfc3339) { return *parseRfc3339(rfc3339); }
} // namespace

RequestRecord sampleRequest(int n)
{
    RequestRecord r;
    r.id = "rq_00000000" + std::to_string(1000 + n);
    r.ts = at("2026-11-19T14:03:27.412Z") + n * 1000;
    r.correlationId = "9f2e4b7a1c3d5e6f8a9b0c1d2e3f4a5b";
    r.route = "/claims/triage";
    r.useCase = "claims_triage";
    r.model = "claude-3-5-sonnet";
    r.provider = "anthropic";
    r.team = "claims-ops";
    r.customerSegment = "enterprise";
    r.promptTemplate = "claims-triage@v7";
    r.inputTokens = 1843;
    r.outputTokens = 412;
    r.cachedTokens = 1024;
    r.costMicros = 11709;
    r.latencyMs = 3120;
    r.ttftMs = 640;
    r.status = "ok";
    r.cacheHit = false;
    r.safetyFlags = {"pii"};
    r.confidence = 0.62;
    r.riskScore = 0.81;
    r.escalated = true;
    return r;
}

ReviewItem sampleItem()
{
    ReviewItem it;
    it.id = "it_000123";
    it.queue = "claims-high-risk";
    it.status = "pending";
    it.requestId = "rq_000000001000";
    it.correlationId = "9f2e4b7a1c3d5e6f8a9b0c1d2e3f4a5b";
    it.prompt = "Policy 44-1183: water damage in kitchen, claimant says <b>urgent</b>. Approve payout?";
    it.sources = {{"Homeowner policy HO-3, section I.A", "Sudden and accidental discharge of water…",
                   "kb://policies/ho-3#section-1a"}};
    it.output = "<script>alert(1)</script> Recommend approval of $4,200 under coverage A.\nNo fraud signals.";
    it.model = "claude-3-5-sonnet";
    it.route = "/claims/triage";
    it.useCase = "claims_triage";
    it.promptTemplate = "claims-triage@v7";
    it.riskScore = 0.81;
    it.confidence = 0.62;
    it.policyFlags = {"pii", "financial_advice"};
    it.reasonEscalated = "risk_score >= 0.8";
    it.createdAt = at("2026-11-19T14:03:31.000Z");
    it.slaDue = at("2026-11-19T18:03:31.000Z");
    it.updatedAt = at("2026-11-19T14:03:31.000Z");
    return it;
}

std::vector<Sample> samples()
{
    std::vector<Sample> out;
    auto add = [&](std::string name, std::string kind, nlohmann::json j) {
        out.push_back({std::move(name), std::move(kind), std::move(j)});
    };

    add("whoami", "whoami", toJson(Identity{"reviewer-1", "Riley Reviewer", {"reviewer"}, "1.0"}));
    add("whoami many roles", "whoami", toJson(Identity{"admin", "Ada Admin", {"admin", "council", "finops"}, "1.12"}));

    add("problem plain", "problem", toJson(Problem{"https://keel.dev/problems/unauthorized", "Missing or invalid bearer token",
                                                   401, "Send Authorization: Bearer <token>.", "/v1/whoami", {}, {}, {}}));
    add("problem 422 errors", "problem", toJson(Problem{"https://keel.dev/problems/invalid-body", "Invalid decision", 422,
                                                        "action: unknown value", "/v1/review/items/it_1/decision",
                                                        {{"action", "unknown value \"maybe\""}, {"escalation.tier", "missing"}}, {}, {}}));
    add("problem 409 holder", "problem", toJson(Problem{"https://keel.dev/problems/lease-held", "Item is held by another reviewer",
                                                        409, "reviewer-2 holds it until 2026-11-26T18:40:00.000Z",
                                                        "/v1/review/items/it_42/claim", {}, "reviewer-2", "2026-11-26T18:40:00.000Z"}));

    Page<RequestRecord> requests;
    for (int i = 0; i < 3; ++i)
        requests.items.push_back(sampleRequest(i));
    requests.items[1].status = "error";
    requests.items[1].errorCode = "upstream_timeout";
    requests.items[1].safetyFlags.clear();
    requests.items[1].costMicros = std::numeric_limits<Micros>::max();
    requests.items[2].route = "/chat";
    requests.items[2].confidence = 1;
    requests.items[2].riskScore = 0;
    requests.items[2].cacheHit = true;
    requests.items[2].model = "gpt-4o-mini \xE2\x9C\x93"; // non-ASCII survives
    requests.nextCursor = "eyJ0cyI6MTc2MzU2MDYwOTQxMiwiaWQiOiJycV8wMDEwMDIifQ";
    add("requests page", "requests", pageToJson(requests));
    add("requests last page", "requests", pageToJson(Page<RequestRecord>{{sampleRequest(9)}, std::nullopt}));
    add("requests empty page", "requests", pageToJson(Page<RequestRecord>{}));

    Trace t;
    t.correlationId = "9f2e4b7a1c3d5e6f8a9b0c1d2e3f4a5b";
    t.request = sampleRequest();
    t.spans = {{"s1", "", "edge", "server", t.request.ts, 3120, "ok", {{"http.route", "/claims/triage"}}},
               {"s2", "s1", "retrieval", "client", t.request.ts + 12, 180, "ok", {{"k", "8"}}},
               {"s3", "s1", "llm.generate", "client", t.request.ts + 240, 2800, "ok", {}}};
    t.promptTemplate = "claims-triage@v7";
    t.chunks = {{"ch_1", "doc_ho3", 0.83, "Sudden and accidental discharge…"}};
    t.documents = {{"doc_ho3", "Homeowner policy HO-3", "kb://policies/ho-3", "2026-09"}};
    add("trace not reviewed", "trace", toJson(t));
    t.reviewItemId = "it_000123";
    add("trace escalated, undecided", "trace", toJson(t));
    t.reviewAction = "approve";
    add("trace decided", "trace", toJson(t));

    SeriesResponse s{"latency_p95_ms", "ms", 3600, at("2026-11-19T00:00:00Z"), at("2026-11-19T03:00:00Z"), {}};
    s.series.push_back({{{"route", "/chat"}},
                        {{at("2026-11-19T00:00:00Z"), 812.5}, {at("2026-11-19T01:00:00Z"), std::nullopt},
                         {at("2026-11-19T02:00:00Z"), 1903.25}}});
    add("series", "series", toJson(s));

    Page<SpendRow> spend;
    spend.items.push_back({at("2026-11-18T00:00:00Z"), "day", "gpt-4o-mini", "openai", "customer_search", "", "", "/search",
                           "search-answer@v3", 48123456, 3012345, 18211, 9300123, 2100456, 3100000});
    spend.items.push_back({at("2026-11-18T00:00:00Z"), "day", "", "", "", "claims-ops", "enterprise", "", "", 0, 0, 0, 0, 0, 0});
    nlohmann::json spendJson = pageToJson(spend);
    spendJson["currency"] = "USD";
    add("spend page", "spend", spendJson);

    add("budgets", "budgets", pageToJson(Page<Budget>{{{"b_claims_monthly", "team", "claims-ops", "month", 25000 * kMicrosPerDollar, {0.5, 0.8, 1.0}},
                                                       {"b_gpt4o", "model", "gpt-4o", "month", 120000 * kMicrosPerDollar, {}}}, std::nullopt}));

    Page<Slo> slos;
    slos.items.push_back({"chat-latency-p95", "Chat p95 latency", "inference", "95th percentile latency of /chat",
                          "requests to /chat answered within 2500 ms / all requests to /chat", "latency", 0.95, 30, 2500, "/chat"});
    slos.items.push_back({"gateway-availability", "Gateway availability", "inference", "",
                          "non-5xx responses / all responses", "availability", 0.999, 30, std::nullopt, ""});
    add("slos", "slos", pageToJson(slos));

    SloStatus st;
    st.sloId = "gateway-availability";
    st.window = "30d";
    st.asOf = at("2026-11-26T18:00:00Z");
    st.goodEvents = 1194512;
    st.totalEvents = 1195870;
    st.attainment = 0.998864;
    st.errorBudgetRemaining = -0.136;
    st.burnRates = {{"5m", 0.4, true}, {"1h", 14.2, true}, {"6h", 0, false}};
    st.alert = "page";
    st.budgetBurndown = {{at("2026-11-26T16:00:00Z"), 0.02}, {at("2026-11-26T17:00:00Z"), -0.136}};
    add("slo status", "slo_status", toJson(st));

    add("queues", "queues", pageToJson(Page<ReviewQueue>{{{"claims-high-risk", "Claims — high risk", "high", 240, 31, 4, 207, 12, at("2026-11-26T09:12:44Z")},
                                                          {"search-low-confidence", "Search — low confidence", "low", 1440, 0, 0, 88, 1, std::nullopt}}, std::nullopt}));

    ReviewItem item = sampleItem();
    add("item", "item", toJson(item));
    ReviewItem held = item;
    held.status = "claimed";
    held.lease = Lease{"ls_7f3a", "it_000123", "reviewer-2", at("2026-11-26T18:40:00Z")};
    add("item with lease", "item", toJson(held));
    add("items page", "items", pageToJson(Page<ReviewItem>{{item, held}, "c2"}));

    add("lease", "lease", toJson(Lease{"ls_7f3a", "it_000123", "reviewer-1", at("2026-11-26T18:45:00.250Z")}));

    Decision d;
    d.leaseId = "ls_7f3a";
    d.labels = {"correct", "well_sourced"};
    d.rubric = {{"accuracy", 5}, {"tone", 4}};
    d.comment = "Matches policy.";
    d.timeSpentMs = 48210;
    add("decision approve", "decision", toJson(d));
    d.action = DecisionAction::Edit;
    d.editedOutput = "Recommend approval of $4,200 under coverage A.";
    add("decision edit", "decision", toJson(d));
    d.action = DecisionAction::Escalate;
    d.escalationTier = "legal";
    d.escalationReason = "coverage_dispute";
    add("decision escalate", "decision", toJson(d));
    d.action = DecisionAction::Reject;
    d.rejectReason = "hallucinated_policy";
    d.rubric.clear();
    d.labels.clear();
    add("decision reject minimal", "decision", toJson(d));

    add("receipt", "receipt", toJson(DecisionReceipt{"dc_000042", "it_000123", "escalate", at("2026-11-26T18:41:07.031Z"), "escalated"}));

    FeedbackRecord f{"dc_000042", "it_000123", "rq_000000001000", "9f2e4b7a1c3d5e6f8a9b0c1d2e3f4a5b", "claims-high-risk",
                     "reviewer-1", "edit", item.output, "Recommend approval of $4,200 under coverage A.", "", "", "",
                     {"edited_for_safety"}, {{"accuracy", 4}}, "", at("2026-11-26T18:35:00Z"), at("2026-11-26T18:41:07.031Z"),
                     367031, "5f0e3c1e-2b7d-4c55-9a4e-0d3b1f1f7a10"};
    add("feedback edit", "feedback", toJson(f));
    f.action = "escalate";
    f.escalationTier = "safety";
    f.escalationReason = "self_harm";
    add("feedback escalate", "feedback", toJson(f));
    return out;
}

} // namespace keel::test
