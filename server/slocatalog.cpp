#include "slocatalog.h"

#include "catalog.h"

#include <string>

namespace keel::platform {
namespace {

SloDef make(std::string id, std::string name, std::string layer, std::string description, std::string sli,
            std::string kind, double objective, std::optional<std::int64_t> threshold, SliSource source,
            int route = -1)
{
    SloDef d;
    d.slo.id = std::move(id);
    d.slo.name = std::move(name);
    d.slo.layer = std::move(layer);
    d.slo.description = std::move(description);
    d.slo.sli = std::move(sli);
    d.slo.sliKind = std::move(kind);
    d.slo.objective = objective;
    d.slo.windowDays = 30;
    d.slo.thresholdMs = threshold;
    d.slo.route = route >= 0 ? std::string(kRoutes[static_cast<std::size_t>(route)]) : std::string();
    d.source = source;
    d.route = route;
    return d;
}

std::vector<SloDef> buildCatalog()
{
    struct RouteTargets { int route; const char *slug; double availability; std::int64_t p95; std::int64_t p99; };
    static constexpr RouteTargets targets[] = {
        // Calibrated on healthy traffic: a p95 objective's threshold sits near the healthy p99 and
        // a p99 objective's near the healthy p99.8, so a normal month uses about a fifth of each
        // budget and only an incident burns a visible share. o1 (a few % of chat and claims
        // triage) makes those tails long.
        {Chat, "chat", 0.99, 35000, 50000},
        {Search, "search", 0.99, 4000, 5500},
        {ClaimsTriageRoute, "claims-triage", 0.98, 55000, 75000},
        {Summarize, "summarize", 0.99, 16500, 22000},
        {EmbedRoute, "embed", 0.99, 140, 180},
    };
    std::vector<SloDef> out;
    for (const auto &t : targets) {
        const std::string route(kRoutes[static_cast<std::size_t>(t.route)]);
        const std::string slug(t.slug);
        out.push_back(make(slug + "-availability", route + " availability", "inference",
                           "Share of " + route + " requests answered without an error.",
                           "requests with status ok / all requests", "availability", t.availability,
                           std::nullopt, SliSource::Availability, t.route));
        out.push_back(make(slug + "-latency-p95", route + " latency p95", "inference",
                           "95% of " + route + " requests complete within " + std::to_string(t.p95) + " ms.",
                           "requests with latency_ms <= threshold / all requests", "latency", 0.95, t.p95,
                           SliSource::Latency, t.route));
        out.push_back(make(slug + "-latency-p99", route + " latency p99", "inference",
                           "99% of " + route + " requests complete within " + std::to_string(t.p99) + " ms.",
                           "requests with latency_ms <= threshold / all requests", "latency", 0.99, t.p99,
                           SliSource::Latency, t.route));
    }
    out.push_back(make("rag-retrieval-latency", "RAG retrieval latency", "rag",
                       "99% of knowledge-index retrievals finish within 300 ms.",
                       "retrievals with duration <= 300 ms / all retrievals", "latency", 0.99, 300,
                       SliSource::RetrievalLatency));
    out.push_back(make("rag-empty-retrieval", "RAG non-empty retrieval", "rag",
                       "98% of retrievals return at least one chunk.",
                       "retrievals with >= 1 chunk / all retrievals", "ratio", 0.98, std::nullopt,
                       SliSource::NonEmptyRetrieval));
    out.push_back(make("data-freshness", "Knowledge index freshness", "data",
                       "The knowledge index lags its sources by at most 15 minutes, 99% of the time.",
                       "5-minute intervals with index lag <= 15 min / all intervals", "freshness", 0.99,
                       15 * 60'000, SliSource::Freshness));
    out.push_back(make("hallucination-rate", "Grounded answers", "product",
                       "At most 3% of answers are flagged ungrounded by the groundedness check.",
                       "answers without the ungrounded flag / all answers", "ratio", 0.97, std::nullopt,
                       SliSource::Grounded));
    out.push_back(make("escalation-rate", "Escalation rate", "product",
                       "At most 3% of answers need human review.",
                       "answers not escalated / all answers", "ratio", 0.97, std::nullopt,
                       SliSource::NotEscalated));
    out.push_back(make("time-to-first-value", "Time to first value (/chat)", "product",
                       "95% of chat answers start streaming within 2500 ms.",
                       "chat requests with ttft_ms <= 2500 / all chat requests", "latency", 0.95, 2500,
                       SliSource::Ttft, Chat));
    out.push_back(make("review-queue-age", "Review queue age", "review",
                       "90% of review items are decided before their queue's SLA runs out.",
                       "items decided, or still open, within the queue SLA / all items", "ratio", 0.90,
                       std::nullopt, SliSource::QueueAge));
    out.push_back(make("review-time-to-decision", "Review time to decision", "review",
                       "95% of decisions are made within the queue's SLA after the item was created.",
                       "decisions within SLA / all decisions", "ratio", 0.95, std::nullopt,
                       SliSource::TimeToDecision));
    return out;
}

} // namespace

const std::vector<SloDef> &sloCatalog()
{
    static const std::vector<SloDef> catalog = buildCatalog();
    return catalog;
}

const SloDef *findSlo(std::string_view id)
{
    for (const auto &d : sloCatalog())
        if (d.slo.id == id)
            return &d;
    return nullptr;
}

bool isRequestDerived(SliSource source)
{
    return source != SliSource::Freshness && source != SliSource::QueueAge && source != SliSource::TimeToDecision;
}

std::optional<bool> evaluateRequest(const SloDef &def, const SynthRequest &r)
{
    if (def.route >= 0 && r.route != def.route)
        return std::nullopt;
    const std::int64_t threshold = def.slo.thresholdMs.value_or(0);
    switch (def.source) {
    case SliSource::Availability: return r.ok();
    case SliSource::Latency: return r.latencyMs <= threshold;
    case SliSource::Ttft: return r.ttftMs <= threshold;
    case SliSource::RetrievalLatency:
        if (r.retrievalMs <= 0)
            return std::nullopt;
        return r.retrievalMs <= threshold;
    case SliSource::NonEmptyRetrieval:
        if (r.retrievalMs <= 0 || !r.ok())
            return std::nullopt;
        return r.retrievedChunks > 0;
    case SliSource::Grounded:
        if (!r.ok() || r.route == EmbedRoute)
            return std::nullopt;
        return (r.safetyBits & FlagUngrounded) == 0;
    case SliSource::NotEscalated:
        if (!r.ok() || r.route == EmbedRoute)
            return std::nullopt;
        return !r.escalated;
    default: return std::nullopt;
    }
}

} // namespace keel::platform
