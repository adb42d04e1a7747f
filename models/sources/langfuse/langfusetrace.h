#pragma once
// A Langfuse trace as a Keel trace, pure and meant for the thread pool. Langfuse v4 has no trace
// object: a trace is its observations (GET /v2/observations?traceId=, ObservationV2, latency and
// timeToFirstToken in SECONDS), rebuilt as a tree from parentObservationId; a v3 server gives a
// TraceWithFullDetails with its observations inside. Either way the result is a domain::Trace:
// spans root first, then by start; the trace's request record (summed tokens and cost); the root
// observations' input and output as PLAIN TEXT (model output may hold HTML; it stays text).
#include "langfuseconnection.h"

#include <domain/telemetry.h>

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace keel::sources::langfuse {

// One observation as either route generation gives it; empty or zero where a field group was
// not asked for.
struct TraceObservation {
    std::string id, parentId, type, name, level, statusMessage, model, promptName;
    std::int64_t promptVersion = 0;       // 0 = none
    domain::UnixMs start = 0, end = 0;    // end 0 = not ended (or not known)
    domain::UnixMs completionStart = 0;   // first token, 0 = none
    std::optional<double> latencySeconds; // seconds, as both generations send it
    std::optional<double> ttftSeconds;    // seconds after start
    std::int64_t inputTokens = 0, outputTokens = 0, cachedTokens = 0;
    std::optional<double> costUsd;        // null when Langfuse priced nothing
    bool hasIo = false;                   // input/output were fetched (they may still be empty)
    std::string input, output;            // ioText(): plain text
};

// {data: [ObservationV2], meta: {cursor?}}
struct ObservationPage {
    std::vector<TraceObservation> observations;
    std::string cursor;    // "" on the last page
    std::string traceName; // from the trace_context group, when an observation had it
    QString error;         // non-empty: the page could not be read
};
ObservationPage readObservationPage(const QByteArray &body);

// A v3 server's TraceWithFullDetails.
struct LegacyTrace {
    std::string id, name;
    domain::UnixMs timestamp = 0;
    std::string input, output; // the trace's own io, plain text
    std::vector<TraceObservation> observations;
    QString error;
};
LegacyTrace readLegacyTrace(const QByteArray &body);

// Root observations fetched with their io: fills the io of those already in `all` and adds the
// ones that are not (a trace cut at the cap keeps its roots).
void mergeRoots(std::vector<TraceObservation> &all, const std::vector<TraceObservation> &roots);

struct TraceParts {
    std::string traceId;
    std::string traceName;           // v4 trace_context.traceName or the v3 trace's name
    domain::UnixMs timestamp = 0;    // the v3 trace's timestamp (0 in v4)
    std::string input, output;       // the v3 trace's io; v4 takes its roots' io
    std::vector<TraceObservation> observations;
    bool cut = false;                // more observations exist than were fetched
};

// The trace. One observation without a parent is the root span; otherwise (none, several, or
// observations whose parent is missing or part of a parent cycle) a root span named after the
// trace stands for it, spanning every observation, with those observations under it.
domain::Trace buildTrace(TraceParts parts);

// "0.00231" USD: plain decimals, no exponent, at most 9 places.
std::string usdText(double usd);

} // namespace keel::sources::langfuse
