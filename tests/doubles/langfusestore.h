#pragma once
// What the Langfuse test double holds in memory: one project's annotation queues and their items,
// traces with nested observations, score configs, scores and comments. Shapes follow the
// Langfuse 4.16.0 OpenAPI (AnnotationQueue, AnnotationQueueItem, ObservationV2, ScoreConfig,
// ScoreV3, ...); the seed (langfuseseed.cpp) fills it, the routes read and change it under `mutex`.
#include "doublehttp.h"

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace keel::doubles {

struct LfObservation {
    std::string id, traceId, parentId; // parentId "" = a root observation
    std::string type, name, level = "DEFAULT", statusMessage, version, environment = "production";
    std::int64_t startMs = 0, endMs = 0, completionStartMs = 0; // 0 = none
    Json input, output, metadata = Json::object(), modelParameters;
    std::string model, modelId; // providedModelName, internal model id ("" for non-generations)
    std::int64_t inputTokens = 0, outputTokens = 0;
    double inputPrice = 0, outputPrice = 0; // USD per token
    std::string promptId, promptName;
    int promptVersion = 0;
    double inputCost() const { return static_cast<double>(inputTokens) * inputPrice; }
    double outputCost() const { return static_cast<double>(outputTokens) * outputPrice; }
    double totalCost() const { return inputCost() + outputCost(); }
};

struct LfTrace {
    std::string id, name, userId, sessionId, release, version, environment = "production";
    std::int64_t timestampMs = 0;
    Json input, output, metadata = Json::object();
    std::vector<std::string> tags;
    bool isPublic = false;
    std::vector<std::size_t> observations; // indexes into LangfuseStore::observations
};

struct LfScoreConfig {
    std::string id, name, dataType, description;
    bool archived = false;
    std::optional<double> minValue, maxValue;
    std::vector<std::pair<double, std::string>> categories; // value, label
    std::int64_t createdMs = 0, updatedMs = 0;
};

struct LfScore {
    std::string id, name, dataType, source, environment = "default";
    std::string traceId, observationId, sessionId, datasetRunId, queueId, configId, authorUserId; // "" = null
    std::optional<std::string> comment;
    double value = 0;
    std::string stringValue;
    Json metadata; // null or object
    std::int64_t timestampMs = 0, createdMs = 0, updatedMs = 0;
};

struct LfQueue {
    std::string id, name, description;
    std::vector<std::string> scoreConfigIds;
    std::int64_t createdMs = 0, updatedMs = 0;
};

struct LfQueueItem {
    std::string id, queueId, objectId, objectType, status = "PENDING";
    std::optional<std::int64_t> completedMs;
    std::int64_t createdMs = 0, updatedMs = 0;
};

struct LfComment {
    std::string id, objectType, objectId, content, authorUserId;
    std::int64_t createdMs = 0;
};

struct LangfuseStore {
    std::string projectId = "proj-keel-double";
    std::string publicKey = "pk-lf-keel-double";
    std::string secretKey = "sk-lf-keel-double";
    std::string version;       // what /health reports
    bool v4 = true;            // v4 (events) routes present; false = a self-hosted v3 server
    std::vector<std::string> orgMembers;
    std::vector<LfQueue> queues;
    std::vector<LfQueueItem> items;
    std::vector<LfTrace> traces;
    std::vector<LfObservation> observations;
    std::vector<LfScoreConfig> configs;
    std::vector<LfScore> scores;
    std::vector<LfComment> comments;
    std::map<std::string, std::size_t> traceIndex, observationIndex, scoreIndex;
    mutable std::mutex mutex;

    const LfTrace *trace(const std::string &id) const;
    const LfObservation *observation(const std::string &id) const;
    const LfScoreConfig *config(const std::string &id) const;
    const LfQueue *queue(const std::string &id) const;
    LfQueueItem *item(const std::string &queueId, const std::string &itemId);
    bool hasSession(const std::string &id) const;
    void reindex();
};

struct LangfuseSeedOptions {
    std::uint64_t seed = 42;
    std::int64_t anchorMs = 0; // data lies in the 30 days before this instant
    int traces = 360;
};
void seedLangfuse(LangfuseStore &store, const LangfuseSeedOptions &options);

} // namespace keel::doubles
