// The LiteLLM test double's seed: four teams (one near its budget, one over it, one without a
// budget), ten virtual keys (one without a team), eight users, four budgets, and spend-log rows
// over the 30 days before the anchor across five model groups and four providers, with failures,
// cache hits and request tags; the daily user/team/tag tables are aggregated from those rows the
// way LiteLLM's spend writer does. Team and key budgets are set from the spend they end up with, so
// "near" and "over" hold for every seed. Deterministic in (seed, anchor, rows).
#include "litellmstore.h"
#include "seedrng.h"
#include "timetext.h"

#include <openssl/evp.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace keel::doubles {

std::string sha256Hex(const std::string &text)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(text.data(), text.size(), digest, &length, EVP_sha256(), nullptr);
    static const char *hex = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < length; ++i) {
        out += hex[digest[i] >> 4];
        out += hex[digest[i] & 15];
    }
    return out;
}

const LlKey *LiteLlmStore::keyByToken(const std::string &token) const
{
    for (const LlKey &k : keys)
        if (k.token == token)
            return &k;
    return nullptr;
}

const LlKey *LiteLlmStore::keyByRaw(const std::string &raw) const
{
    return keyByToken(sha256Hex(raw));
}

const LlTeam *LiteLlmStore::team(const std::string &id) const
{
    for (const LlTeam &t : teams)
        if (t.teamId == id)
            return &t;
    return nullptr;
}

namespace {

struct SeedModel {
    std::string group, model, provider, apiBase, id;
    double inPrice, outPrice; // USD per token
    bool embedding;
};

const std::vector<SeedModel> kModels = {
    {"gpt-4o", "gpt-4o-2024-08-06", "openai", "https://api.openai.com/v1", "m-4f1c", 2.5e-6, 10e-6, false},
    {"gpt-4o-mini", "gpt-4o-mini-2024-07-18", "openai", "https://api.openai.com/v1", "m-77a0", 0.15e-6, 0.6e-6, false},
    {"claude-sonnet-4", "claude-sonnet-4-20250514", "anthropic", "https://api.anthropic.com", "m-c3d9", 3e-6, 15e-6,
     false},
    {"gemini-2.0-flash", "gemini-2.0-flash-001", "vertex_ai", "https://europe-west4-aiplatform.googleapis.com", "m-9e12",
     0.1e-6, 0.4e-6, false},
    {"text-embedding-3-small", "text-embedding-3-small", "openai", "https://api.openai.com/v1", "m-e5b2", 0.02e-6, 0,
     true},
};

const std::vector<std::string> kTags = {"prod", "staging", "feature:summarize", "feature:chat", "feature:search",
                                        "customer:globex", "customer:initech"};

double round6(double v)
{
    return std::round(v * 1e6) / 1e6;
}

void addDaily(std::map<std::tuple<std::string, std::string, std::string, std::string, std::string>, LlDailyRow> &rows,
              const std::string &entity, const LlSpendLog &log, std::int64_t anchor)
{
    const std::string date = dateOf(log.startMs);
    LlDailyRow &r = rows[{entity, date, log.apiKey, log.modelGroup, log.endpoint}];
    if (r.date.empty()) {
        r.entity = entity;
        r.date = date;
        r.apiKey = log.apiKey;
        r.model = log.model;
        r.modelGroup = log.modelGroup;
        r.provider = log.provider;
        r.endpoint = log.endpoint;
        r.createdMs = std::min(anchor, floorToDay(log.startMs) + kMsPerDay);
    }
    r.promptTokens += log.promptTokens;
    r.completionTokens += log.completionTokens;
    r.cacheReadTokens += log.cacheReadTokens;
    r.spend += log.spend;
    ++r.apiRequests;
    (log.status == "success" ? r.successful : r.failed) += 1;
}

std::vector<LlDailyRow> flatten(std::map<std::tuple<std::string, std::string, std::string, std::string, std::string>,
                                         LlDailyRow> rows,
                                SeedRng &rng)
{
    std::vector<LlDailyRow> out;
    for (auto &[key, row] : rows) {
        row.id = rng.uuid();
        row.spend = round6(row.spend);
        out.push_back(row);
    }
    // The order the daily-activity handlers read in: date desc (ties in a fixed, id order).
    std::stable_sort(out.begin(), out.end(), [](const LlDailyRow &a, const LlDailyRow &b) {
        return a.date != b.date ? a.date > b.date : a.id < b.id;
    });
    return out;
}

} // namespace

