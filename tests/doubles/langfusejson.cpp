#include "langfusejson.h"

#include "timetext.h"

#include <cmath>
#include <cstdio>

namespace keel::doubles {

namespace {

Json orNull(const std::string &s)
{
    return s.empty() ? Json() : Json(s);
}

Json timeOrNull(std::int64_t ms)
{
    return ms == 0 ? Json() : Json(isoMs(ms));
}

// Prices as the v2 API writes Decimal columns: a plain decimal string.
std::string decimal(double v)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.10f", v);
    std::string s = buf;
    while (s.size() > 1 && s.back() == '0')
        s.pop_back();
    if (s.back() == '.')
        s.pop_back();
    return s;
}

double round9(double v)
{
    return std::round(v * 1e9) / 1e9;
}

// v4 stores io as strings: a JSON value is sent back serialised, a string as itself.
Json rawIo(const Json &v)
{
    if (v.is_null())
        return Json();
    return v.is_string() ? v : Json(v.dump());
}

Json truncatedMetadata(const Json &metadata, const std::set<std::string> &expand)
{
    Json out = Json::object();
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        std::string v = it.value().is_string() ? it.value().get<std::string>() : it.value().dump();
        if (v.size() > 200 && !expand.count(it.key()))
            v = v.substr(0, 200) + "...";
        out[it.key()] = v;
    }
    return out;
}

bool isRoot(const LfObservation &o)
{
    return o.parentId.empty();
}

} // namespace

Json deprecation(const std::string &replacement)
{
    return Json{{"message", "This endpoint is deprecated. Use " + replacement + " instead."},
                {"replacement", replacement},
                {"docsUrl", "https://langfuse.com/docs/api-and-data-platform/features/deprecated-apis.md"},
                {"sunsetAt", "2026-11-16"}};
}

Json queueJson(const LfQueue &q)
{
    return Json{{"id", q.id}, {"name", q.name}, {"description", orNull(q.description)},
                {"scoreConfigIds", q.scoreConfigIds}, {"createdAt", isoMs(q.createdMs)}, {"updatedAt", isoMs(q.updatedMs)}};
}

Json itemJson(const LfQueueItem &i)
{
    return Json{{"id", i.id}, {"queueId", i.queueId}, {"objectId", i.objectId}, {"objectType", i.objectType},
                {"status", i.status}, {"completedAt", i.completedMs ? Json(isoMs(*i.completedMs)) : Json()},
                {"createdAt", isoMs(i.createdMs)}, {"updatedAt", isoMs(i.updatedMs)}};
}

Json configJson(const LfScoreConfig &c, const std::string &projectId)
{
    Json out{{"id", c.id}, {"name", c.name}, {"createdAt", isoMs(c.createdMs)}, {"updatedAt", isoMs(c.updatedMs)},
             {"projectId", projectId}, {"dataType", c.dataType}, {"isArchived", c.archived}};
    out["minValue"] = c.minValue ? Json(*c.minValue) : Json();
    out["maxValue"] = c.maxValue ? Json(*c.maxValue) : Json();
    if (c.dataType == "CATEGORICAL") {
        Json cats = Json::array();
        for (const auto &[value, label] : c.categories)
            cats.push_back({{"value", value}, {"label", label}});
        out["categories"] = cats;
    } else {
        out["categories"] = Json();
    }
    out["description"] = orNull(c.description);
    return out;
}

Json pageMeta(std::int64_t page, std::int64_t limit, std::int64_t totalItems)
{
    return Json{{"page", page}, {"limit", limit}, {"totalItems", totalItems},
                {"totalPages", (totalItems + limit - 1) / limit}};
}

