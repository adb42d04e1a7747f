#pragma once
// The Langfuse test double's objects as the 4.16.0 OpenAPI shapes them (components.schemas):
// AnnotationQueue, AnnotationQueueItem, ScoreConfig, ObservationV2 (by field group),
// ObservationsView and TraceWithFullDetails (the legacy v1 reads), and scores as the v1 (ScoreV1
// inside a trace), v2 (GetScoresResponseData) and v3 (ScoreV3) lists write them.
#include "langfusestore.h"

#include <set>
#include <string>

namespace keel::doubles {

Json queueJson(const LfQueue &q);
Json itemJson(const LfQueueItem &i);
Json configJson(const LfScoreConfig &c, const std::string &projectId);
Json pageMeta(std::int64_t page, std::int64_t limit, std::int64_t totalItems);

// groups: core, basic, time, io, metadata, model, usage, prompt, metrics, trace_context.
Json observationV2Json(const LangfuseStore &s, const LfObservation &o, const std::set<std::string> &groups,
                       const std::set<std::string> &expandMetadata);
Json observationViewJson(const LangfuseStore &s, const LfObservation &o);
Json traceFullJson(const LangfuseStore &s, const LfTrace &t);

Json scoreV1Json(const LfScore &sc);
Json scoreV2Json(const LangfuseStore &s, const LfScore &sc);
Json scoreV3Json(const LangfuseStore &s, const LfScore &sc, const std::set<std::string> &groups);

// The top-level _deprecation object Langfuse Cloud adds to deprecated routes' answers.
Json deprecation(const std::string &replacement);

} // namespace keel::doubles
