#pragma once
// LiteLLM's team daily activity (GET /team/daily/activity) as Keel's spend roll-ups (spend_daily).
#include "litellmsource.h"

#include <domain/spend.h>

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace keel::sources::litellm {

// LiteLLM's SpendMetrics, summed over pages: USD as the proxy's floats until a row is made.
struct ActivityMetrics {
    double spend = 0;
    double cachingSavings = 0; // prompt_caching_savings_spend
    std::int64_t requests = 0, promptTokens = 0, completionTokens = 0, cacheReadTokens = 0;
    void add(const ActivityMetrics &o);
    void subtract(const ActivityMetrics &o);
    // No request, no token, and less than half a micro-dollar: what float sums leave behind.
    bool isNothing() const;
};

// One member of a breakdown (a team, a model, a provider) and its split by API key.
struct ActivityEntry {
    ActivityMetrics metrics;
    std::map<std::string, ActivityMetrics> byKey; // hashed key → metrics
};

// One day as the proxy reports it, merged over every page that held part of it.
struct ActivityDay {
    ActivityMetrics metrics;
    std::map<std::string, ActivityEntry> teams, models, providers;
};
using ActivityDays = std::map<std::string, ActivityDay>; // "YYYY-MM-DD" → day

// Adds a page's `results` to `days`, summing every metric and breakdown of a date already
// there. False with `error` (naming the field) for an answer that is not LiteLLM's shape.
bool mergeActivityPage(const nlohmann::json &results, ActivityDays &days, std::string &error);

// model → provider, where the day's breakdowns determine it (see the .cpp).
std::map<std::string, std::string> providersOf(const ActivityDay &day);

// The day's spend_daily rows: one per (team, model); false when a sum is not money.
bool spendRowsOf(const std::string &date, const ActivityDay &day, std::vector<domain::SpendRow> &rows);

sync::ResourcePull dailyActivityPull(const LiteLlmOptions &options);

} // namespace keel::sources::litellm
