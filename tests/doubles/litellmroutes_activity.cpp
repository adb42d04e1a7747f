// LiteLLM's daily activity (rate bucket "daily-activity"): GET /user/daily/activity,
// /team/daily/activity and /tag/daily/activity, after common_daily_activity.get_daily_activity:
// start_date and end_date (YYYY-MM-DD, compared as strings) are required (400 {"detail": {"error"}}),
// the page is taken over the RAW daily rows ordered by date desc (skip/take), and only that page
// is aggregated by date. So a page can hold part of a day, the next page the rest of it, and
// metadata.total_* cover the page alone; total_pages counts raw rows. A connector has to fetch
// every page and merge results by date. /user pages are 1..1000 rows (FastAPI 422 beyond);
// /team and /tag have no bounds, and page or page_size below 1 fails inside the handler (500).
#include "fastapierrors.h"
#include "litellmdouble.h"
#include "timetext.h"

#include <algorithm>
#include <map>
#include <sstream>

namespace keel::doubles {

namespace {

struct Metrics {
    double spend = 0;
    std::int64_t prompt = 0, completion = 0, cacheRead = 0, cacheCreation = 0, requests = 0, ok = 0, failed = 0;
    void add(const LlDailyRow &r)
    {
        spend += r.spend;
        prompt += r.promptTokens;
        completion += r.completionTokens;
        cacheRead += r.cacheReadTokens;
        cacheCreation += r.cacheCreationTokens;
        requests += r.apiRequests;
        ok += r.successful;
        failed += r.failed;
    }
    Json json() const
    {
        return Json{{"spend", spend}, {"prompt_tokens", prompt}, {"completion_tokens", completion},
                    {"cache_read_input_tokens", cacheRead}, {"cache_creation_input_tokens", cacheCreation},
                    {"compression_saved_tokens", 0}, {"compression_savings_spend", 0.0},
                    {"prompt_caching_savings_spend", 0.0}, {"total_tokens", prompt + completion},
                    {"successful_requests", ok}, {"failed_requests", failed}, {"api_requests", requests}};
    }
};

struct Entry {
    Metrics metrics;
    Json metadata = Json::object();
    std::map<std::string, Metrics> byKey;
};

struct Day {
    Metrics metrics;
    std::map<std::string, Entry> models, groups, providers, endpoints, entities;
    std::map<std::string, Metrics> keys;
};

struct Endpoint {
    const char *path;
    const char *entityParam, *excludeParam; // excludeParam "" = none
    bool userBounds;                        // /user: page >= 1, 1 <= page_size <= 1000, default 50
    std::vector<LlDailyRow> LiteLlmStore::*rows;
};

Json keyMetadata(const LiteLlmStore &s, const std::string &token)
{
    const LlKey *k = s.keyByToken(token);
    return Json{{"key_alias", k ? Json(k->keyAlias) : Json()},
                {"team_id", k && !k->teamId.empty() ? Json(k->teamId) : Json()}};
}

Json entries(const LiteLlmStore &s, const std::map<std::string, Entry> &m)
{
    Json out = Json::object();
    for (const auto &[name, e] : m) {
        Json keys = Json::object();
        for (const auto &[token, metrics] : e.byKey)
            keys[token] = Json{{"metrics", metrics.json()}, {"metadata", keyMetadata(s, token)}};
        out[name] = Json{{"metrics", e.metrics.json()}, {"metadata", e.metadata}, {"api_key_breakdown", keys}};
    }
    return out;
}

void activity(const LiteLlmStore &s, const Endpoint &ep, const httplib::Request &req, httplib::Response &res)
{
    fastapi::FastApiQuery q(req);
    const std::int64_t page = ep.userBounds ? q.integer("page", 1, 1) : q.integer("page", 1);
    const std::int64_t pageSize = ep.userBounds ? q.integer("page_size", 50, 1, 1000) : q.integer("page_size", 10);
    std::int64_t timezone = 0; // minutes behind UTC, JavaScript's getTimezoneOffset()
    if (ep.userBounds)
        if (const auto t = q.optionalInteger("timezone"))
            timezone = *t;
    if (q.replyIfInvalid(res))
        return;
    auto startDate = q.text("start_date"), endDate = q.text("end_date");
    if (!startDate || !endDate)
        return fastapi::detailError(res, 400, Json{{"error", "Please provide start_date and end_date"}});
    if (page < 1 || pageSize < 1)
        return fastapi::detailError(res, 500, Json{{"error", "Failed to fetch analytics: " + std::string(pageSize < 1
                                                                 ? "integer division or modulo by zero"
                                                                 : "skip must be a non-negative integer")}});
    if (timezone != 0) { // _adjust_dates_for_timezone: widen the UTC window by a day
        const auto a = parseDate(*startDate), b = parseDate(*endDate);
        if (!a || !b)
            return fastapi::detailError(res, 500, Json{{"error", "Failed to fetch analytics: time data does not match "
                                                                 "format '%Y-%m-%d'"}});
        if (timezone > 0)
            endDate = dateOf(*b + kMsPerDay);
        else
            startDate = dateOf(*a - kMsPerDay);
    }
    const auto entityIds = ep.entityParam == std::string("user_id") ? (q.text("user_id") ? std::vector<std::string>{*q.text("user_id")}
                                                                                         : std::vector<std::string>{})
                                                                    : commaList(q.text(ep.entityParam));
    const auto excluded = *ep.excludeParam ? commaList(q.text(ep.excludeParam)) : std::vector<std::string>{};
    std::vector<const LlDailyRow *> matching;
    for (const LlDailyRow &r : s.*ep.rows) {
        if (r.date < *startDate || r.date > *endDate || (q.text("model") && r.model != *q.text("model"))
            || (q.text("api_key") && r.apiKey != *q.text("api_key"))
            || (!entityIds.empty() && std::find(entityIds.begin(), entityIds.end(), r.entity) == entityIds.end())
            || std::find(excluded.begin(), excluded.end(), r.entity) != excluded.end())
            continue;
        matching.push_back(&r);
    }
    const auto total = static_cast<std::int64_t>(matching.size());
    std::map<std::string, Day, std::greater<>> days;
    Metrics totals;
    const std::int64_t skip = page > 1'000'000'000 ? total : (page - 1) * pageSize;
    for (std::int64_t i = skip; i < total && i < skip + pageSize; ++i) {
        const LlDailyRow &r = *matching[static_cast<std::size_t>(i)];
        Day &day = days[r.date];
        day.metrics.add(r);
        totals.add(r);
        auto into = [&](std::map<std::string, Entry> &m, const std::string &name) {
            Entry &e = m[name];
            e.metrics.add(r);
            e.byKey[r.apiKey].add(r);
            return &e;
        };
        if (!r.model.empty())
            into(day.models, r.model);
        if (!r.modelGroup.empty())
            into(day.groups, r.modelGroup);
        into(day.providers, r.provider.empty() ? "unknown" : r.provider);
        if (!r.endpoint.empty())
            into(day.endpoints, r.endpoint);
        Entry *entity = into(day.entities, r.entity.empty() ? "Unassigned" : r.entity);
        if (const LlTeam *t = ep.rows == &LiteLlmStore::teamDaily ? s.team(r.entity) : nullptr)
            entity->metadata = Json{{"team_alias", t->teamAlias}};
        day.keys[r.apiKey].add(r);
    }
    Json results = Json::array();
    for (const auto &[date, day] : days) {
        Json keys = Json::object();
        for (const auto &[token, metrics] : day.keys)
            keys[token] = Json{{"metrics", metrics.json()}, {"metadata", keyMetadata(s, token)}};
        results.push_back({{"date", date}, {"metrics", day.metrics.json()},
                           {"breakdown", {{"mcp_servers", Json::object()}, {"models", entries(s, day.models)},
                                          {"model_groups", entries(s, day.groups)},
                                          {"providers", entries(s, day.providers)},
                                          {"endpoints", entries(s, day.endpoints)}, {"api_keys", keys},
                                          {"entities", entries(s, day.entities)}}}});
    }
    const Json m = totals.json();
    Json metadata{{"total_spend", m["spend"]}, {"total_prompt_tokens", m["prompt_tokens"]},
                  {"total_completion_tokens", m["completion_tokens"]}, {"total_tokens", m["total_tokens"]},
                  {"total_api_requests", m["api_requests"]}, {"total_successful_requests", m["successful_requests"]},
                  {"total_failed_requests", m["failed_requests"]},
                  {"total_cache_read_input_tokens", m["cache_read_input_tokens"]},
                  {"total_cache_creation_input_tokens", m["cache_creation_input_tokens"]},
                  {"total_compression_saved_tokens", 0}, {"total_compression_savings_spend", 0.0},
                  {"total_prompt_caching_savings_spend", 0.0}, {"page", page},
                  {"total_pages", (total + pageSize - 1) / pageSize}, {"has_more", page <= 1'000'000'000 && page * pageSize < total}};
    sendJson(res, 200, Json{{"results", results}, {"metadata", metadata}});
}

} // namespace

void addLiteLlmActivityRoutes(LiteLlmDouble &d)
{
    LiteLlmStore &s = d.store();
    static const Endpoint endpoints[] = {
        {"/user/daily/activity", "user_id", "", true, &LiteLlmStore::userDaily},
        {"/team/daily/activity", "team_ids", "exclude_team_ids", false, &LiteLlmStore::teamDaily},
        {"/tag/daily/activity", "tags", "", false, &LiteLlmStore::tagDaily},
    };
    for (const Endpoint &ep : endpoints)
        d.route("GET", ep.path, "daily-activity", [&d, &s, &ep](const httplib::Request &req, httplib::Response &res) {
            if (!d.requireAdmin(req, res))
                return;
            std::lock_guard lock(s.mutex);
            activity(s, ep, req, res);
        });
}

} // namespace keel::doubles
