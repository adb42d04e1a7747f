// Langfuse decisions (rate bucket "public-api"): score configs, POST /scores (validated by
// langfusescorerules.cpp; the same `id` upserts: the score is replaced in place, never
// duplicated), and POST /comments (projectId must be the key's project, the object must exist,
// the author must be an org member, content 1..5000 characters).
#include "langfusedouble.h"
#include "langfusejson.h"
#include "langfusescorerules.h"
#include "seedrng.h"
#include "zodissues.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <memory>

namespace keel::doubles {

void addLangfuseScoreLists(LangfuseDouble &d);

void addLangfuseScoreRoutes(LangfuseDouble &d)
{
    LangfuseStore &s = d.store();
    auto ids = std::make_shared<SeedRng>(0x5c0e5ULL); // ids of new scores and comments; deterministic per run

    d.route("GET", "/api/public/score-configs", "public-api", [&s](const httplib::Request &req, httplib::Response &res) {
        zod::QueryRules q(req, {"page", "limit"});
        const auto page = q.integer("page", 1, 1, INT32_MAX);
        const auto limit = q.integer("limit", 50, 1, 100);
        if (q.replyIfInvalid(res))
            return;
        std::lock_guard lock(s.mutex);
        Json data = Json::array();
        const auto from = static_cast<std::size_t>((page - 1) * limit);
        for (std::size_t i = from; i < s.configs.size() && i < from + static_cast<std::size_t>(limit); ++i)
            data.push_back(configJson(s.configs[i], s.projectId));
        sendJson(res, 200, Json{{"data", data}, {"meta", pageMeta(page, limit, static_cast<std::int64_t>(s.configs.size()))}});
    });

    d.route("GET", "/api/public/score-configs/([^/]+)", "public-api", [&s](const httplib::Request &req, httplib::Response &res) {
        zod::QueryRules q(req, {});
        if (q.replyIfInvalid(res))
            return;
        std::lock_guard lock(s.mutex);
        const LfScoreConfig *c = s.config(req.matches[1]);
        if (!c)
            return zod::replyMessage(res, 404, "Score config not found");
        sendJson(res, 200, configJson(*c, s.projectId));
    });

    d.route("POST", "/api/public/scores", "public-api", [&d, &s, ids](const httplib::Request &req, httplib::Response &res) {
        const auto body = parseBody(req);
        if (!body)
            return zod::replyMessage(res, 400, "Invalid JSON body");
        std::lock_guard lock(s.mutex);
        LfScore score;
        if (auto refusal = checkCreateScore(*body, s, score))
            return sendJson(res, refusal->status, refusal->body);
        const std::int64_t now = d.now();
        const bool hasId = body->contains("id") && (*body)["id"].is_string() && !(*body)["id"].get<std::string>().empty();
        score.id = hasId ? (*body)["id"].get<std::string>() : ids->uuid(); // body.id || randomUUID()
        score.timestampMs = score.createdMs = score.updatedMs = now;
        if (const auto it = s.scoreIndex.find(score.id); it != s.scoreIndex.end()) {
            score.createdMs = s.scores[it->second].createdMs; // upsert on id: the row is replaced
            s.scores[it->second] = score;
        } else {
            s.scoreIndex[score.id] = s.scores.size();
            s.scores.push_back(score);
        }
        sendJson(res, 200, Json{{"id", score.id}});
    });

    d.route("POST", "/api/public/comments", "public-api", [&d, &s, ids](const httplib::Request &req, httplib::Response &res) {
        const auto body = parseBody(req);
        if (!body)
            return zod::replyMessage(res, 400, "Invalid JSON body");
        Json issues = Json::array();
        if (!body->is_object()) {
            issues.push_back(zod::invalidType("object", zod::typeOf(*body), Json::array()));
            return zod::replyInvalid(res, issues);
        }
        zod::checkStrictKeys(*body, {"projectId", "objectType", "objectId", "content", "authorUserId"}, issues);
        for (const char *key : {"projectId", "objectType", "objectId", "content"})
            if (!body->contains(key) || !(*body)[key].is_string())
                issues.push_back(zod::invalidType("string", body->contains(key) ? zod::typeOf((*body)[key]) : "undefined",
                                                  Json::array({key})));
        std::string type;
        if (body->contains("objectType") && (*body)["objectType"].is_string()) {
            type = (*body)["objectType"].get<std::string>();
            std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return std::toupper(c); });
            if (type != "TRACE" && type != "OBSERVATION" && type != "SESSION" && type != "PROMPT")
                issues.push_back(zod::invalidEnum((*body)["objectType"].get<std::string>(),
                                                  {"TRACE", "OBSERVATION", "SESSION", "PROMPT"}, Json::array({"objectType"})));
        }
        if (body->contains("content") && (*body)["content"].is_string()) {
            const auto size = (*body)["content"].get<std::string>().size();
            if (size == 0)
                issues.push_back(zod::tooSmall(1, Json::array({"content"}), "string"));
            else if (size > 5000)
                issues.push_back(zod::tooBig(5000, Json::array({"content"}), "string"));
        }
        if (body->contains("authorUserId") && !(*body)["authorUserId"].is_null() && !(*body)["authorUserId"].is_string())
            issues.push_back(zod::invalidType("string", zod::typeOf((*body)["authorUserId"]), Json::array({"authorUserId"})));
        if (!issues.empty())
            return zod::replyInvalid(res, issues);
        std::lock_guard lock(s.mutex);
        if ((*body)["projectId"] != s.projectId)
            return zod::replyMessage(res, 403, "Project ID does not match the API key's project");
        const std::string objectId = (*body)["objectId"].get<std::string>();
        const bool exists = (type == "TRACE" && s.trace(objectId)) || (type == "OBSERVATION" && s.observation(objectId))
            || (type == "SESSION" && s.hasSession(objectId));
        if (!exists)
            return zod::replyMessage(res, 404, "No " + type + " with id " + objectId + " in project " + s.projectId);
        LfComment c;
        if (body->contains("authorUserId") && (*body)["authorUserId"].is_string()) {
            c.authorUserId = (*body)["authorUserId"].get<std::string>();
            if (std::find(s.orgMembers.begin(), s.orgMembers.end(), c.authorUserId) == s.orgMembers.end())
                return zod::replyMessage(res, 400, "User " + c.authorUserId + " is not a member of the organization");
        }
        c.id = ids->cuid();
        c.objectType = type;
        c.objectId = objectId;
        c.content = (*body)["content"].get<std::string>();
        c.createdMs = d.now();
        s.comments.push_back(c);
        sendJson(res, 200, Json{{"id", c.id}});
    });

    addLangfuseScoreLists(d);
}

} // namespace keel::doubles
