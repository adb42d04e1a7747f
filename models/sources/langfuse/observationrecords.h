#pragma once
// One Langfuse generation as one of Keel's raw request records, pure and off the GUI thread.
// Two shapes: the v4 ObservationV2 of GET /api/public/v2/observations (field groups core, basic,
// model, usage, prompt, metrics, trace_context) and the v1 ObservationsView of a v3 server's
// GET /api/public/observations. The dimensions are the ones the cost roll-up groups by
// (metricsrollup.h), so a drill-down from a spend_daily row finds its requests.
#include "langfuseconnection.h"

#include <domain/telemetry.h>

#include <string>

namespace keel::sources::langfuse {

enum class ObservationShape { V2, V1 };

// Tokens from usageDetails ({usage type: units}), summed the way Langfuse's own input and output
// measures sum them: every key naming "input" is input (cached reads included, as Keel counts
// input), every key naming "output" is output; cached = input keys naming a cache read.
struct UsageTokens {
    std::int64_t input = 0, output = 0, cached = 0;
};
UsageTokens usageTokens(const Json &usageDetails);

// False with `error` naming the field for an observation that cannot be placed: no id, no
// readable startTime, a cost that is not an amount of money.
bool requestFromObservation(const Json &observation, ObservationShape shape, domain::RequestRecord &out,
                            std::string &error);

} // namespace keel::sources::langfuse
