// LiteLLM keys, teams and budgets (rate bucket "management"): GET /key/info (a non-admin key may
// read only itself: 403 otherwise), GET /team/info (team_id required), GET /budget/list (the whole
// LiteLLM_BudgetTable as a bare array) and POST /budget/info {"budgets": [ids]} (an empty list is a
// 400, a missing one FastAPI's 422). The 1.96 OpenAPI types none of these answers; their shapes
// follow info_key_fn, team_info and the budget endpoints as the notes read them.
#include "fastapierrors.h"
#include "litellmdouble.h"
#include "timetext.h"

#include <map>

namespace keel::doubles {

namespace {

template <typename T>
Json opt(const std::optional<T> &v)
{
    return v ? Json(*v) : Json();
}

Json orNull(const std::string &s)
{
    return s.empty() ? Json() : Json(s);
}

Json timeOrNull(std::int64_t ms)
{
    return ms ? Json(pythonIso(ms)) : Json();
}

// A LiteLLM_VerificationToken row without its token, as /key/info and /team/info return it.
Json keyRow(const LlKey &k)
{
    const std::string tail = k.rawKey.size() > 4 ? k.rawKey.substr(k.rawKey.size() - 4) : k.rawKey;
    return Json{{"key_name", "sk-..." + tail}, {"key_alias", k.keyAlias}, {"spend", k.spend},
                {"max_budget", opt(k.maxBudget)}, {"expires", nullptr}, {"models", k.models},
                {"aliases", Json::object()}, {"config", Json::object()}, {"user_id", orNull(k.userId)},
                {"team_id", orNull(k.teamId)}, {"project_id", nullptr}, {"organization_id", k.teamId.empty() ? Json() : Json("org-acme")},
                {"max_parallel_requests", nullptr}, {"metadata", Json::object()}, {"tpm_limit", opt(k.tpmLimit)},
                {"rpm_limit", opt(k.rpmLimit)}, {"budget_duration", orNull(k.budgetDuration)},
                {"budget_reset_at", timeOrNull(k.budgetResetMs)}, {"allowed_cache_controls", Json::array()},
                {"allowed_routes", Json::array()}, {"permissions", Json::object()}, {"model_spend", Json::object()},
                {"model_max_budget", Json::object()}, {"soft_budget_cooldown", false}, {"blocked", nullptr},
                {"litellm_budget_table", nullptr}, {"budget_id", orNull(k.budgetId)}, {"budget_limits", nullptr},
                {"created_at", timeOrNull(k.createdMs)}, {"created_by", "admin"}, {"updated_at", timeOrNull(k.createdMs)},
                {"updated_by", "admin"}, {"last_active", timeOrNull(k.lastActiveMs)}, {"object_permission_id", nullptr},
                {"object_permission", nullptr}};
}

Json budgetRow(const LlBudget &b)
{
    return Json{{"budget_id", b.budgetId}, {"max_budget", opt(b.maxBudget)}, {"soft_budget", opt(b.softBudget)},
                {"max_parallel_requests", opt(b.maxParallelRequests)}, {"tpm_limit", opt(b.tpmLimit)},
                {"rpm_limit", opt(b.rpmLimit)}, {"model_max_budget", b.modelMaxBudget.is_null() ? Json::object() : b.modelMaxBudget},
                {"budget_duration", orNull(b.budgetDuration)}, {"budget_reset_at", timeOrNull(b.budgetResetMs)},
                {"allowed_models", b.allowedModels}, {"created_at", pythonIso(b.createdMs)}, {"created_by", b.createdBy},
                {"updated_at", pythonIso(b.createdMs)}, {"updated_by", b.createdBy}};
}

Json teamJson(const LiteLlmStore &s, const LlTeam &t)
{
    Json members = Json::array();
    for (const auto &[user, role] : t.members)
        members.push_back({{"user_id", user}, {"user_email", nullptr}, {"role", role}});
    Json info{{"team_alias", t.teamAlias}, {"team_id", t.teamId}, {"organization_id", orNull(t.organizationId)},
              {"admins", Json::array()}, {"members", Json::array()}, {"members_with_roles", members},
              {"team_member_permissions", Json::array()}, {"metadata", Json::object()}, {"tpm_limit", opt(t.tpmLimit)},
              {"rpm_limit", opt(t.rpmLimit)}, {"max_budget", opt(t.maxBudget)}, {"soft_budget", opt(t.softBudget)},
              {"budget_duration", orNull(t.budgetDuration)}, {"models", t.models}, {"blocked", false},
              {"spend", t.spend}, {"max_parallel_requests", nullptr}, {"budget_reset_at", timeOrNull(t.budgetResetMs)},
              {"model_id", nullptr}, {"model_spend", Json::object()}, {"model_max_budget", Json::object()},
              {"litellm_model_table", nullptr}, {"object_permission", nullptr}, {"object_permission_id", nullptr},
              {"updated_at", pythonIso(t.createdMs)}, {"created_at", pythonIso(t.createdMs)}};
    Json keys = Json::array();
    std::map<std::string, double> memberSpend;
    for (const LlKey &k : s.keys)
        if (k.teamId == t.teamId)
            keys.push_back(keyRow(k));
    for (const LlSpendLog &l : s.logs)
        if (l.teamId == t.teamId)
            memberSpend[l.user] += l.spend;
    Json memberships = Json::array();
    for (const auto &[user, role] : t.members)
        memberships.push_back({{"user_id", user}, {"team_id", t.teamId}, {"budget_id", nullptr},
                               {"spend", memberSpend[user]}, {"total_spend", memberSpend[user]},
                               {"litellm_budget_table", nullptr}});
    return Json{{"team_id", t.teamId}, {"team_info", info}, {"keys", keys}, {"team_memberships", memberships}};
}

} // namespace

void addLiteLlmManagementRoutes(LiteLlmDouble &d)
{
    LiteLlmStore &s = d.store();

    d.route("GET", "/key/info", "management", [&d, &s](const httplib::Request &req, httplib::Response &res) {
        const LlKey *me = d.caller(req);
        std::lock_guard lock(s.mutex);
        const std::string asked = req.has_param("key") ? req.get_param_value("key") : me->rawKey;
        const LlKey *k = asked.rfind("sk-", 0) == 0 ? s.keyByRaw(asked) : s.keyByToken(asked);
        if (me->role != "proxy_admin" && (!k || k->token != me->token))
            return fastapi::proxyError(res, 403, "You are not allowed to access this key's info. Your role="
                                                     + me->role,
                                       "auth_error", "key");
        if (!k)
            return fastapi::proxyError(res, 404, "Key not found in database", "not_found", "key");
        Json info = keyRow(*k);
        sendJson(res, 200, Json{{"key", asked}, {"info", info}});
    });

    d.route("GET", "/team/info", "management", [&d, &s](const httplib::Request &req, httplib::Response &res) {
        if (!d.requireAdmin(req, res))
            return;
        fastapi::FastApiQuery q(req);
        q.optionalInteger("key_limit");
        if (q.replyIfInvalid(res))
            return;
        if (!req.has_param("team_id"))
            return fastapi::detailError(res, 422, Json{{"message", "Malformed request. No team id passed in."}});
        std::lock_guard lock(s.mutex);
        const LlTeam *t = s.team(req.get_param_value("team_id"));
        if (!t)
            return fastapi::detailError(res, 404, Json{{"error", "Team not found, passed team_id="
                                                                     + req.get_param_value("team_id")}});
        sendJson(res, 200, teamJson(s, *t));
    });

    d.route("GET", "/budget/list", "management", [&d, &s](const httplib::Request &req, httplib::Response &res) {
        if (!d.requireAdmin(req, res))
            return;
        std::lock_guard lock(s.mutex);
        Json rows = Json::array();
        for (const LlBudget &b : s.budgets)
            rows.push_back(budgetRow(b));
        sendJson(res, 200, rows);
    });

    d.route("POST", "/budget/info", "management", [&d, &s](const httplib::Request &req, httplib::Response &res) {
        if (!d.requireAdmin(req, res))
            return;
        const auto body = parseBody(req);
        if (!body || !body->is_object())
            return fastapi::detailError(res, 422, Json::array({Json{{"type", "model_attributes_type"},
                                                                    {"loc", Json::array({"body"})},
                                                                    {"msg", "Input should be a valid dictionary or object "
                                                                            "to extract fields from"},
                                                                    {"input", req.body}}}));
        if (!body->contains("budgets"))
            return fastapi::detailError(res, 422, Json::array({Json{{"type", "missing"},
                                                                    {"loc", Json::array({"body", "budgets"})},
                                                                    {"msg", "Field required"}, {"input", *body}}}));
        const Json &ids = (*body)["budgets"];
        if (!ids.is_array() || !std::all_of(ids.begin(), ids.end(), [](const Json &v) { return v.is_string(); }))
            return fastapi::detailError(res, 422, Json::array({Json{{"type", "list_type"},
                                                                    {"loc", Json::array({"body", "budgets"})},
                                                                    {"msg", "Input should be a valid list of strings"},
                                                                    {"input", ids}}}));
        if (ids.empty())
            return fastapi::detailError(res, 400, Json{{"error", "Specify list of budget id's to query. Passed in=[]"}});
        std::lock_guard lock(s.mutex);
        Json rows = Json::array();
        for (const LlBudget &b : s.budgets)
            for (const Json &id : ids)
                if (id == b.budgetId)
                    rows.push_back(budgetRow(b));
        sendJson(res, 200, rows);
    });
}

} // namespace keel::doubles
