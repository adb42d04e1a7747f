// Langfuse request records: the v4 GET /v2/observations (cursor paging, limit 1..1000, field
// groups, simple filters; 404 on a v3 server) and the deprecated v1 reads GET /traces/{id}
// (TraceWithFullDetails) and GET /observations/{id} (rate bucket "public-api-legacy"; on a v4
// server they carry the _deprecation object Cloud adds).
#include "base64text.h"
#include "langfusedouble.h"
#include "langfusejson.h"
#include "zodissues.h"

#include <algorithm>
#include <sstream>

namespace keel::doubles {

namespace {

const std::vector<std::string> kGroups = {"core", "basic", "time", "io", "metadata", "model", "usage", "prompt",
                                          "metrics", "trace_context"};
const std::vector<std::string> kTypes = {"GENERATION", "SPAN", "EVENT", "AGENT", "TOOL", "CHAIN", "RETRIEVER",
                                         "EVALUATOR", "EMBEDDING", "GUARDRAIL"};
const std::vector<std::string> kLevels = {"DEBUG", "DEFAULT", "WARNING", "ERROR"};

std::vector<std::string> splitList(const std::string &text)
{
    std::vector<std::string> out;
    std::stringstream ss(text);
    std::string part;
    while (std::getline(ss, part, ','))
        if (!part.empty())
            out.push_back(part);
    return out;
}

// One condition of the `filter` JSON array, for the columns the double models.
struct Condition {
    std::string column, op;
    std::vector<std::string> values;
};

std::string columnValue(const LangfuseStore &s, const LfObservation &o, const std::string &column)
{
    const LfTrace &t = *s.trace(o.traceId);
    if (column == "id") return o.id;
    if (column == "traceId") return o.traceId;
    if (column == "name") return o.name;
    if (column == "type") return o.type;
    if (column == "level") return o.level;
    if (column == "environment") return o.environment;
    if (column == "userId") return t.userId;
    if (column == "sessionId") return t.sessionId;
    if (column == "parentObservationId") return o.parentId;
    return o.model; // providedModelName
}

bool modelledColumn(const std::string &c)
{
    static const std::vector<std::string> cols = {"id", "traceId", "name", "type", "level", "environment", "userId",
                                                  "sessionId", "parentObservationId", "providedModelName"};
    return std::find(cols.begin(), cols.end(), c) != cols.end();
}

} // namespace

void addLangfuseTraceRoutes(LangfuseDouble &d)
{
    LangfuseStore &s = d.store();

    d.v4Route("/api/public/v2/observations", "public-api", [&s](const httplib::Request &req, httplib::Response &res) {
        zod::QueryRules q(req, {"fields", "expandMetadata", "limit", "cursor", "parseIoAsJson", "name", "userId",
                                "sessionId", "type", "traceId", "level", "parentObservationId", "isRootObservation",
                                "environment", "fromStartTime", "toStartTime", "version", "filter"});
        const auto limit = q.integer("limit", 50, 1, 1000);
        const auto type = q.oneOf("type", kTypes);
        const auto level = q.oneOf("level", kLevels);
        const auto from = q.dateTime("fromStartTime");
        const auto to = q.dateTime("toStartTime");
        const auto root = q.boolean("isRootObservation");
        const auto parseIo = q.boolean("parseIoAsJson");
        std::set<std::string> groups = {"core", "basic"};
        if (auto f = q.text("fields")) {
            groups = {"core"};
            for (const std::string &g : splitList(*f)) {
                if (std::find(kGroups.begin(), kGroups.end(), g) == kGroups.end())
                    q.issues().push_back(zod::custom("Invalid field group '" + g + "'", Json::array({"fields"})));
                groups.insert(g);
            }
        }
        std::set<std::string> expand;
        if (auto e = q.text("expandMetadata"))
            for (const std::string &k : splitList(*e))
                expand.insert(k);
        if (q.replyIfInvalid(res))
            return;
        if (parseIo && *parseIo)
            return zod::replyMessage(res, 400, "parseIoAsJson is no longer supported: input and output are always "
                                               "returned as raw strings. Remove the parameter or set it to false.");
        std::vector<Condition> conditions;
        if (auto f = q.text("filter")) {
            const Json filter = Json::parse(*f, nullptr, false);
            if (!filter.is_array())
                return zod::replyMessage(res, 400, "Invalid filter: expected a JSON array");
            for (const Json &c : filter) {
                const std::string column = c.value("column", ""), op = c.value("operator", "");
                const std::string ctype = c.value("type", "");
                const bool single = ctype == "string" && op == "=" && c.contains("value") && c["value"].is_string();
                const bool options = ctype == "stringOptions" && (op == "any of" || op == "none of")
                    && c.contains("value") && c["value"].is_array();
                if (!modelledColumn(column) || !(single || options))
                    return zod::replyMessage(res, 501, "test double: filter {column: '" + column + "', operator: '" + op
                                                           + "', type: '" + ctype + "'} is not modelled");
                Condition cond{column, op, {}};
                if (single)
                    cond.values.push_back(c["value"].get<std::string>());
                else
                    for (const Json &v : c["value"])
                        cond.values.push_back(v.is_string() ? v.get<std::string>() : v.dump());
                conditions.push_back(cond);
            }
        }
        std::optional<std::pair<std::int64_t, std::string>> after;
        if (auto c = q.text("cursor")) {
            const auto decoded = base64Decode(*c);
            const Json pos = decoded ? Json::parse(*decoded, nullptr, false) : Json();
            if (!pos.is_object() || !pos.contains("lastStartTime") || !pos["lastStartTime"].is_number_integer()
                || !pos.contains("lastId") || !pos["lastId"].is_string())
                return zod::replyMessage(res, 400, "Invalid cursor");
            after = std::make_pair(pos["lastStartTime"].get<std::int64_t>(), pos["lastId"].get<std::string>());
        }
        const auto simple = [&](const char *name) { return q.text(name); };
        std::lock_guard lock(s.mutex);
        std::vector<const LfObservation *> rows;
        for (const LfObservation &o : s.observations) {
            if (!conditions.empty()) { // filter takes precedence over the simple parameters
                bool keep = true;
                for (const Condition &c : conditions) {
                    const std::string v = columnValue(s, o, c.column);
                    const bool in = std::find(c.values.begin(), c.values.end(), v) != c.values.end();
                    keep = keep && (c.op == "none of" ? !in : in);
                }
                if (!keep)
                    continue;
            } else {
                const LfTrace &t = *s.trace(o.traceId);
                if ((simple("traceId") && o.traceId != *simple("traceId")) || (simple("name") && o.name != *simple("name"))
                    || (simple("userId") && t.userId != *simple("userId"))
                    || (simple("sessionId") && t.sessionId != *simple("sessionId")) || (type && o.type != *type)
                    || (level && o.level != *level) || (simple("version") && o.version != *simple("version"))
                    || (simple("parentObservationId") && o.parentId != *simple("parentObservationId"))
                    || (root && o.parentId.empty() != *root))
                    continue;
                const auto envs = q.all("environment");
                if (!envs.empty() && std::find(envs.begin(), envs.end(), o.environment) == envs.end())
                    continue;
            }
            if ((from && o.startMs < *from) || (to && o.startMs >= *to))
                continue;
            rows.push_back(&o);
        }
        std::sort(rows.begin(), rows.end(), [](const LfObservation *a, const LfObservation *b) {
            return a->startMs != b->startMs ? a->startMs > b->startMs : a->id > b->id;
        });
        Json data = Json::array();
        const LfObservation *last = nullptr;
        bool more = false;
        for (const LfObservation *o : rows) {
            if (after && (o->startMs > after->first || (o->startMs == after->first && o->id >= after->second)))
                continue;
            if (static_cast<std::int64_t>(data.size()) == limit) {
                more = true;
                break;
            }
            data.push_back(observationV2Json(s, *o, groups, expand));
            last = o;
        }
        Json meta = Json::object();
        if (more && last)
            meta["cursor"] = base64Encode(Json{{"lastStartTime", last->startMs}, {"lastId", last->id}}.dump());
        sendJson(res, 200, Json{{"data", data}, {"meta", meta}});
    });

    d.route("GET", "/api/public/traces/([^/]+)", "public-api-legacy",
            [&d, &s](const httplib::Request &req, httplib::Response &res) {
        zod::QueryRules q(req, {"fields"});
        std::set<std::string> groups = {"core", "io", "scores", "observations", "metrics"};
        if (auto f = q.text("fields")) {
            groups = {"core"};
            for (const std::string &g : splitList(*f)) {
                if (g != "core" && g != "io" && g != "scores" && g != "observations" && g != "metrics")
                    q.issues().push_back(zod::custom("Invalid field group '" + g + "'", Json::array({"fields"})));
                groups.insert(g);
            }
        }
        if (q.replyIfInvalid(res))
            return;
        std::lock_guard lock(s.mutex);
        const LfTrace *t = s.trace(req.matches[1]);
        if (!t)
            return zod::replyMessage(res, 404, "Trace " + std::string(req.matches[1]) + " not found within authorized project");
        Json out = traceFullJson(s, *t);
        if (!groups.count("io"))
            for (const char *k : {"input", "output", "metadata"})
                out.erase(k);
        if (!groups.count("observations"))
            out["observations"] = Json::array();
        if (!groups.count("scores"))
            out["scores"] = Json::array();
        if (!groups.count("metrics")) {
            out.erase("latency");
            out.erase("totalCost");
        }
        if (d.v4())
            out["_deprecation"] = deprecation("GET /api/public/v2/observations?traceId=");
        sendJson(res, 200, out);
    });

    d.route("GET", "/api/public/observations/([^/]+)", "public-api-legacy",
            [&d, &s](const httplib::Request &req, httplib::Response &res) {
        zod::QueryRules q(req, {});
        if (q.replyIfInvalid(res))
            return;
        std::lock_guard lock(s.mutex);
        const LfObservation *o = s.observation(req.matches[1]);
        if (!o)
            return zod::replyMessage(res, 404, "Observation not found within authorized project");
        Json out = observationViewJson(s, *o);
        if (d.v4())
            out["_deprecation"] = deprecation("GET /api/public/v2/observations");
        sendJson(res, 200, out);
    });
}

} // namespace keel::doubles
