#pragma once
// A reviewer's decision as Langfuse scores, pure. The verdict goes on the queue's score config
// (source ANNOTATION, queueId, configId): the first live CATEGORICAL config (the decision's
// category by label, see docs/connectors-langfuse.md), else BOOLEAN (approve 1, anything else
// 0), else NUMERIC (approve the maximum, otherwise the minimum). Rubric scores go on NUMERIC
// configs of the same name, the reviewer's comment on a TEXT config. An edit adds a CORRECTION
// score with the edited output on a v4 server; a v3 server has no CORRECTION, so the edited
// output goes into the verdict's comment. Every score id is a UUID v5 of the outbox entry's
// idempotency key and the score's role: a resend upserts the same scores, never adds a second.
#include "langfuseconnection.h"

#include <domain/review.h>

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace keel::sources::langfuse {

struct ScoreConfig {
    std::string id, name, dataType; // NUMERIC | BOOLEAN | CATEGORICAL | TEXT
    bool archived = false;
    std::optional<double> minValue, maxValue;
    std::vector<std::pair<double, std::string>> categories; // value, label
};
// A ScoreConfig object; nullopt without id, name or dataType.
std::optional<ScoreConfig> readScoreConfig(const Json &config);

// What the scores attach to (a TRACE item: traceId; OBSERVATION: traceId + observationId;
// SESSION: sessionId).
struct ScoreSubject {
    std::string traceId, observationId, sessionId;
};

struct ScorePlan {
    std::vector<Json> scores; // CreateScoreRequest bodies, only fields the server knows
    QString error;            // non-empty: nothing can be posted (e.g. no usable score config)
};

ScorePlan planScores(const domain::Decision &decision, const std::vector<ScoreConfig> &queueConfigs,
                     const ScoreSubject &subject, const std::string &queueId, bool serverHasCorrections,
                     const QByteArray &idempotencyKey);

// The outbox's Decision JSON, read leniently: the platform codec insists on a lease_id, which a
// source without leases never has. nullopt when the action is missing or unknown.
std::optional<domain::Decision> readDecision(const QByteArray &body);

// UUID v5 of the key and the role ("verdict", "correction", "rubric:<name>", "note").
std::string scoreId(const QByteArray &idempotencyKey, const std::string &role);

} // namespace keel::sources::langfuse
