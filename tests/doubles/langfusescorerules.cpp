#include "langfusescorerules.h"

#include "zodissues.h"

#include <algorithm>
#include <cmath>
#include <regex>

namespace keel::doubles {

namespace {

const std::vector<std::string> kDataTypes = {"NUMERIC", "BOOLEAN", "CATEGORICAL", "CORRECTION", "TEXT"};

ScoreRefusal zodRefusal(const Json &issues)
{
    return {400, Json{{"message", "Invalid request data"}, {"error", issues}}};
}

ScoreRefusal messageRefusal(const std::string &message)
{
    return {400, Json{{"message", message}}};
}

// Optional, nullable string fields of CreateScoreRequest.
std::string optionalString(const Json &body, const char *key, Json &issues)
{
    if (!body.contains(key) || body[key].is_null())
        return {};
    if (!body[key].is_string()) {
        issues.push_back(zod::invalidType("string", zod::typeOf(body[key]), Json::array({key})));
        return {};
    }
    return body[key].get<std::string>();
}

std::optional<ScoreRefusal> checkValueWithoutConfig(const LfScore &s, const Json &value)
{
    const Json path = Json::array({"value"});
    Json issues = Json::array();
    if (s.dataType == "NUMERIC" && !value.is_number())
        issues.push_back(zod::custom("Value must be a number for NUMERIC scores", path));
    else if (s.dataType == "BOOLEAN" && (!value.is_number() || (value.get<double>() != 0 && value.get<double>() != 1)))
        issues.push_back(zod::custom("Value must be a number equal to either 0 or 1 for BOOLEAN scores", path));
    else if ((s.dataType == "CATEGORICAL" || s.dataType == "TEXT" || s.dataType == "CORRECTION") && !value.is_string())
        issues.push_back(zod::custom("Value must be a string for " + s.dataType + " scores", path));
    else if (s.dataType == "TEXT" && value.get<std::string>().empty())
        issues.push_back(zod::tooSmall(1, path, "string"));
    else if (s.dataType == "TEXT" && value.get<std::string>().size() > 500)
        issues.push_back(zod::tooBig(500, path, "string"));
    if (!issues.empty())
        return zodRefusal(issues);
    return std::nullopt;
}

std::optional<ScoreRefusal> applyConfig(LfScore &s, const Json &value, const LfScoreConfig &c, bool typeGiven)
{
    if (c.archived)
        return messageRefusal("Config is archived and cannot be used to create new scores. Config id: " + c.id);
    if (c.name != s.name)
        return messageRefusal("Name mismatch: score name '" + s.name + "' does not match the config name '" + c.name + "'");
    if (typeGiven && s.dataType != c.dataType)
        return messageRefusal("Data type mismatch: score dataType " + s.dataType + " does not match config dataType "
                              + c.dataType);
    s.dataType = c.dataType;
    if (auto bad = checkValueWithoutConfig(s, value))
        return bad;
    if (c.dataType == "NUMERIC") {
        const double v = value.get<double>();
        if (c.minValue && v < *c.minValue)
            return messageRefusal("Value " + value.dump() + " is below the minimum value " + Json(*c.minValue).dump()
                                  + " of the config");
        if (c.maxValue && v > *c.maxValue)
            return messageRefusal("Value " + value.dump() + " exceeds the maximum value " + Json(*c.maxValue).dump()
                                  + " of the config");
    } else if (c.dataType == "CATEGORICAL") {
        const std::string label = value.get<std::string>();
        const auto it = std::find_if(c.categories.begin(), c.categories.end(),
                                     [&](const auto &cat) { return cat.second == label; });
        if (it == c.categories.end())
            return messageRefusal("Value '" + label + "' does not map to a category of config " + c.id);
        s.value = it->first;
    }
    return std::nullopt;
}

} // namespace

std::optional<ScoreRefusal> checkCreateScore(const Json &body, const LangfuseStore &store, LfScore &s)
{
    Json issues = Json::array();
    if (!body.is_object()) {
        issues.push_back(zod::invalidType("object", zod::typeOf(body), Json::array()));
        return zodRefusal(issues);
    }
    zod::checkStrictKeys(body, {"id", "traceId", "sessionId", "observationId", "datasetRunId", "name", "value",
                                "comment", "metadata", "environment", "queueId", "dataType", "configId", "source"},
                         issues);
    if (!body.contains("name"))
        issues.push_back(zod::invalidType("string", "undefined", Json::array({"name"})));
    else if (!body["name"].is_string())
        issues.push_back(zod::invalidType("string", zod::typeOf(body["name"]), Json::array({"name"})));
    else if (body["name"].get<std::string>().empty())
        issues.push_back(zod::tooSmall(1, Json::array({"name"}), "string"));
    const Json value = body.contains("value") ? body["value"] : Json();
    if (!body.contains("value"))
        issues.push_back(zod::invalidType("number | string", "undefined", Json::array({"value"})));
    else if (!value.is_number() && !value.is_string())
        issues.push_back(Json{{"code", "invalid_union"}, {"path", Json::array({"value"})}, {"message", "Invalid input"}});
    s.traceId = optionalString(body, "traceId", issues);
    s.sessionId = optionalString(body, "sessionId", issues);
    s.observationId = optionalString(body, "observationId", issues);
    s.datasetRunId = optionalString(body, "datasetRunId", issues);
    s.queueId = optionalString(body, "queueId", issues);
    s.configId = optionalString(body, "configId", issues);
    const std::string comment = optionalString(body, "comment", issues);
    if (body.contains("comment") && body["comment"].is_string())
        s.comment = comment;
    const std::string dataType = optionalString(body, "dataType", issues);
    if (!dataType.empty() && std::find(kDataTypes.begin(), kDataTypes.end(), dataType) == kDataTypes.end())
        issues.push_back(zod::invalidEnum(dataType, kDataTypes, Json::array({"dataType"})));
    const std::string source = optionalString(body, "source", issues);
    if (!source.empty() && source != "API" && source != "ANNOTATION")
        issues.push_back(zod::invalidEnum(source, {"API", "ANNOTATION"}, Json::array({"source"})));
    const std::string environment = optionalString(body, "environment", issues);
    static const std::regex kEnvironment("^(?!langfuse)[a-z0-9_-]+$");
    if (!environment.empty() && (environment.size() > 40 || !std::regex_match(environment, kEnvironment)))
        issues.push_back(zod::custom("Only lowercase letters, numbers, hyphens and underscores, not starting with "
                                     "'langfuse'", Json::array({"environment"})));
    if (body.contains("metadata") && !body["metadata"].is_null() && !body["metadata"].is_object())
        issues.push_back(zod::invalidType("object", zod::typeOf(body["metadata"]), Json::array({"metadata"})));
    if (s.traceId.empty() && s.sessionId.empty() && s.datasetRunId.empty())
        issues.push_back(zod::custom("A score must reference a traceId, a sessionId or a datasetRunId", Json::array()));
    if (!s.observationId.empty() && s.traceId.empty())
        issues.push_back(zod::custom("observationId requires traceId", Json::array({"observationId"})));
    if (source == "ANNOTATION" && s.configId.empty() && dataType != "CORRECTION")
        issues.push_back(zod::custom("configId is required when source is ANNOTATION, unless dataType is CORRECTION",
                                     Json::array({"configId"})));
    if (!issues.empty())
        return zodRefusal(issues);

    s.name = body["name"].get<std::string>();
    s.source = source.empty() ? "API" : source;
    s.environment = environment.empty() ? "default" : environment;
    s.metadata = body.contains("metadata") ? body["metadata"] : Json();
    s.dataType = dataType.empty() ? "NUMERIC" : dataType;
    if (value.is_number())
        s.value = value.get<double>();
    else if (value.is_string())
        s.stringValue = value.get<std::string>();
    if (!s.configId.empty()) {
        const LfScoreConfig *c = store.config(s.configId);
        if (!c)
            return messageRefusal("The configId you provided does not match a valid config in this project: "
                                  + s.configId);
        if (auto bad = applyConfig(s, value, *c, !dataType.empty()))
            return bad;
    } else if (auto bad = checkValueWithoutConfig(s, value)) {
        return bad;
    }
    if (s.dataType == "BOOLEAN")
        s.stringValue = s.value != 0 ? "True" : "False";
    if (s.dataType == "CORRECTION" || s.dataType == "TEXT")
        s.value = 0;
    return std::nullopt;
}

} // namespace keel::doubles
