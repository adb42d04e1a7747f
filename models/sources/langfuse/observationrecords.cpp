#include "observationrecords.h"

#include "spendreading.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace keel::sources::langfuse {

namespace {

bool keyNames(const std::string &key, const char *what)
{
    const std::string_view w(what);
    return std::search(key.begin(), key.end(), w.begin(), w.end(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == b;
           }) != key.end();
}

// Langfuse reports durations in seconds (v2 and v1 alike); Keel keeps milliseconds.
std::optional<std::int64_t> secondsAsMs(const Json &o, const char *key)
{
    const std::optional<double> s = numberAt(o, key);
    if (!s || !std::isfinite(*s))
        return std::nullopt;
    return std::clamp<std::int64_t>(std::llround(std::clamp(*s, 0.0, 1e9) * 1000.0), 0, std::int64_t(1e12));
}

std::int64_t msBetween(std::int64_t from, const Json &o, const char *key)
{
    const auto to = instantOf(text(o, key));
    return to && *to >= from ? *to - from : 0;
}

// The cost Langfuse's totalCost measure sums: costDetails.total when it has one, else the sum of
// the input and output parts; the v2 totalCost field is the same column, v1 repeats it as
// calculatedTotalCost.
std::optional<double> observationCost(const Json &o, ObservationShape shape, bool &unreadable)
{
    unreadable = false;
    const auto member = [&](const char *key) -> std::optional<double> {
        const auto it = o.find(key);
        if (it == o.end() || it->is_null())
            return std::nullopt;
        const auto v = numberAt(o, key);
        unreadable = unreadable || !v;
        return v;
    };
    if (shape == ObservationShape::V2)
        if (auto v = member("totalCost"))
            return v;
    const Json &details = objectAt(o, "costDetails");
    if (auto total = numberAt(details, "total"))
        return total;
    if (!details.empty()) {
        double sum = 0;
        for (auto it = details.begin(); it != details.end(); ++it)
            if (it.value().is_number() && (keyNames(it.key(), "input") || keyNames(it.key(), "output")))
                sum += it.value().get<double>();
        return sum;
    }
    if (shape == ObservationShape::V1)
        return member("calculatedTotalCost");
    return std::nullopt;
}

} // namespace

UsageTokens usageTokens(const Json &usageDetails)
{
    UsageTokens t;
    if (!usageDetails.is_object())
        return t;
    for (auto it = usageDetails.begin(); it != usageDetails.end(); ++it) {
        const std::string &key = it.key();
        const std::int64_t n = countAt(usageDetails, key.c_str());
        if (keyNames(key, "input")) {
            t.input = addCounts(t.input, n);
            // input_cached_tokens (OpenAI), cache_read_input_tokens (Anthropic), input_cache_read;
            // not cache_creation_input_tokens: a cache write is not served from the cache.
            if (keyNames(key, "cached") || keyNames(key, "cache_read"))
                t.cached = addCounts(t.cached, n);
        } else if (keyNames(key, "output")) {
            t.output = addCounts(t.output, n);
        }
    }
    return t;
}

bool requestFromObservation(const Json &o, ObservationShape shape, domain::RequestRecord &r, std::string &error)
{
    if (!o.is_object()) {
        error = "not an object";
        return false;
    }
    r.id = text(o, "id");
    if (r.id.empty() || r.id.size() > 512) {
        error = r.id.empty() ? "no id" : "an id of more than 512 bytes";
        return false;
    }
    const std::string start = text(o, "startTime");
    const auto ts = instantOf(start);
    if (!ts) {
        error = "startTime \"" + boundedString(start, 40) + "\" is not a time";
        return false;
    }
    r.ts = *ts;
    bool unreadable = false;
    const std::optional<double> usd = observationCost(o, shape, unreadable);
    const auto micros = usdMicros(usd.value_or(0));
    if (unreadable || !micros) {
        error = shape == ObservationShape::V2 ? "totalCost is not an amount of money" : "costDetails is not an amount of money";
        return false;
    }
    r.costMicros = *micros;
    // The trace groups one interaction's observations: a drill-down opens it by this id.
    r.correlationId = boundedText(o, "traceId", 512);
    r.model = boundedText(o, shape == ObservationShape::V2 ? "providedModelName" : "model");
    r.route = boundedText(o, "name");
    r.promptTemplate = boundedText(o, "promptName");
    // The trace name says what the application was doing; v1 observations do not carry it (and
    // the legacy roll-up has no such dimension either).
    r.useCase = shape == ObservationShape::V2 ? boundedText(o, "traceName") : std::string();
    // Langfuse records neither the provider, a team nor a customer segment.
    r.provider.clear();
    r.team.clear();
    r.customerSegment.clear();

    const Json &usage = objectAt(o, "usageDetails");
    UsageTokens tokens = usageTokens(usage);
    if (usage.empty()) { // v1 observations of older SDKs carry only the deprecated usage object
        const Json &legacy = objectAt(o, "usage");
        tokens.input = countAt(legacy, "input");
        tokens.output = countAt(legacy, "output");
    }
    r.inputTokens = tokens.input;
    r.outputTokens = tokens.output;
    r.cachedTokens = tokens.cached;

    r.latencyMs = secondsAsMs(o, "latency").value_or(msBetween(r.ts, o, "endTime"));
    r.ttftMs = secondsAsMs(o, "timeToFirstToken").value_or(msBetween(r.ts, o, "completionStartTime"));
    const bool failed = text(o, "level") == "ERROR";
    r.status = failed ? "error" : "ok";
    r.errorCode = failed ? boundedText(o, "statusMessage", kMaxErrorCodeBytes) : std::string();
    r.cacheHit = false;
    // Langfuse scores live apart from observations: nothing to carry, as for LiteLLM.
    r.safetyFlags.clear();
    r.confidence = 1.0;
    r.riskScore = 0.0;
    r.escalated = false;
    return true;
}

} // namespace keel::sources::langfuse