Json observationV2Json(const LangfuseStore &s, const LfObservation &o, const std::set<std::string> &g,
                       const std::set<std::string> &expand)
{
    const LfTrace &t = *s.trace(o.traceId);
    Json out{{"id", o.id}, {"traceId", o.traceId}, {"startTime", isoMs(o.startMs)}, {"endTime", timeOrNull(o.endMs)},
             {"projectId", s.projectId}, {"parentObservationId", orNull(o.parentId)}, {"type", o.type}};
    if (g.count("basic")) {
        out["name"] = o.name;
        out["level"] = o.level;
        out["statusMessage"] = orNull(o.statusMessage);
        out["version"] = orNull(o.version);
        out["environment"] = o.environment;
        out["bookmarked"] = false;
        out["public"] = t.isPublic;
        out["userId"] = orNull(t.userId);
        out["sessionId"] = orNull(t.sessionId);
        out["isRootObservation"] = isRoot(o);
    }
    if (g.count("time")) {
        out["completionStartTime"] = timeOrNull(o.completionStartMs);
        out["createdAt"] = isoMs(o.startMs);
        out["updatedAt"] = isoMs(o.endMs ? o.endMs : o.startMs);
    }
    if (g.count("io")) {
        out["input"] = rawIo(o.input);
        out["output"] = rawIo(o.output);
    }
    if (g.count("metadata"))
        out["metadata"] = truncatedMetadata(o.metadata, expand);
    if (g.count("model")) {
        out["providedModelName"] = orNull(o.model);
        out["internalModelId"] = orNull(o.modelId);
        out["modelParameters"] = o.modelParameters;
        out["modelId"] = orNull(o.modelId);
        out["inputPrice"] = o.model.empty() ? Json() : Json(decimal(o.inputPrice));
        out["outputPrice"] = o.model.empty() ? Json() : Json(decimal(o.outputPrice));
        out["totalPrice"] = Json();
    }
    if (g.count("usage")) {
        Json usage = Json::object(), cost = Json::object();
        if (!o.model.empty()) {
            usage = Json{{"input", o.inputTokens}, {"output", o.outputTokens}, {"total", o.inputTokens + o.outputTokens}};
            cost = Json{{"input", round9(o.inputCost())}, {"output", round9(o.outputCost())},
                        {"total", round9(o.totalCost())}};
        }
        out["usageDetails"] = usage;
        out["costDetails"] = cost;
        out["totalCost"] = o.model.empty() ? Json() : Json(round9(o.totalCost()));
        out["usagePricingTierName"] = Json();
    }
    if (g.count("prompt")) {
        out["promptId"] = orNull(o.promptId);
        out["promptName"] = orNull(o.promptName);
        out["promptVersion"] = o.promptVersion ? Json(o.promptVersion) : Json();
    }
    if (g.count("metrics")) { // seconds, not milliseconds, in v2 observations
        out["latency"] = o.endMs ? Json(static_cast<double>(o.endMs - o.startMs) / 1000.0) : Json();
        out["timeToFirstToken"]
            = o.completionStartMs ? Json(static_cast<double>(o.completionStartMs - o.startMs) / 1000.0) : Json();
    }
    if (g.count("trace_context")) {
        out["tags"] = t.tags;
        out["release"] = orNull(t.release);
        out["traceName"] = orNull(t.name);
    }
    return out;
}

Json observationViewJson(const LangfuseStore &s, const LfObservation &o)
{
    (void)s;
    const bool gen = !o.model.empty();
    Json out{{"id", o.id}, {"traceId", o.traceId}, {"type", o.type}, {"name", o.name},
             {"startTime", isoMs(o.startMs)}, {"endTime", timeOrNull(o.endMs)},
             {"completionStartTime", timeOrNull(o.completionStartMs)}, {"model", orNull(o.model)},
             {"modelParameters", o.modelParameters}, {"input", o.input}, {"version", orNull(o.version)},
             {"metadata", o.metadata}, {"output", o.output}};
    out["usage"] = Json{{"input", o.inputTokens}, {"output", o.outputTokens}, {"total", o.inputTokens + o.outputTokens},
                        {"unit", gen ? Json("TOKENS") : Json()}};
    out["level"] = o.level;
    out["statusMessage"] = orNull(o.statusMessage);
    out["parentObservationId"] = orNull(o.parentId);
    out["promptId"] = orNull(o.promptId);
    out["usageDetails"] = gen ? Json{{"input", o.inputTokens}, {"output", o.outputTokens},
                                     {"total", o.inputTokens + o.outputTokens}}
                              : Json::object();
    out["costDetails"] = gen ? Json{{"input", round9(o.inputCost())}, {"output", round9(o.outputCost())},
                                    {"total", round9(o.totalCost())}}
                             : Json::object();
    out["environment"] = o.environment;
    out["promptName"] = orNull(o.promptName);
    out["promptVersion"] = o.promptVersion ? Json(o.promptVersion) : Json();
    out["modelId"] = orNull(o.modelId);
    out["inputPrice"] = gen ? Json(o.inputPrice) : Json();
    out["outputPrice"] = gen ? Json(o.outputPrice) : Json();
    out["totalPrice"] = Json();
    out["calculatedInputCost"] = gen ? Json(round9(o.inputCost())) : Json();
    out["calculatedOutputCost"] = gen ? Json(round9(o.outputCost())) : Json();
    out["calculatedTotalCost"] = gen ? Json(round9(o.totalCost())) : Json();
    out["latency"] = o.endMs ? Json(static_cast<double>(o.endMs - o.startMs) / 1000.0) : Json();
    out["timeToFirstToken"]
        = o.completionStartMs ? Json(static_cast<double>(o.completionStartMs - o.startMs) / 1000.0) : Json();
    return out;
}

