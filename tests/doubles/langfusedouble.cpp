#include "langfusedouble.h"

#include "base64text.h"
#include "langfusejson.h"
#include "timetext.h"
#include "zodissues.h"

namespace keel::doubles {

LangfuseDouble::LangfuseDouble(DoubleServer &server, bool v4, const LangfuseSeedOptions &seed)
    : m_server(server)
{
    m_store.v4 = v4;
    m_store.version = v4 ? "4.16.0" : "3.112.0";
    seedLangfuse(m_store, seed);

    m_server.setGuard([this](const httplib::Request &req, httplib::Response &res) { return authorize(req, res); });
    m_server.setStatusReply([](httplib::Response &res, int status) {
        const char *text = status == 404 ? "Route not found"
            : status == 405               ? "Method not allowed"
            : status >= 500               ? "Internal Server Error"
                                          : "Request failed";
        zod::replyMessage(res, status, text);
    });
    // RateLimitService.ts / structuredPublicApiErrorContract.ts: headers plus a structured body.
    m_server.setLimitedReply([](httplib::Response &res, const RateDecision &d, std::int64_t now) {
        const std::int64_t retry = (d.msBeforeNext + 999) / 1000;
        res.set_header("Retry-After", std::to_string(retry));
        res.set_header("X-RateLimit-Limit", std::to_string(d.points));
        res.set_header("X-RateLimit-Remaining", std::to_string(d.remaining));
        res.set_header("X-RateLimit-Reset", jsDateString(now + d.msBeforeNext));
        sendJson(res, 429,
                 Json{{"message", "Rate limit exceeded"}, {"code", "rate_limited"},
                      {"details", {{"retryAfterSeconds", retry}, {"limit", d.points}, {"remaining", d.remaining},
                                   {"resetAt", isoMs(now + d.msBeforeNext)}}}});
    });
    m_server.setStateDump([this] { return dumpState(); });

    route("GET", "/api/public/health", "", [this](const httplib::Request &, httplib::Response &res) {
        sendJson(res, 200, Json{{"version", m_store.version}, {"status", "OK"}});
    }, false);
    addLangfuseQueueRoutes(*this);
    addLangfuseTraceRoutes(*this);
    addLangfuseObservationListRoute(*this);
    addLangfuseScoreRoutes(*this);
    addLangfuseMetricsRoutes(*this);
}

void LangfuseDouble::route(const char *method, const std::string &pattern, const std::string &bucket,
                           DoubleServer::Handler handler, bool needsAuth)
{
    m_server.route(RouteSpec{method, pattern, bucket, needsAuth}, std::move(handler));
}

void LangfuseDouble::v4Route(const std::string &pattern, const std::string &bucket, DoubleServer::Handler handler)
{
    if (m_store.v4)
        return route("GET", pattern, bucket, std::move(handler));
    // web/src/pages/api/public/v2/observations/index.ts and v2/metrics.ts on a server without v4.
    route("GET", pattern, "", [](const httplib::Request &, httplib::Response &res) {
        zod::replyMessage(res, 404,
                          "This endpoint is only available in a Langfuse v4 write mode. Set "
                          "LANGFUSE_MIGRATION_V4_ALLOW_PREVIEW_OPT_IN=true or use the v1 endpoints.");
    });
}

void LangfuseDouble::legacyOnlyRoute(const std::string &pattern, const std::string &bucket,
                                     DoubleServer::Handler handler)
{
    if (!m_store.v4)
        return route("GET", pattern, bucket, std::move(handler));
    route("GET", pattern, "", [](const httplib::Request &, httplib::Response &res) {
        zod::replyMessage(res, 404, "This endpoint is not available on deployments running in Langfuse v4 "
                                    "events_only mode. Use the v2 metrics API instead.");
    });
}

// createAuthedProjectAPIRoute.ts: Basic public:secret everywhere; a Bearer public key only where
// the route allows the "scores" access level, which at 4.16.0 is POST /api/public/scores alone.
bool LangfuseDouble::authorize(const httplib::Request &req, httplib::Response &res) const
{
    const std::string header = req.get_header_value("Authorization");
    if (header.empty()) {
        zod::replyMessage(res, 401, "No authorization header");
        return false;
    }
    if (header.rfind("Basic ", 0) == 0) {
        const auto decoded = base64Decode(header.substr(6));
        if (decoded && *decoded == m_store.publicKey + ":" + m_store.secretKey)
            return true;
        zod::replyMessage(res, 401, "Invalid credentials. Confirm that you've configured the correct host.");
        return false;
    }
    if (header.rfind("Bearer ", 0) == 0 && header.substr(7) == m_store.publicKey) {
        if (req.method == "POST" && req.path == "/api/public/scores")
            return true;
        zod::replyMessage(res, 401, "Access denied - need to use basic auth with secret key to " + req.method + " "
                                        + req.path);
        return false;
    }
    zod::replyMessage(res, 401, "Invalid authorization header");
    return false;
}

Json LangfuseDouble::dumpState() const
{
    std::lock_guard lock(m_store.mutex);
    Json items = Json::array();
    for (const LfQueueItem &i : m_store.items)
        items.push_back(itemJson(i));
    Json scores = Json::array();
    for (const LfScore &s : m_store.scores)
        scores.push_back(scoreV2Json(m_store, s));
    Json comments = Json::array();
    for (const LfComment &c : m_store.comments)
        comments.push_back({{"id", c.id}, {"objectType", c.objectType}, {"objectId", c.objectId},
                            {"content", c.content}, {"authorUserId", c.authorUserId}, {"createdAt", isoMs(c.createdMs)}});
    Json queues = Json::array();
    for (const LfQueue &q : m_store.queues)
        queues.push_back(queueJson(q));
    return Json{{"mode", m_store.v4 ? "v4" : "legacy"}, {"projectId", m_store.projectId},
                {"publicKey", m_store.publicKey}, {"secretKey", m_store.secretKey},
                {"orgMembers", m_store.orgMembers}, {"queues", queues}, {"items", items}, {"scores", scores},
                {"comments", comments}, {"traceCount", m_store.traces.size()},
                {"observationCount", m_store.observations.size()}};
}

} // namespace keel::doubles
