// LiteLLM GET /spend/logs/v2 (rate bucket "spend-logs"), after ui_view_spend_logs: start_date and
// end_date are required ("YYYY-MM-DD HH:MM:SS", UTC, strptime: an ISO "...T...Z" string is an
// internal error, 500), page >= 1 and 1 <= page_size <= 1000 are FastAPI 422s, rows are
// startTime desc (or sort_by/sort_order), and `total` is the row count capped at 10,000
// (SPEND_LOGS_PAGINATION_COUNT_CAP), so past the cap total and total_pages are floors while the
// pages themselves go on: a connector must page until a short page.
#include "fastapierrors.h"
#include "litellmdouble.h"
#include "timetext.h"

#include <algorithm>

namespace keel::doubles {

namespace {

constexpr std::int64_t kCountCap = 10'000;

Json orNull(const std::string &s)
{
    return s.empty() ? Json() : Json(s);
}

Json rowJson(const LlSpendLog &l)
{
    Json metadata{{"user_api_key", l.apiKey}, {"user_api_key_alias", orNull(l.keyAlias)},
                  {"user_api_key_team_id", orNull(l.teamId)}, {"user_api_key_org_id", orNull(l.organizationId)},
                  {"user_api_key_user_id", l.user}, {"user_api_key_team_alias", orNull(l.teamAlias)},
                  {"requester_ip_address", l.requesterIp}, {"status", l.status}, {"spend_logs_metadata", nullptr}};
    if (l.status == "failure")
        metadata["error_information"] = {{"error_code", l.errorCode}, {"error_message", l.errorMessage},
                                         {"error_class", l.errorCode == "429" ? "RateLimitError" : "InternalServerError"},
                                         {"llm_provider", l.provider}};
    return Json{{"request_id", l.requestId}, {"call_type", l.callType}, {"api_key", l.apiKey}, {"spend", l.spend},
                {"total_tokens", l.promptTokens + l.completionTokens}, {"prompt_tokens", l.promptTokens},
                {"completion_tokens", l.completionTokens}, {"startTime", pythonIso(l.startMs)},
                {"endTime", pythonIso(l.endMs)}, {"request_duration_ms", l.endMs - l.startMs},
                {"completionStartTime", l.completionStartMs ? Json(pythonIso(l.completionStartMs)) : Json()},
                {"model", l.model}, {"model_id", l.modelId}, {"model_group", l.modelGroup},
                {"custom_llm_provider", l.provider}, {"api_base", l.apiBase}, {"user", l.user}, {"metadata", metadata},
                {"cache_hit", l.cacheHit ? "True" : "False"}, {"cache_key", l.cacheHit ? "ck-" + l.requestId.substr(9, 12) : "Cache OFF"},
                {"request_tags", l.tags}, {"team_id", orNull(l.teamId)}, {"organization_id", orNull(l.organizationId)},
                {"end_user", l.endUser}, {"requester_ip_address", l.requesterIp}, {"messages", Json::object()},
                {"response", Json::object()}, {"session_id", orNull(l.sessionId)}, {"status", l.status},
                {"mcp_namespaced_tool_name", nullptr}, {"agent_id", nullptr}, {"proxy_server_request", Json::object()}};
}

double sortKey(const LlSpendLog &l, const std::string &by)
{
    if (by == "spend") return l.spend;
    if (by == "total_tokens") return static_cast<double>(l.promptTokens + l.completionTokens);
    if (by == "endTime") return static_cast<double>(l.endMs);
    if (by == "request_duration_ms") return static_cast<double>(l.endMs - l.startMs);
    if (by == "ttft_ms") return l.completionStartMs ? static_cast<double>(l.completionStartMs - l.startMs) : -1.0;
    return static_cast<double>(l.startMs);
}

} // namespace

void addLiteLlmSpendRoutes(LiteLlmDouble &d)
{
    LiteLlmStore &s = d.store();
    d.route("GET", "/spend/logs/v2", "spend-logs", [&d, &s](const httplib::Request &req, httplib::Response &res) {
        fastapi::FastApiQuery q(req);
        const auto page = q.integer("page", 1, 1);
        const auto pageSize = q.integer("page_size", 50, 1, 1000);
        const auto minSpend = q.number("min_spend");
        const auto maxSpend = q.number("max_spend");
        if (q.replyIfInvalid(res))
            return;
        if (!d.requireAdmin(req, res))
            return;
        const auto startText = q.text("start_date"), endText = q.text("end_date");
        if (!startText || !endText)
            return fastapi::proxyError(res, 400, "Start date and end date are required", "bad_request");
        const auto start = parseSpaceDateTime(*startText);
        const auto end = parseSpaceDateTime(*endText);
        if (!start || !end) {
            const std::string bad = !start ? *startText : *endText;
            return fastapi::proxyError(res, 500, "Internal Server Error, time data '" + bad
                                                     + "' does not match format '%Y-%m-%d %H:%M:%S'",
                                       "internal_server_error");
        }
        const std::string sortBy = q.text("sort_by").value_or("startTime");
        static const std::vector<std::string> sortable = {"spend", "total_tokens", "startTime", "endTime",
                                                          "request_duration_ms", "model", "ttft_ms"};
        if (std::find(sortable.begin(), sortable.end(), sortBy) == sortable.end())
            return fastapi::proxyError(res, 400, "Invalid sort_by: " + sortBy, "bad_request", "sort_by");
        const bool ascending = q.text("sort_order") == std::optional<std::string>("asc");
        auto eq = [&](const char *param, const std::string &field) { return !q.text(param) || *q.text(param) == field; };
        auto contains = [&](const char *param, const std::string &field) {
            return !q.text(param) || field.find(*q.text(param)) != std::string::npos;
        };
        std::lock_guard lock(s.mutex);
        std::vector<const LlSpendLog *> rows;
        for (const LlSpendLog &l : s.logs) {
            const std::string status = q.text("status_filter").value_or("");
            if (l.startMs < *start || l.startMs > *end || !eq("api_key", l.apiKey) || !eq("user_id", l.user)
                || !eq("request_id", l.requestId) || !contains("session_id", l.sessionId) || !eq("team_id", l.teamId)
                || !eq("model", l.model) || !eq("model_id", l.modelId) || !eq("model_group", l.modelGroup)
                || !contains("key_alias", l.keyAlias) || !eq("end_user", l.endUser) || !eq("error_code", l.errorCode)
                || !contains("error_message", l.errorMessage) || (minSpend && l.spend < *minSpend)
                || (maxSpend && l.spend > *maxSpend) || (!status.empty() && status != l.status))
                continue;
            rows.push_back(&l);
        }
        if (sortBy == "model")
            std::stable_sort(rows.begin(), rows.end(), [&](const LlSpendLog *a, const LlSpendLog *b) {
                return ascending ? a->model < b->model : a->model > b->model;
            });
        else if (sortBy != "startTime" || ascending)
            std::stable_sort(rows.begin(), rows.end(), [&](const LlSpendLog *a, const LlSpendLog *b) {
                return ascending ? sortKey(*a, sortBy) < sortKey(*b, sortBy) : sortKey(*a, sortBy) > sortKey(*b, sortBy);
            });
        const std::int64_t total = std::min<std::int64_t>(static_cast<std::int64_t>(rows.size()), kCountCap);
        Json data = Json::array();
        const auto from = page > 1'000'000'000 ? rows.size() : static_cast<std::size_t>((page - 1) * pageSize);
        for (std::size_t i = from; i < rows.size() && i < from + static_cast<std::size_t>(pageSize); ++i)
            data.push_back(rowJson(*rows[i]));
        sendJson(res, 200, Json{{"data", data}, {"total", total}, {"page", page}, {"page_size", pageSize},
                                {"total_pages", (total + pageSize - 1) / pageSize}});
    });
}

} // namespace keel::doubles