void seedLiteLlm(LiteLlmStore &s, const LiteLlmSeedOptions &o)
{
    SeedRng rng(o.seed ^ 0x11e11ULL);
    const std::int64_t day = kMsPerDay;
    s.users = {"u-alice", "u-bob", "u-chen", "u-dana", "u-eli", "u-fay", "u-gus", "u-hana"};
    struct TeamSeed { const char *id, *alias; std::vector<int> models; };
    const std::vector<TeamSeed> teams = {{"team-search", "Search relevance", {0, 4, 3}},
                                         {"team-support", "Customer support bots", {1, 2, 0}},
                                         {"team-research", "Research sandbox", {2, 0, 3}},
                                         {"team-platform", "Platform shared", {1, 3, 4}}};
    for (const TeamSeed &t : teams) {
        LlTeam team;
        team.teamId = t.id;
        team.teamAlias = t.alias;
        team.organizationId = "org-acme";
        team.budgetDuration = "30d";
        team.budgetResetMs = o.anchorMs + rng.range(1, 20) * day;
        team.createdMs = o.anchorMs - 200 * day;
        team.tpmLimit = 2'000'000;
        team.rpmLimit = 5000;
        for (int m : t.models)
            team.models.push_back(kModels[static_cast<std::size_t>(m)].group);
        s.teams.push_back(team);
    }
    struct KeySeed { const char *alias, *user; int team; };
    const std::vector<KeySeed> keys = {{"search-prod", "u-alice", 0},       {"search-batch", "u-gus", 0},
                                       {"support-bot", "u-bob", 1},         {"support-escalation", "u-eli", 1},
                                       {"support-staging", "u-eli", 1},     {"research-notebook", "u-chen", 2},
                                       {"research-evals", "u-fay", 2},      {"platform-gateway", "u-dana", 3},
                                       {"platform-ci", "u-hana", 3},        {"legacy-integration", "u-dana", -1}};
    for (const KeySeed &k : keys) {
        LlKey key;
        key.keyAlias = k.alias;
        key.rawKey = std::string("sk-keel-") + k.alias;
        key.token = sha256Hex(key.rawKey);
        key.userId = k.user;
        key.teamId = k.team >= 0 ? teams[static_cast<std::size_t>(k.team)].id : "";
        key.createdMs = o.anchorMs - rng.range(40, 180) * day;
        key.budgetDuration = "30d";
        key.budgetResetMs = o.anchorMs + rng.range(1, 25) * day;
        if (k.team >= 0)
            s.teams[static_cast<std::size_t>(k.team)].members.emplace_back(k.user, "user");
        s.keys.push_back(key);
    }
    LlKey master;
    master.keyAlias = "master";
    master.rawKey = s.masterKey;
    master.token = sha256Hex(master.rawKey);
    master.role = "proxy_admin";
    master.userId = "default_user_id";
    s.keys.push_back(master);

    for (int i = 0; i < o.spendRows; ++i) {
        const LlKey &key = s.keys[static_cast<std::size_t>(rng.range(0, static_cast<std::int64_t>(keys.size()) - 1))];
        const int teamIndex = key.teamId.empty() ? 3 : static_cast<int>(key.teamId == "team-search" ? 0
                                                                         : key.teamId == "team-support" ? 1
                                                                         : key.teamId == "team-research" ? 2 : 3);
        const SeedModel &m = kModels[static_cast<std::size_t>(rng.pick(teams[static_cast<std::size_t>(teamIndex)].models))];
        LlSpendLog l;
        l.requestId = (m.embedding ? "embd-" : "chatcmpl-") + rng.uuid();
        l.callType = m.embedding ? "aembedding" : "acompletion";
        l.endpoint = m.embedding ? "/v1/embeddings" : "/chat/completions";
        l.apiKey = key.token;
        l.keyAlias = key.keyAlias;
        l.user = key.userId;
        l.teamId = key.teamId;
        l.teamAlias = key.teamId.empty() ? "" : s.team(key.teamId)->teamAlias;
        l.organizationId = key.teamId.empty() ? "" : "org-acme";
        l.model = m.model;
        l.modelId = m.id;
        l.modelGroup = m.group;
        l.provider = m.provider;
        l.apiBase = m.apiBase;
        l.startMs = o.anchorMs - rng.range(1000, 30 * day - 1000);
        const std::int64_t duration = m.embedding ? rng.range(40, 400) : rng.range(300, 12000);
        l.endMs = l.startMs + duration;
        l.completionStartMs = m.embedding ? 0 : l.startMs + std::min(duration - 10, rng.range(150, 1800));
        l.promptTokens = m.embedding ? rng.range(8, 2000) : rng.range(200, 6000);
        l.completionTokens = m.embedding ? 0 : rng.range(20, 1500);
        l.status = rng.chance(0.03) ? "failure" : "success";
        if (l.status == "failure") {
            l.errorCode = rng.chance(0.6) ? "429" : "500";
            l.errorMessage = l.errorCode == "429" ? "RateLimitError: " + m.provider + " rate limit reached for " + m.group
                                                  : "InternalServerError: upstream connection reset";
            l.completionTokens = 0;
            l.completionStartMs = 0;
        }
        l.cacheHit = l.status == "success" && !m.embedding && rng.chance(0.05);
        if (!l.cacheHit && l.status == "success")
            l.spend = round6(static_cast<double>(l.promptTokens) * m.inPrice + static_cast<double>(l.completionTokens) * m.outPrice);
        if (l.status == "success" && !m.embedding && rng.chance(0.2))
            l.cacheReadTokens = rng.range(100, l.promptTokens);
        l.tags.push_back(rng.chance(0.85) ? "prod" : "staging");
        if (rng.chance(0.7))
            l.tags.push_back(kTags[static_cast<std::size_t>(rng.range(2, 6))]);
        l.endUser = rng.chance(0.4) ? "customer-" + std::to_string(rng.range(100, 140)) : "";
        l.sessionId = rng.chance(0.5) ? "sess-" + rng.hex(10) : "";
        l.requesterIp = "10.20." + std::to_string(rng.range(0, 9)) + "." + std::to_string(rng.range(2, 250));
        s.logs.push_back(l);
    }
    std::sort(s.logs.begin(), s.logs.end(), [](const LlSpendLog &a, const LlSpendLog &b) {
        return a.startMs != b.startMs ? a.startMs > b.startMs : a.requestId < b.requestId;
    });

    std::map<std::tuple<std::string, std::string, std::string, std::string, std::string>, LlDailyRow> users, teamRows, tags;
    for (const LlSpendLog &l : s.logs) {
        addDaily(users, l.user, l, o.anchorMs);
        addDaily(teamRows, l.teamId, l, o.anchorMs);
        for (const std::string &tag : l.tags)
            addDaily(tags, tag, l, o.anchorMs);
        for (LlKey &k : s.keys)
            if (k.token == l.apiKey) {
                k.spend += l.spend;
                k.lastActiveMs = std::max(k.lastActiveMs, l.endMs);
            }
        for (LlTeam &t : s.teams)
            if (t.teamId == l.teamId)
                t.spend += l.spend;
    }
    s.userDaily = flatten(users, rng);
    s.teamDaily = flatten(teamRows, rng);
    s.tagDaily = flatten(tags, rng);

    // Budgets from the spend the seed produced: support near its limit (97%), research over it.
    const double teamRatio[] = {0.55, 0.97, 1.12, 0};
    for (std::size_t i = 0; i < s.teams.size(); ++i) {
        LlTeam &t = s.teams[i];
        t.spend = round6(t.spend);
        if (teamRatio[i] > 0) {
            t.maxBudget = std::ceil(t.spend / teamRatio[i] * 100) / 100;
            t.softBudget = std::round(*t.maxBudget * 80) / 100;
        }
    }
    for (LlKey &k : s.keys) {
        k.spend = round6(k.spend);
        if (k.keyAlias == "support-bot")
            k.maxBudget = std::ceil(k.spend / 0.92 * 100) / 100;
        else if (k.keyAlias == "research-notebook")
            k.maxBudget = std::floor(k.spend / 1.05 * 100) / 100, k.budgetId = "budget-research-credits";
        else if (k.keyAlias == "search-prod")
            k.budgetId = "budget-eng-monthly", k.tpmLimit = 400'000, k.rpmLimit = 1200;
    }
    auto budget = [&](const char *id, std::optional<double> max, std::optional<double> soft, const char *duration) {
        LlBudget b;
        b.budgetId = id;
        b.maxBudget = max;
        b.softBudget = soft;
        b.budgetDuration = duration;
        b.budgetResetMs = o.anchorMs + rng.range(1, 28) * day;
        b.createdMs = o.anchorMs - rng.range(60, 300) * day;
        s.budgets.push_back(b);
        return &s.budgets.back();
    };
    budget("budget-eng-monthly", 500.0, 400.0, "30d")->tpmLimit = 1'000'000;
    budget("budget-research-credits", 250.0, std::nullopt, "30d")->modelMaxBudget
        = Json{{"claude-sonnet-4", {{"max_budget", 120.0}, {"budget_duration", "30d"}}}};
    budget("budget-customer-free-tier", 5.0, 4.0, "1d")->rpmLimit = 20;
    LlBudget *parallel = budget("budget-batch-jobs", std::nullopt, std::nullopt, "7d");
    parallel->maxParallelRequests = 8;
    parallel->allowedModels = {"gpt-4o-mini", "gemini-2.0-flash"};
}

} // namespace keel::doubles
