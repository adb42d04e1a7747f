#include "synth.h"

#include "catalog.h"
#include "rng.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace keel::platform {
namespace {

constexpr std::array<double, UseCaseCount> kUseCaseMix{0.30, 0.30, 0.10, 0.12, 0.18};

// Model mix per use case: small cheap models carry most traffic.
std::array<double, ModelCount> modelMix(int useCase, int route)
{
    if (route == EmbedRoute)
        return {0, 0, 0, 0, 0, 0, 1};
    switch (useCase) {
    case KnowledgeAssistant: return {50, 0, 20, 15, 10, 5, 0};
    case CustomerSearch: return {40, 10, 50, 0, 0, 0, 0};
    case ClaimsTriage: return {10, 0, 0, 40, 40, 10, 0};
    case DocSummarization: return {40, 40, 0, 0, 20, 0, 0};
    default: return {30, 45, 0, 5, 20, 0, 0}; // support copilot
    }
}

std::array<double, kTeams.size()> teamMix(int useCase)
{
    switch (useCase) {
    case KnowledgeAssistant: return {40, 45, 0, 0, 0, 0, 0, 15};
    case CustomerSearch: return {0, 0, 100, 0, 0, 0, 0, 0};
    case ClaimsTriage: return {0, 0, 0, 85, 0, 15, 0, 0};
    case DocSummarization: return {0, 0, 0, 0, 55, 45, 0, 0};
    default: return {0, 0, 10, 0, 0, 0, 90, 0};
    }
}

std::array<double, kSegments.size()> segmentMix(int useCase)
{
    switch (useCase) {
    case KnowledgeAssistant: return {0, 0, 1, 0};
    case CustomerSearch: return {45, 40, 0, 15};
    case ClaimsTriage: return {60, 40, 0, 0};
    case DocSummarization: return {50, 0, 50, 0};
    default: return {50, 35, 0, 15};
    }
}

struct Shape { double inputMedian, outputMedian, cacheHitRate, ungroundedRate, baseRisk; };
Shape shapeOf(int useCase, int route)
{
    if (route == EmbedRoute)
        return {40, 0, 0, 0, 0.02};
    switch (useCase) {
    case KnowledgeAssistant: return {1400, 320, 0.12, 0.012, 0.10};
    case CustomerSearch: return {700, 160, 0.22, 0.008, 0.15};
    case ClaimsTriage: return {2600, 380, 0.02, 0.006, 0.35};
    case DocSummarization: return {5500, 450, 0.03, 0.008, 0.12};
    default: return {1600, 260, 0.15, 0.010, 0.20};
    }
}

SynthRequest synthesize(Rng &rng, const Scenario &sc, std::int64_t ts)
{
    SynthRequest r;
    r.ts = ts;
    r.useCase = static_cast<std::uint8_t>(rng.pick(kUseCaseMix));
    switch (r.useCase) {
    case KnowledgeAssistant:
    case SupportCopilot: r.route = Chat; break;
    case CustomerSearch: r.route = rng.chance(0.35) ? EmbedRoute : Search; break;
    case ClaimsTriage: r.route = ClaimsTriageRoute; break;
    default: r.route = Summarize; break;
    }
    r.model = static_cast<std::uint8_t>(rng.pick(modelMix(r.useCase, r.route)));
    r.team = static_cast<std::uint8_t>(rng.pick(teamMix(r.useCase)));
    r.segment = static_cast<std::uint8_t>(rng.pick(segmentMix(r.useCase)));
    r.templateVersion = static_cast<std::uint8_t>(r.useCase == ClaimsTriage ? sc.claimsTemplateVersion(ts) : 3);

    const ModelInfo &m = kModels[r.model];
    const Shape shape = shapeOf(r.useCase, r.route);
    const bool incident = r.route == sc.incidentRoute && sc.inIncident(ts);

    double input = rng.logNormal(shape.inputMedian, 0.5);
    if (r.useCase == ClaimsTriage && r.templateVersion == 8)
        input *= 4.0; // v8 inlines the whole policy document into every prompt
    double output = shape.outputMedian > 0 ? rng.logNormal(shape.outputMedian, 0.45) : 0;
    if (r.model == O1)
        output *= 3.0; // reasoning tokens are billed as output
    r.inputTokens = std::max(1, static_cast<int>(input));
    r.outputTokens = static_cast<int>(output);
    const bool cachedPrefix = rng.chance(0.35);
    const double cachedShare = rng.uniform(0.4, 0.8);
    // v8 rewrote the prompt's prefix, so the provider's prompt cache misses as well.
    if (m.provider != "self_hosted" && r.route != EmbedRoute && cachedPrefix && r.templateVersion != 8)
        r.cachedTokens = static_cast<int>(r.inputTokens * cachedShare);

    // Retrieval for RAG routes.
    if (routeHasRetrieval(static_cast<RouteIndex>(r.route))) {
        double retrieval = rng.logNormal(80, 0.4);
        if (incident)
            retrieval *= rng.uniform(3.0, 6.0);
        r.retrievalMs = static_cast<int>(retrieval) + 5;
        r.retrievedChunks = rng.chance(0.006) ? 0 : static_cast<int>(3 + rng.below(6));
    }

    // Errors: a healthy platform's background rate (about 0.15%, o1 a little flakier) keeps the
    // availability SLOs well inside 99%; the incident's 35% burns a visible share of /search's budget.
    double errorRate = 0.0015 + (r.model == O1 ? 0.004 : 0.0);
    if (incident)
        errorRate = 0.35;
    if (rng.chance(errorRate)) {
        static constexpr std::array<double, kErrorCodes.size()> normal{30, 30, 15, 20, 5};
        static constexpr std::array<double, kErrorCodes.size()> outage{40, 0, 0, 60, 0};
        r.errorCode = static_cast<std::uint8_t>(rng.pick(incident ? outage : normal));
    }

    r.cacheHit = r.ok() && rng.chance(shape.cacheHitRate);
    const double load = sc.loadFactor(ts);
    if (r.cacheHit) {
        r.ttftMs = static_cast<int>(rng.logNormal(30, 0.4)) + 3;
        r.latencyMs = r.ttftMs + static_cast<int>(rng.uniform(2, 25));
    } else {
        double ttft = m.latencyMedianMs * rng.logNormal(1.0, 0.35) * load * (r.inputTokens > 4000 ? 1.4 : 1.0);
        if (incident)
            ttft *= rng.uniform(3.0, 6.0);
        double gen = r.outputTokens * m.msPerOutputToken * rng.uniform(0.8, 1.2);
        r.ttftMs = static_cast<int>(ttft + r.retrievalMs) + 10;
        r.latencyMs = static_cast<int>(r.ttftMs + gen) + 5;
    }
    if (!r.ok()) {
        const std::string_view code = kErrorCodes[r.errorCode];
        r.outputTokens = 0;
        if (code == "upstream_timeout") {
            r.latencyMs = r.ttftMs = 30000;
        } else if (code == "rate_limited") {
            // Refused at the provider's door: fast, nothing consumed.
            r.latencyMs = r.ttftMs = static_cast<int>(rng.uniform(15, 80));
            r.inputTokens = 0;
            r.cachedTokens = 0;
        }
        r.cachedTokens = std::min(r.cachedTokens, r.inputTokens);
    }

    const std::int64_t fullCost = requestCostMicros(r.model, r.inputTokens, r.cachedTokens, r.outputTokens);
    if (r.cacheHit) {
        // Answered from the semantic cache: no provider call, so nothing billed.
        r.cacheSavingsMicros = fullCost;
        r.inputTokens = r.outputTokens = r.cachedTokens = 0;
    } else {
        r.costMicros = fullCost;
    }

    // Safety and quality signals.
    if (r.ok() && r.route != EmbedRoute) {
        if (rng.chance(r.useCase == ClaimsTriage ? 0.04 : 0.012))
            r.safetyBits |= FlagPii;
        if (rng.chance(r.useCase == SupportCopilot || r.useCase == CustomerSearch ? 0.006 : 0.002))
            r.safetyBits |= FlagJailbreak;
        if (rng.chance(0.002))
            r.safetyBits |= FlagToxicity;
        if (rng.chance(shape.ungroundedRate * (r.retrievedChunks == 0 && r.retrievalMs > 0 ? 8 : 1)))
            r.safetyBits |= FlagUngrounded;
        if (r.useCase == CustomerSearch && rng.chance(0.005))
            r.safetyBits |= FlagOffTopic;
    }
    double confidence = r.route == EmbedRoute ? 1.0 : 0.97 - std::abs(rng.normal()) * 0.14;
    if (r.safetyBits & FlagUngrounded)
        confidence *= 0.55;
    if (r.retrievalMs > 0 && r.retrievedChunks == 0)
        confidence *= 0.7;
    r.confidence = static_cast<float>(std::clamp(confidence, 0.02, 0.995));
    double risk = shape.baseRisk + rng.normal() * 0.08;
    if (r.safetyBits & FlagPii) risk += 0.35;
    if (r.safetyBits & FlagJailbreak) risk += 0.6;
    if (r.safetyBits & FlagToxicity) risk += 0.5;
    if (r.safetyBits & FlagUngrounded) risk += 0.25;
    if (r.useCase == ClaimsTriage && rng.chance(0.05)) risk += 0.45; // large or unusual claims
    r.riskScore = static_cast<float>(std::clamp(risk, 0.0, 1.0));
    const bool severe = (r.safetyBits & (FlagJailbreak | FlagToxicity)) != 0;
    r.escalated = r.ok() && r.route != EmbedRoute
        && (severe || ((r.riskScore >= 0.75 || r.confidence < 0.45) && rng.chance(0.6)));
    return r;
}

} // namespace