Json traceFullJson(const LangfuseStore &s, const LfTrace &t)
{
    Json out{{"id", t.id}, {"timestamp", isoMs(t.timestampMs)}, {"name", orNull(t.name)}, {"input", t.input},
             {"output", t.output}, {"sessionId", orNull(t.sessionId)}, {"release", orNull(t.release)},
             {"version", orNull(t.version)}, {"userId", orNull(t.userId)}, {"metadata", t.metadata}, {"tags", t.tags},
             {"public", t.isPublic}, {"environment", t.environment}};
    out["htmlPath"] = "/project/" + s.projectId + "/traces/" + t.id;
    double cost = 0;
    std::int64_t first = 0, last = 0;
    Json observations = Json::array();
    for (std::size_t i : t.observations) {
        const LfObservation &o = s.observations[i];
        cost += o.totalCost();
        first = first == 0 ? o.startMs : std::min(first, o.startMs);
        last = std::max(last, o.endMs);
        observations.push_back(observationViewJson(s, o));
    }
    out["latency"] = static_cast<double>(last - first) / 1000.0;
    out["totalCost"] = round9(cost);
    out["observations"] = observations;
    Json scores = Json::array();
    for (const LfScore &sc : s.scores)
        if (sc.traceId == t.id && sc.dataType != "CORRECTION") // ScoreV1 has no CORRECTION variant
            scores.push_back(scoreV1Json(sc));
    out["scores"] = scores;
    return out;
}

Json scoreV1Json(const LfScore &sc)
{
    Json out{{"dataType", sc.dataType}, {"id", sc.id}, {"traceId", sc.traceId}, {"name", sc.name},
             {"source", sc.source}, {"observationId", orNull(sc.observationId)}, {"timestamp", isoMs(sc.timestampMs)},
             {"createdAt", isoMs(sc.createdMs)}, {"updatedAt", isoMs(sc.updatedMs)},
             {"authorUserId", orNull(sc.authorUserId)}, {"comment", sc.comment ? Json(*sc.comment) : Json()},
             {"metadata", sc.metadata}, {"configId", orNull(sc.configId)}, {"queueId", orNull(sc.queueId)},
             {"environment", sc.environment}};
    if (sc.dataType != "TEXT")
        out["value"] = sc.value;
    if (sc.dataType != "NUMERIC")
        out["stringValue"] = sc.stringValue;
    return out;
}

Json scoreV2Json(const LangfuseStore &s, const LfScore &sc)
{
    Json out{{"dataType", sc.dataType}, {"id", sc.id}, {"traceId", orNull(sc.traceId)},
             {"sessionId", orNull(sc.sessionId)}, {"observationId", orNull(sc.observationId)},
             {"datasetRunId", orNull(sc.datasetRunId)}, {"name", sc.name}, {"source", sc.source},
             {"timestamp", isoMs(sc.timestampMs)}, {"createdAt", isoMs(sc.createdMs)},
             {"updatedAt", isoMs(sc.updatedMs)}, {"authorUserId", orNull(sc.authorUserId)},
             {"comment", sc.comment ? Json(*sc.comment) : Json()}, {"metadata", sc.metadata},
             {"configId", orNull(sc.configId)}, {"queueId", orNull(sc.queueId)}, {"environment", sc.environment}};
    if (sc.dataType != "TEXT")
        out["value"] = sc.dataType == "CORRECTION" ? 0.0 : sc.value;
    if (sc.dataType != "NUMERIC")
        out["stringValue"] = sc.stringValue;
    if (const LfTrace *t = sc.traceId.empty() ? nullptr : s.trace(sc.traceId))
        out["trace"] = Json{{"userId", orNull(t->userId)}, {"tags", t->tags}, {"environment", t->environment},
                            {"sessionId", orNull(t->sessionId)}};
    return out;
}

Json scoreV3Json(const LangfuseStore &s, const LfScore &sc, const std::set<std::string> &g)
{
    Json out{{"dataType", sc.dataType}, {"id", sc.id}, {"projectId", s.projectId}, {"name", sc.name},
             {"source", sc.source}, {"timestamp", isoMs(sc.timestampMs)}, {"environment", sc.environment},
             {"createdAt", isoMs(sc.createdMs)}, {"updatedAt", isoMs(sc.updatedMs)}};
    if (sc.dataType == "BOOLEAN")
        out["value"] = sc.value != 0;
    else if (sc.dataType == "NUMERIC")
        out["value"] = sc.value;
    else
        out["value"] = sc.stringValue;
    if (g.count("details")) {
        out["comment"] = sc.comment ? Json(*sc.comment) : Json();
        out["configId"] = orNull(sc.configId);
        out["metadata"] = sc.metadata;
    }
    if (g.count("annotation")) {
        out["authorUserId"] = orNull(sc.authorUserId);
        out["queueId"] = orNull(sc.queueId);
    }
    if (g.count("subject")) {
        if (!sc.observationId.empty())
            out["subject"] = Json{{"kind", "observation"}, {"id", sc.observationId}, {"traceId", sc.traceId}};
        else if (!sc.traceId.empty())
            out["subject"] = Json{{"kind", "trace"}, {"id", sc.traceId}};
        else if (!sc.sessionId.empty())
            out["subject"] = Json{{"kind", "session"}, {"id", sc.sessionId}};
        else
            out["subject"] = Json{{"kind", "experiment"}, {"id", sc.datasetRunId}};
    }
    return out;
}

} // namespace keel::doubles
