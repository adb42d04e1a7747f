#pragma once
// What the LiteLLM test double holds in memory: the proxy's virtual keys, teams, users, budgets,
// the LiteLLM_SpendLogs rows (one per LLM call) and the LiteLLM_Daily{User,Team,Tag}Spend rows
// derived from them, one per (entity, date, api_key, model, model_group, provider, MCP tool,
// endpoint), as schema.prisma lays them out (shared/specs/litellm-endpoints.md sections 1-4).
#include "doublehttp.h"

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace keel::doubles {

struct LlSpendLog {
    std::string requestId, callType, apiKey; // apiKey: the hashed token
    double spend = 0;
    std::int64_t promptTokens = 0, completionTokens = 0, cacheReadTokens = 0;
    std::int64_t startMs = 0, endMs = 0, completionStartMs = 0;
    std::string model, modelId, modelGroup, provider, apiBase, user, teamId, organizationId, endUser, requesterIp,
        sessionId, status, endpoint, keyAlias, teamAlias, errorCode, errorMessage;
    bool cacheHit = false;
    std::vector<std::string> tags;
};

struct LlKey {
    std::string token, rawKey, keyAlias, userId, teamId, budgetId;
    std::string role = "internal_user"; // the master key is "proxy_admin"
    double spend = 0;
    std::optional<double> maxBudget;
    std::string budgetDuration;
    std::int64_t budgetResetMs = 0, createdMs = 0, lastActiveMs = 0;
    std::optional<std::int64_t> tpmLimit, rpmLimit;
    std::vector<std::string> models;
};

struct LlTeam {
    std::string teamId, teamAlias, organizationId;
    double spend = 0;
    std::optional<double> maxBudget, softBudget;
    std::string budgetDuration;
    std::int64_t budgetResetMs = 0, createdMs = 0;
    std::optional<std::int64_t> tpmLimit, rpmLimit;
    std::vector<std::string> models;
    std::vector<std::pair<std::string, std::string>> members; // user_id, role
};

struct LlBudget {
    std::string budgetId, budgetDuration, createdBy = "admin";
    std::optional<double> maxBudget, softBudget;
    std::optional<std::int64_t> tpmLimit, rpmLimit, maxParallelRequests;
    Json modelMaxBudget;
    std::vector<std::string> allowedModels;
    std::int64_t budgetResetMs = 0, createdMs = 0;
};

struct LlDailyRow {
    std::string id, entity, date, apiKey, model, modelGroup, provider, mcpTool, endpoint;
    std::int64_t promptTokens = 0, completionTokens = 0, cacheReadTokens = 0, cacheCreationTokens = 0;
    double spend = 0;
    std::int64_t apiRequests = 0, successful = 0, failed = 0;
    std::int64_t createdMs = 0;
};

struct LiteLlmStore {
    std::string masterKey = "sk-keel-double-master";
    std::vector<LlKey> keys;
    std::vector<LlTeam> teams;
    std::vector<LlBudget> budgets;
    std::vector<std::string> users;
    std::vector<LlSpendLog> logs;                        // startTime descending
    std::vector<LlDailyRow> userDaily, teamDaily, tagDaily; // date descending, then id
    mutable std::mutex mutex;

    const LlKey *keyByToken(const std::string &token) const;
    const LlKey *keyByRaw(const std::string &raw) const;
    const LlTeam *team(const std::string &id) const;
};

std::string sha256Hex(const std::string &text);

struct LiteLlmSeedOptions {
    std::uint64_t seed = 42;
    std::int64_t anchorMs = 0;
    int spendRows = 4000;
};
void seedLiteLlm(LiteLlmStore &store, const LiteLlmSeedOptions &options);

} // namespace keel::doubles
