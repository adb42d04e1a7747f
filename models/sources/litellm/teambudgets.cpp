// GET /team/info?team_id= → budgets (shared/specs/litellm-endpoints.md §3-4).
//
// Mapped: a team's max_budget over a month-long budget_duration ("30d", "1mo", 28-31 days) is a
// monthly team budget of that amount; its soft_budget becomes an alert threshold (soft / max)
// beside 1.0. The dashboard measures "actual" as the team's spend_daily since the 1st of the
// calendar month, while LiteLLM counts `spend` since the team's budget_reset_at: the two agree
// only when the reset falls on the 1st; the amount is LiteLLM's.
// Skipped, each for a reason Keel's budget views cannot represent:
//   - other durations (1d, 7d, 1h, …) and a max_budget without a duration (a lifetime cap):
//     Keel's budgets are monthly, and scaling an amount would state a limit nobody set;
//   - key budgets (/key/info max_budget): Keel has no per-key scope (a key's spend is in its team);
//   - rows of /budget/list (LiteLLM_BudgetTable): they carry no scope of their own; they attach to
//     keys, end users, organisations, tags and team memberships, none a Keel scope;
//   - model_max_budget (per team and model) and per-member budgets: no such scope either.
// Which teams: those the cache holds spend or a LiteLLM budget for, and LiteLlmOptions::teamIds.
// /team/list is not used: 1.96 declares no answer for it and the test double does not serve it,
// so nothing would check Keel's reading of it.
#include "teambudgets.h"

#include "litellmjson.h"
#include "logging.h"

#include <store/cachewriters.h>

#include <cmath>
#include <regex>

using namespace Qt::StringLiterals;

namespace keel::sources::litellm {

void TeamRoster::add(const std::string &team)
{
    if (team.empty() || team == "Unassigned")
        return;
    std::lock_guard lock(m_mutex);
    m_teams.insert(team);
}

void TeamRoster::addFromCache(store::Db &db)
{
    store::Stmt teams(db.handle(), "SELECT DISTINCT team FROM spend_daily WHERE team <> ''");
    while (teams.step())
        add(std::string(teams.text(0)));
    store::Stmt budgets(db.handle(), "SELECT scope_value FROM budgets WHERE scope_kind = 'team' AND id LIKE 'litellm-team:%'");
    while (budgets.step())
        add(std::string(budgets.text(0)));
}

std::optional<std::string> TeamRoster::first() const
{
    std::lock_guard lock(m_mutex);
    if (m_teams.empty())
        return std::nullopt;
    return *m_teams.begin();
}

std::optional<std::string> TeamRoster::after(const std::string &team) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_teams.upper_bound(team);
    if (it == m_teams.end())
        return std::nullopt;
    return *it;
}

std::string teamBudgetId(const std::string &teamId)
{
    return "litellm-team:" + teamId;
}

namespace {

// LiteLLM durations: "30s", "30m", "30h", "30d", "1mo" (duration_in_seconds).
bool monthLong(const std::string &duration)
{
    static const std::regex shape("^([0-9]+)(s|m|h|d|w|mo)$");
    std::smatch m;
    if (!std::regex_match(duration, m, shape))
        return false;
    const long n = std::stol(m[1].str());
    const std::string unit = m[2].str();
    return (unit == "mo" && n == 1) || (unit == "d" && n >= 28 && n <= 31);
}

} // namespace

TeamBudget teamBudget(const std::string &teamId, const Json &answer)
{
    TeamBudget out;
    const Json &info = child(answer, "team_info");
    const auto max = info.find("max_budget");
    if (max == info.end() || !max->is_number()) {
        out.skipped = "no max_budget";
        return out;
    }
    const std::string duration = text(info, "budget_duration");
    if (duration.empty()) {
        out.skipped = "max_budget without budget_duration (a lifetime cap, not a monthly budget)";
        return out;
    }
    if (!monthLong(duration)) {
        out.skipped = "budget_duration " + duration + " is not a month; Keel's budgets are monthly";
        return out;
    }
    const double maxUsd = max->get<double>();
    const auto amount = usdToMicros(maxUsd);
    if (!amount || *amount <= 0) {
        out.skipped = "max_budget is not a positive amount";
        return out;
    }
    domain::Budget b;
    b.id = teamBudgetId(teamId);
    b.scopeKind = "team";
    b.scopeValue = teamId;
    b.period = "month";
    b.amountMicros = *amount;
    if (const auto soft = info.find("soft_budget"); soft != info.end() && soft->is_number()) {
        const double share = soft->get<double>() / maxUsd;
        if (share > 0 && share < 1)
            b.alertThresholds.push_back(std::round(share * 1000) / 1000);
    }
    b.alertThresholds.push_back(1.0);
    out.budget = std::move(b);
    return out;
}

sync::ResourcePull teamBudgetPull(const LiteLlmOptions &o)
{
    auto roster = std::make_shared<TeamRoster>();
    for (const QString &team : o.teamIds)
        roster->add(team.toStdString());

    sync::ResourcePull pull;
    pull.name = u"budgets"_s;
    pull.path = u"/team/info"_s;
    // A team deleted since its spend was cached answers 404: its budget goes, the run goes on.
    pull.decodableStatuses = {404};
    pull.prepare = [roster](store::Db &db) { roster->addFromCache(db); };
    auto teamOf = [roster](const sync::PageContext &ctx) { return ctx.cursor ? ctx.cursor : roster->first(); };
    pull.buildRequest = [teamOf](const sync::PageContext &ctx) -> std::optional<api::ApiRequest> {
        const std::optional<std::string> team = teamOf(ctx);
        if (!team)
            return std::nullopt;
        api::ApiRequest request;
        request.path = u"/team/info"_s;
        request.query = {{u"team_id"_s, QString::fromStdString(*team)}};
        return request;
    };
    pull.decode = [o, roster, teamOf](const QByteArray &body, const sync::PageContext &ctx) {
        sync::DecodedPage out;
        const std::string team = teamOf(ctx).value_or(std::string());
        std::optional<domain::Budget> budget;
        if (ctx.httpStatus == 404) {
            qCInfo(lcSync) << "LiteLLM team" << team.c_str() << "no longer exists; its budget is dropped";
        } else {
            const Json j = Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
            if (j.is_discarded() || !j.is_object() || !j.contains("team_info")) {
                out.error = sourceName(o.baseUrl) + u": /team/info for %1: the answer has no team_info"_s
                                                        .arg(QString::fromStdString(team));
                return out;
            }
            TeamBudget mapped = teamBudget(team, j);
            if (!mapped.budget)
                qCInfo(lcSync) << "LiteLLM team" << team.c_str() << "shows no budget in Keel:" << mapped.skipped.c_str();
            budget = std::move(mapped.budget);
        }
        out.count = budget ? 1 : 0;
        out.nextCursor = roster->after(team);
        // Only this team's row changes: the budgets of teams not read in this run stay as cached.
        out.write = [team, budget](store::Db &db, bool) {
            store::Stmt &drop = db.prepared("DELETE FROM budgets WHERE id = ?1");
            drop.bind(1, teamBudgetId(team)).exec();
            if (budget)
                store::replaceBudgets(db, {*budget}, false);
            else
                store::Store::noteChanged("budgets");
        };
        return out;
    };
    const QUrl base = o.baseUrl;
    pull.describeFailure = [base](const api::ApiResponse &r) { return describeFailure(base, u"/team/info"_s, r); };
    return pull;
}

} // namespace keel::sources::litellm
