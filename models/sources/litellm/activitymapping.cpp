// From LiteLLM's daily activity to rows Keel's spend dashboard groups: what the answer holds and
// how it becomes (day, team, model) cells.
//
// A day's answer has only MARGINAL breakdowns: spend by team (breakdown.entities), by model and
// by provider, each on its own; there is no team × model table. Every member is, however, split
// by API key (api_key_breakdown), and a LiteLLM key belongs to one team. So a key seen under a
// single team on a day puts its per-model spend on that team exactly. What the keys cannot place
// stays on the team with model "" (a key that moved teams that day, rows without a model, a
// breakdown missing its key split), and what no team holds on team "" — so per-day and per-team
// totals are always the proxy's own. use_case, customer_segment, route and prompt_template are
// "": a request's tags live in /tag/daily/activity, which counts a request under EACH of its
// tags and so cannot be split over the team rows without counting spend twice.
#include "dailyactivity.h"

#include "litellmjson.h"

#include <cmath>
#include <optional>
#include <set>

namespace keel::sources::litellm {

void ActivityMetrics::add(const ActivityMetrics &o)
{
    spend += o.spend;
    cachingSavings += o.cachingSavings;
    requests += o.requests;
    promptTokens += o.promptTokens;
    completionTokens += o.completionTokens;
    cacheReadTokens += o.cacheReadTokens;
}

void ActivityMetrics::subtract(const ActivityMetrics &o)
{
    spend -= o.spend;
    cachingSavings -= o.cachingSavings;
    requests -= o.requests;
    promptTokens -= o.promptTokens;
    completionTokens -= o.completionTokens;
    cacheReadTokens -= o.cacheReadTokens;
}

bool ActivityMetrics::isNothing() const
{
    return requests == 0 && promptTokens == 0 && completionTokens == 0 && cacheReadTokens == 0
           && std::fabs(spend) < 5e-7 && std::fabs(cachingSavings) < 5e-7;
}

namespace {

// The team breakdown's name for rows without a team.
const std::string kUnassigned = "Unassigned";

bool readMetrics(const Json &m, ActivityMetrics &out, std::string &error)
{
    if (!m.is_object()) {
        error = "metrics is not an object";
        return false;
    }
    out.spend = number(m, "spend");
    out.cachingSavings = number(m, "prompt_caching_savings_spend");
    if (!std::isfinite(out.spend) || !std::isfinite(out.cachingSavings)) {
        error = "spend is not a number";
        return false;
    }
    out.requests = integer(m, "api_requests");
    if (out.requests == 0)
        out.requests = integer(m, "successful_requests") + integer(m, "failed_requests");
    out.promptTokens = integer(m, "prompt_tokens");
    out.completionTokens = integer(m, "completion_tokens");
    out.cacheReadTokens = integer(m, "cache_read_input_tokens");
    return true;
}

bool mergeBreakdown(const Json &members, std::map<std::string, ActivityEntry> &into, std::string &error)
{
    if (members.is_null())
        return true;
    if (!members.is_object()) {
        error = "a breakdown is not an object";
        return false;
    }
    for (const auto &[name, member] : members.items()) {
        ActivityMetrics m;
        if (!readMetrics(child(member, "metrics"), m, error)) {
            error = "\"" + name + "\": " + error;
            return false;
        }
        ActivityEntry &entry = into[name];
        entry.metrics.add(m);
        for (const auto &[key, split] : child(member, "api_key_breakdown").items()) {
            ActivityMetrics k;
            if (!readMetrics(child(split, "metrics"), k, error)) {
                error = "\"" + name + "\" key " + key.substr(0, 8) + "…: " + error;
                return false;
            }
            entry.byKey[key].add(k);
        }
    }
    return true;
}

} // namespace

bool mergeActivityPage(const Json &results, ActivityDays &days, std::string &error)
{
    if (!results.is_array()) {
        error = "\"results\" is not an array";
        return false;
    }
    for (const Json &result : results) {
        const std::string date = text(result, "date");
        if (!parseDate(date)) {
            error = "a result's date \"" + date + "\" is not YYYY-MM-DD";
            return false;
        }
        ActivityMetrics m;
        if (!readMetrics(child(result, "metrics"), m, error)) {
            error = date + ": " + error;
            return false;
        }
        ActivityDay &day = days[date];
        day.metrics.add(m);
        const Json &breakdown = child(result, "breakdown");
        for (const auto &[name, into] : {std::pair{"entities", &day.teams}, std::pair{"models", &day.models},
                                         std::pair{"providers", &day.providers}}) {
            const auto it = breakdown.find(name);
            if (it != breakdown.end() && !mergeBreakdown(*it, *into, error)) {
                error = date + " breakdown." + name + ": " + error;
                return false;
            }
        }
    }
    return true;
}

// Provider is no dashboard dimension (the FOCUS export maps a model to one provider), and the day
// gives it only marginally. A model is placed on a provider when that follows from the key splits:
// (1) every key that used the model used only one provider in common, or (2) a key has one model
// left unplaced and exactly one provider with requests its placed models do not explain, and they
// match that model's requests. Otherwise the model's provider stays "" for that day.
std::map<std::string, std::string> providersOf(const ActivityDay &day)
{
    std::map<std::string, std::set<std::string>> providersOfKey, modelsOfKey;
    for (const auto &[provider, entry] : day.providers)
        if (provider != "unknown" && !provider.empty())
            for (const auto &[key, m] : entry.byKey)
                providersOfKey[key].insert(provider);
    for (const auto &[model, entry] : day.models)
        for (const auto &[key, m] : entry.byKey)
            modelsOfKey[key].insert(model);

    std::map<std::string, std::string> placed;
    for (const auto &[model, entry] : day.models) {
        std::optional<std::set<std::string>> common;
        for (const auto &[key, m] : entry.byKey) {
            const auto it = providersOfKey.find(key);
            if (it == providersOfKey.end())
                continue;
            if (!common) {
                common = it->second;
                continue;
            }
            std::set<std::string> both;
            for (const std::string &p : *common)
                if (it->second.count(p))
                    both.insert(p);
            common = std::move(both);
        }
        if (common && common->size() == 1)
            placed[model] = *common->begin();
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (const auto &[key, models] : modelsOfKey) {
            std::string open;
            int unplaced = 0;
            for (const std::string &m : models) {
                if (!placed.count(m)) {
                    open = m;
                    ++unplaced;
                }
            }
            if (unplaced != 1)
                continue;
            std::string only;
            int withRest = 0;
            std::int64_t rest = 0;
            for (const std::string &p : providersOfKey[key]) {
                std::int64_t left = day.providers.at(p).byKey.at(key).requests;
                for (const std::string &m : models)
                    if (auto it = placed.find(m); it != placed.end() && it->second == p)
                        left -= day.models.at(m).byKey.at(key).requests;
                if (left > 0) {
                    only = p;
                    rest = left;
                    ++withRest;
                }
            }
            if (withRest == 1 && rest == day.models.at(open).byKey.at(key).requests) {
                placed[open] = only;
                changed = true;
            }
        }
    }
    return placed;
}

bool spendRowsOf(const std::string &date, const ActivityDay &day, std::vector<domain::SpendRow> &rows)
{
    std::map<std::string, std::set<std::string>> teamsOfKey;
    for (const auto &[team, entry] : day.teams)
        for (const auto &[key, m] : entry.byKey)
            teamsOfKey[key].insert(team);

    std::map<std::pair<std::string, std::string>, ActivityMetrics> cells; // (team, model)
    ActivityMetrics placedOnTeams;
    for (const auto &[name, entry] : day.teams) {
        const std::string team = name == kUnassigned ? std::string() : name;
        ActivityMetrics keyed;
        for (const auto &[key, m] : entry.byKey) {
            keyed.add(m);
            ActivityMetrics rest = m;
            if (teamsOfKey[key].size() == 1) {
                for (const auto &[model, split] : day.models) {
                    const auto it = split.byKey.find(key);
                    if (it == split.byKey.end())
                        continue;
                    cells[{team, model}].add(it->second);
                    rest.subtract(it->second);
                }
            }
            if (!rest.isNothing())
                cells[{team, std::string()}].add(rest);
        }
        ActivityMetrics unkeyed = entry.metrics;
        unkeyed.subtract(keyed);
        if (!unkeyed.isNothing())
            cells[{team, std::string()}].add(unkeyed);
        placedOnTeams.add(entry.metrics);
    }
    ActivityMetrics teamless = day.metrics;
    teamless.subtract(placedOnTeams);
    if (!teamless.isNothing())
        cells[{std::string(), std::string()}].add(teamless);

    const auto dayStart = parseDate(date);
    if (!dayStart)
        return false;
    const std::map<std::string, std::string> providers = providersOf(day);
    for (const auto &[where, m] : cells) {
        if (m.isNothing())
            continue;
        const auto cost = usdToMicros(m.spend);
        const auto savings = usdToMicros(m.cachingSavings);
        if (!cost || !savings)
            return false;
        domain::SpendRow r;
        r.periodStart = *dayStart;
        r.granularity = "day";
        r.team = where.first;
        r.model = where.second;
        if (const auto it = providers.find(r.model); it != providers.end())
            r.provider = it->second;
        r.costMicros = *cost;
        r.cacheSavingsMicros = *savings;
        r.requests = m.requests;
        r.inputTokens = m.promptTokens;
        r.outputTokens = m.completionTokens;
        r.cachedTokens = m.cacheReadTokens;
        rows.push_back(std::move(r));
    }
    return true;
}

} // namespace keel::sources::litellm
