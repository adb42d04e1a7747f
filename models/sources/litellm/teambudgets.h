#pragma once
// LiteLLM team budgets (GET /team/info) as Keel's budgets.
#include "litellmsource.h"

#include <domain/spend.h>

#include <nlohmann/json.hpp>

#include <mutex>
#include <optional>
#include <set>
#include <string>

namespace keel::sources::litellm {

// The teams whose budgets a run reads: the configured ones and every team the cache holds spend
// or a LiteLLM budget for. Filled on the store's thread, read on the GUI and decoder threads.
class TeamRoster {
public:
    void add(const std::string &team);
    void addFromCache(store::Db &db);
    std::optional<std::string> first() const;
    std::optional<std::string> after(const std::string &team) const;

private:
    mutable std::mutex m_mutex;
    std::set<std::string> m_teams;
};

// What a team's /team/info says about its budget: a Budget, or the reason there is none Keel can show.
struct TeamBudget {
    std::optional<domain::Budget> budget;
    std::string skipped; // why not, for the log ("no max_budget", "budget_duration 7d is not a month")
};
TeamBudget teamBudget(const std::string &teamId, const nlohmann::json &teamInfoAnswer);

// Keel's id for the budget of a LiteLLM team.
std::string teamBudgetId(const std::string &teamId);

sync::ResourcePull teamBudgetPull(const LiteLlmOptions &options);

} // namespace keel::sources::litellm
