#pragma once
// The platform's SLOs, one list for every layer the council watches: inference (availability,
// latency p95/p99 per route), RAG (retrieval latency, empty retrievals), data (index freshness),
// product (hallucination, escalation, time to first value) and review (queue age, time to decision).
#include "synth.h"

#include <domain/slo.h>

#include <optional>
#include <string_view>
#include <vector>

namespace keel::platform {

enum class SliSource {
    Availability,       // ok / all on a route
    Latency,            // latency_ms <= threshold on a route
    Ttft,               // ttft_ms <= threshold on a route
    RetrievalLatency,   // retrieval_ms <= threshold where retrieval ran
    NonEmptyRetrieval,  // at least one chunk retrieved
    Grounded,           // no "ungrounded" flag on answered requests
    NotEscalated,       // answered without being sent to human review
    Freshness,          // knowledge index lag within threshold, one event per 5 minutes
    QueueAge,           // review items decided (or still open) within their queue's SLA
    TimeToDecision,     // decisions made within the queue's SLA
};

struct SloDef {
    domain::Slo slo;
    SliSource source = SliSource::Availability;
    int route = -1; // RouteIndex filter, -1 for all
};

const std::vector<SloDef> &sloCatalog();
const SloDef *findSlo(std::string_view id);
bool isRequestDerived(SliSource source);
// For request-derived SLIs: nullopt when the request is not an event of this SLI.
std::optional<bool> evaluateRequest(const SloDef &def, const SynthRequest &r);

} // namespace keel::platform
