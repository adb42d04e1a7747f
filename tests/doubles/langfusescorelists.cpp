// Langfuse score lists, so a test can see what a connector wrote: the deprecated page/limit
// GET /v2/scores (limit 1..100) and, on v4 servers, the cursor-paged GET /v3/scores (limit 1..100,
// comma-separated OR filters, field groups details/subject/annotation). Newest first.
#include "base64text.h"
#include "langfusedouble.h"
#include "langfusejson.h"
#include "zodissues.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <sstream>

namespace keel::doubles {

namespace {

bool allows(const std::vector<std::string> &list, const std::string &v)
{
    return list.empty() || std::find(list.begin(), list.end(), v) != list.end();
}

std::vector<const LfScore *> newestFirst(const LangfuseStore &s)
{
    std::vector<const LfScore *> rows;
    for (const LfScore &sc : s.scores)
        rows.push_back(&sc);
    std::sort(rows.begin(), rows.end(), [](const LfScore *a, const LfScore *b) {
        return a->timestampMs != b->timestampMs ? a->timestampMs > b->timestampMs : a->id > b->id;
    });
    return rows;
}

} // namespace

void addLangfuseScoreLists(LangfuseDouble &d)
{
    LangfuseStore &s = d.store();

    d.route("GET", "/api/public/v2/scores", "public-api", [&d, &s](const httplib::Request &req, httplib::Response &res) {
        zod::QueryRules q(req, {"page", "limit", "userId", "name", "fromTimestamp", "toTimestamp", "environment",
                                "source", "operator", "value", "scoreIds", "configId", "sessionId", "datasetRunId",
                                "traceId", "observationId", "queueId", "dataType", "traceTags", "fields", "filter"});
        const auto page = q.integer("page", 1, 1, INT32_MAX);
        const auto limit = q.integer("limit", 50, 1, 100);
        const auto from = q.dateTime("fromTimestamp");
        const auto to = q.dateTime("toTimestamp");
        const auto source = q.oneOf("source", {"ANNOTATION", "API", "EVAL"});
        const auto dataType = q.oneOf("dataType", {"NUMERIC", "BOOLEAN", "CATEGORICAL", "CORRECTION", "TEXT"});
        const auto op = q.oneOf("operator", {"<", ">", "<=", ">=", "!=", "="});
        if (q.replyIfInvalid(res))
            return;
        if (q.has("fields") || q.has("filter"))
            return zod::replyMessage(res, 501, "test double: fields and filter are not modelled on GET /v2/scores");
        std::optional<double> value;
        if (auto v = q.text("value"))
            value = std::strtod(v->c_str(), nullptr);
        const auto ids = commaList(q.text("scoreIds"));
        const auto observations = commaList(q.text("observationId"));
        const auto envs = q.all("environment");
        const auto tags = q.all("traceTags");
        std::lock_guard lock(s.mutex);
        std::vector<const LfScore *> rows;
        for (const LfScore *sc : newestFirst(s)) {
            const LfTrace *t = sc->traceId.empty() ? nullptr : s.trace(sc->traceId);
            auto is = [&](const char *param, const std::string &field) { return !q.has(param) || *q.text(param) == field; };
            if (!is("name", sc->name) || !is("configId", sc->configId) || !is("sessionId", sc->sessionId)
                || !is("datasetRunId", sc->datasetRunId) || !is("traceId", sc->traceId) || !is("queueId", sc->queueId)
                || (q.has("userId") && (!t || t->userId != *q.text("userId"))) || (source && sc->source != *source)
                || (dataType && sc->dataType != *dataType) || !allows(ids, sc->id)
                || !allows(observations, sc->observationId) || !allows(envs, sc->environment)
                || (from && sc->timestampMs < *from) || (to && sc->timestampMs >= *to))
                continue;
            if (!tags.empty() && (!t || !std::all_of(tags.begin(), tags.end(), [&](const std::string &tag) {
                    return std::find(t->tags.begin(), t->tags.end(), tag) != t->tags.end();
                })))
                continue;
            if (op && value) {
                const double v = sc->value;
                const bool keep = *op == "<" ? v < *value : *op == ">" ? v > *value : *op == "<=" ? v <= *value
                    : *op == ">=" ? v >= *value : *op == "!=" ? v != *value : v == *value;
                if (!keep)
                    continue;
            }
            rows.push_back(sc);
        }
        Json data = Json::array();
        const auto start = static_cast<std::size_t>((page - 1) * limit);
        for (std::size_t i = start; i < rows.size() && i < start + static_cast<std::size_t>(limit); ++i)
            data.push_back(scoreV2Json(s, *rows[i]));
        Json out{{"data", data}, {"meta", pageMeta(page, limit, static_cast<std::int64_t>(rows.size()))}};
        if (d.v4())
            out["_deprecation"] = deprecation("GET /api/public/v3/scores");
        sendJson(res, 200, out);
    });

    d.v4Route("/api/public/v3/scores", "public-api", [&s](const httplib::Request &req, httplib::Response &res) {
        if (req.has_param("userId") || req.has_param("traceTags"))
            return zod::replyMessage(res, 400, "userId and traceTags filters are not supported on v3 scores; use "
                                               "GET /api/public/v2/scores");
        zod::QueryRules q(req, {"limit", "cursor", "fields", "id", "name", "source", "dataType", "environment",
                                "configId", "queueId", "authorUserId", "value", "valueMin", "valueMax", "traceId",
                                "sessionId", "observationId", "experimentId", "fromTimestamp", "toTimestamp"});
        const auto limit = q.integer("limit", 50, 1, 100);
        const auto from = q.dateTime("fromTimestamp");
        const auto to = q.dateTime("toTimestamp");
        std::set<std::string> groups;
        for (const std::string &g : commaList(q.text("fields"))) {
            if (g != "details" && g != "subject" && g != "annotation")
                q.issues().push_back(zod::custom("Invalid field group '" + g + "'", Json::array({"fields"})));
            groups.insert(g);
        }
        if (q.replyIfInvalid(res))
            return;
        const int subjects = q.has("traceId") + q.has("sessionId") + q.has("experimentId");
        if (subjects > 1 || (q.has("observationId") && !q.has("traceId")))
            return zod::replyMessage(res, 400, "traceId, sessionId and experimentId are mutually exclusive; "
                                               "observationId requires traceId");
        const auto types = commaList(q.text("dataType"), true);
        if ((q.has("value") && (types.size() != 1 || types[0] == "TEXT" || types[0] == "CORRECTION"))
            || ((q.has("valueMin") || q.has("valueMax")) && (types.size() != 1 || types[0] != "NUMERIC")))
            return zod::replyMessage(res, 400, "value filters need exactly one dataType (NUMERIC for valueMin/valueMax)");
        if (q.has("value") || q.has("valueMin") || q.has("valueMax"))
            return zod::replyMessage(res, 501, "test double: value filters are not modelled on GET /v3/scores");
        std::optional<std::pair<std::int64_t, std::string>> after;
        if (auto c = q.text("cursor")) {
            const auto decoded = base64Decode(*c);
            const Json pos = decoded ? Json::parse(*decoded, nullptr, false) : Json();
            if (!pos.is_object() || !pos.contains("t") || !pos["t"].is_number_integer() || !pos.contains("id")
                || !pos["id"].is_string())
                return zod::replyMessage(res, 400, "Invalid cursor");
            after = std::make_pair(pos["t"].get<std::int64_t>(), pos["id"].get<std::string>());
        }
        const auto ids = commaList(q.text("id")), names = commaList(q.text("name"));
        const auto sources = commaList(q.text("source"), true), envs = commaList(q.text("environment"));
        const auto configs = commaList(q.text("configId")), queues = commaList(q.text("queueId"));
        const auto authors = commaList(q.text("authorUserId")), traces = commaList(q.text("traceId"));
        const auto sessions = commaList(q.text("sessionId")), observations = commaList(q.text("observationId"));
        const auto experiments = commaList(q.text("experimentId"));
        std::lock_guard lock(s.mutex);
        Json data = Json::array();
        const LfScore *last = nullptr;
        bool more = false;
        for (const LfScore *sc : newestFirst(s)) {
            if (!allows(ids, sc->id) || !allows(names, sc->name) || !allows(sources, sc->source)
                || !allows(types, sc->dataType) || !allows(envs, sc->environment) || !allows(configs, sc->configId)
                || !allows(queues, sc->queueId) || !allows(authors, sc->authorUserId) || !allows(traces, sc->traceId)
                || !allows(sessions, sc->sessionId) || !allows(observations, sc->observationId)
                || !allows(experiments, sc->datasetRunId) || (from && sc->timestampMs < *from)
                || (to && sc->timestampMs >= *to))
                continue;
            if (after && (sc->timestampMs > after->first || (sc->timestampMs == after->first && sc->id >= after->second)))
                continue;
            if (static_cast<std::int64_t>(data.size()) == limit) {
                more = true;
                break;
            }
            data.push_back(scoreV3Json(s, *sc, groups));
            last = sc;
        }
        Json meta{{"limit", limit}};
        if (more && last)
            meta["cursor"] = base64Encode(Json{{"t", last->timestampMs}, {"id", last->id}}.dump(), true);
        sendJson(res, 200, Json{{"data", data}, {"meta", meta}});
    });
}

} // namespace keel::doubles