std::int64_t requestCostMicros(int model, std::int64_t input, std::int64_t cached, std::int64_t output)
{
    const ModelInfo &m = kModels[static_cast<std::size_t>(model)];
    const std::int64_t fresh = std::max<std::int64_t>(0, input - cached);
    const std::int64_t scaled = fresh * m.inputMicrosPerMTok + cached * m.cachedMicrosPerMTok + output * m.outputMicrosPerMTok;
    return (scaled + 500'000) / 1'000'000;
}

std::string promptTemplateOf(const SynthRequest &r)
{
    return std::string(templateName(static_cast<UseCaseIndex>(r.useCase))) + "@v" + std::to_string(r.templateVersion);
}

std::vector<SynthRequest> synthesizeHour(const Scenario &scenario, std::int64_t hourStartMs)
{
    Rng rng(mix(scenario.config.seed, static_cast<std::uint64_t>(hourStartMs / kHourMs)));
    const std::int64_t n = scenario.requestsInHour(hourStartMs);
    std::vector<std::int64_t> times(static_cast<std::size_t>(n));
    for (auto &t : times)
        t = hourStartMs + static_cast<std::int64_t>(rng.below(kHourMs));
    std::sort(times.begin(), times.end());
    std::vector<SynthRequest> out;
    out.reserve(times.size());
    for (std::int64_t t : times)
        out.push_back(synthesize(rng, scenario, t));
    return out;
}

} // namespace keel::platform
