#pragma once
// POST /api/public/scores, as Langfuse 4.16 validates it before anything is written:
//   1. the zod body schema, .strict(): unknown keys, name, value (number | string), dataType,
//      source (API | ANNOTATION; EVAL refused), environment, metadata, the score's subject
//      (traceId, sessionId or datasetRunId; observationId needs traceId), and
//      "source ANNOTATION requires configId unless dataType is CORRECTION" -> 400 zod issues;
//   2. the value against its data type without a config (NUMERIC number, BOOLEAN 0/1,
//      CATEGORICAL/TEXT/CORRECTION string, TEXT 1..500 characters) -> 400 zod issue;
//   3. the config, when configId is given: it exists and is not archived, the score's name equals
//      the config's, dataType agrees, NUMERIC within minValue..maxValue, CATEGORICAL a category
//      label, BOOLEAN 0/1 -> 400 {message}.
#include "langfusestore.h"

#include <optional>

namespace keel::doubles {

struct ScoreRefusal {
    int status = 400;
    Json body;
};

// On success fills `score` (everything but the id and the times) and returns nullopt.
std::optional<ScoreRefusal> checkCreateScore(const Json &body, const LangfuseStore &store, LfScore &score);

} // namespace keel::doubles
