#include "litellmdouble.h"

#include "fastapierrors.h"
#include "timetext.h"

namespace keel::doubles {

LiteLlmDouble::LiteLlmDouble(DoubleServer &server, const LiteLlmSeedOptions &seed)
    : m_server(server)
{
    seedLiteLlm(m_store, seed);
    m_server.setGuard([this](const httplib::Request &req, httplib::Response &res) { return authorize(req, res); });
    m_server.setStatusReply([](httplib::Response &res, int status) {
        if (status == 404)
            return fastapi::detailError(res, 404, "Not Found");
        if (status == 405)
            return fastapi::detailError(res, 405, "Method Not Allowed");
        fastapi::proxyError(res, status, status >= 500 ? "Internal Server Error" : "Request failed",
                            status >= 500 ? "internal_server_error" : "bad_request");
    });
    // LiteLLM's management routes have no request rate limit of their own; a limit configured
    // here stands for a gateway in front of the proxy, and says so.
    m_server.setLimitedReply([](httplib::Response &res, const RateDecision &d, std::int64_t) {
        res.set_header("Retry-After", std::to_string((d.msBeforeNext + 999) / 1000));
        res.set_header("X-RateLimit-Limit", std::to_string(d.points));
        res.set_header("X-RateLimit-Remaining", std::to_string(d.remaining));
        fastapi::proxyError(res, 429, "Rate limit exceeded (test double: a gateway limit; the LiteLLM proxy has none "
                                      "on management routes)",
                            "rate_limit_error");
    });
    m_server.setStateDump([this] { return dumpState(); });

    route("GET", "/health/liveliness", "", [](const httplib::Request &, httplib::Response &res) {
        sendJson(res, 200, Json("I'm alive!"));
    }, false);
    route("GET", "/health/readiness", "", [](const httplib::Request &, httplib::Response &res) {
        sendJson(res, 200, Json{{"status", "healthy"}, {"db", "connected"}});
    }, false);
    addLiteLlmSpendRoutes(*this);
    addLiteLlmActivityRoutes(*this);
    addLiteLlmManagementRoutes(*this);
}

void LiteLlmDouble::route(const char *method, const std::string &pattern, const std::string &bucket,
                          DoubleServer::Handler handler, bool needsAuth)
{
    m_server.route(RouteSpec{method, pattern, bucket, needsAuth}, std::move(handler));
}

std::string LiteLlmDouble::presentedKey(const httplib::Request &req)
{
    std::string header = req.get_header_value("Authorization");
    if (header.rfind("Bearer ", 0) == 0)
        return header.substr(7);
    if (!header.empty())
        return header;
    return req.get_header_value("x-litellm-api-key");
}

const LlKey *LiteLlmDouble::caller(const httplib::Request &req) const
{
    return m_store.keyByRaw(presentedKey(req));
}

// user_api_key_auth: Bearer sk-... or x-litellm-api-key; a missing, malformed or unknown key is a
// ProxyException 401 of type auth_error.
bool LiteLlmDouble::authorize(const httplib::Request &req, httplib::Response &res) const
{
    const std::string key = presentedKey(req);
    if (key.empty()) {
        fastapi::proxyError(res, 401, "Authentication Error, No api key passed in.", "auth_error");
        return false;
    }
    if (key.rfind("sk-", 0) != 0) {
        fastapi::proxyError(res, 401, "Authentication Error, LiteLLM Virtual Key expected. Received=" + key
                                          + ", expected to start with 'sk-'.",
                            "auth_error");
        return false;
    }
    if (!caller(req)) {
        fastapi::proxyError(res, 401, "Authentication Error, Invalid proxy server token passed. valid_token=None.",
                            "auth_error");
        return false;
    }
    return true;
}

bool LiteLlmDouble::requireAdmin(const httplib::Request &req, httplib::Response &res) const
{
    const LlKey *key = caller(req);
    if (key && key->role == "proxy_admin")
        return true;
    fastapi::proxyError(res, 501, "test double: what " + req.path + " shows a non-admin key is not modelled; "
                                  "use the master key",
                        "not_modelled");
    return false;
}

Json LiteLlmDouble::dumpState() const
{
    std::lock_guard lock(m_store.mutex);
    Json keys = Json::array();
    for (const LlKey &k : m_store.keys)
        keys.push_back({{"key", k.rawKey}, {"token", k.token}, {"key_alias", k.keyAlias}, {"user_id", k.userId},
                        {"team_id", k.teamId.empty() ? Json() : Json(k.teamId)}, {"role", k.role}, {"spend", k.spend},
                        {"max_budget", k.maxBudget ? Json(*k.maxBudget) : Json()}});
    Json teams = Json::array();
    for (const LlTeam &t : m_store.teams)
        teams.push_back({{"team_id", t.teamId}, {"spend", t.spend},
                         {"max_budget", t.maxBudget ? Json(*t.maxBudget) : Json()}});
    std::string oldest, newest;
    if (!m_store.logs.empty()) {
        newest = pythonIso(m_store.logs.front().startMs);
        oldest = pythonIso(m_store.logs.back().startMs);
    }
    return Json{{"masterKey", m_store.masterKey}, {"keys", keys}, {"teams", teams},
                {"spendLogRows", m_store.logs.size()}, {"oldestStartTime", oldest}, {"newestStartTime", newest},
                {"dailyRows", {{"user", m_store.userDaily.size()}, {"team", m_store.teamDaily.size()},
                               {"tag", m_store.tagDaily.size()}}}};
}

} // namespace keel::doubles
