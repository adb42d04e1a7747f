#include "routes.h"

#include "httperror.h"
#include "platformstate.h"
#include "router.h"

#include <domain/codec.h>
#include <domain/timeutil.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <sstream>

namespace keel::platform {
namespace {

std::int64_t periodStart(std::int64_t dayMs, const std::string &granularity)
{
    if (granularity == "hour" || granularity == "day")
        return dayMs; // rows are already of that period
    if (granularity == "week")
        return dayMs - static_cast<std::int64_t>(weekdayMondayZero(dayMs)) * kDayMs;
    if (granularity == "month") {
        const std::string date = domain::formatRfc3339(dayMs).substr(0, 8); // "YYYY-MM-"
        return domain::parseRfc3339(date + "01T00:00:00Z").value_or(dayMs);
    }
    return dayMs;
}

// The roll-up columns in the order of their row struct fields; every one can be grouped by.
constexpr std::array<std::string_view, 7> kDimensions{
    "model", "provider", "use_case", "team", "customer_segment", "route", "prompt_template"};

std::array<bool, kDimensions.size()> parseGroupBy(const std::string &raw)
{
    std::array<bool, kDimensions.size()> out{};
    std::stringstream ss(raw);
    std::string part;
    while (std::getline(ss, part, ',')) {
        if (part.empty())
            continue;
        const auto it = std::find(kDimensions.begin(), kDimensions.end(), part);
        if (it == kDimensions.end())
            throw badField("group_by", "unknown dimension '" + part.substr(0, 40)
                                           + "': use any of model, provider, use_case, team, customer_segment, "
                                             "route, prompt_template");
        out[static_cast<std::size_t>(it - kDimensions.begin())] = true;
    }
    return out;
}

// Hourly rows are kept for the whole history, but an hourly answer beyond this many days is
// a bulk export, not a dashboard read: ask for days instead.
constexpr std::int64_t kMaxHourlyDays = 92;

} // namespace

void addSpendRoutes(Router &router, PlatformState &st)
{
    router.add("GET", "/v1/spend", "/v1/spend", RoleFinops | RoleCouncil, [&st](Call &call) {
        const std::string granularity = call.query("granularity").value_or("day");
        if (granularity != "hour" && granularity != "day" && granularity != "week" && granularity != "month")
            throw badField("granularity", "must be hour, day, week or month");
        const bool hourly = granularity == "hour";
        const auto groups = parseGroupBy(call.query("group_by").value_or(""));
        const std::int64_t from = call.timeQuery("from").value_or(floorToDay(st.scenario.startMs));
        const std::int64_t to = call.timeQuery("to").value_or(st.scenario.endMs);
        if (to < from)
            throw badField("to", "must not be before from");
        if (hourly && to - from > kMaxHourlyDays * kDayMs)
            throw badField("to", "hourly spend spans at most " + std::to_string(kMaxHourlyDays)
                                     + " days; use granularity=day for longer ranges");
        const std::int64_t limit = call.intQuery("limit", 1000, 1, 10000);
        std::int64_t offset = 0;
        if (const auto v = call.cursorQuery(st.cursors, "sp", 1))
            offset = (*v)[0];
        using Key = std::pair<std::int64_t, std::array<std::string, kDimensions.size()>>;
        std::map<Key, domain::SpendRow> rows;
        const std::int64_t periodMs = hourly ? kHourMs : kDayMs;
        Stmt s(st.db.local().handle(),
               hourly ? "SELECT hour, model, provider, use_case, team, customer_segment, route, prompt_template, "
                        "cost_micros, cache_savings_micros, requests, input_tokens, output_tokens, cached_tokens "
                        "FROM spend_hourly WHERE hour >= ? AND hour < ?"
                      : "SELECT day, model, provider, use_case, team, customer_segment, route, prompt_template, "
                        "cost_micros, cache_savings_micros, requests, input_tokens, output_tokens, cached_tokens "
                        "FROM spend_daily WHERE day >= ? AND day < ?");
        // Periods are whole UTC days (hours): a period belongs to the range when it starts inside it.
        s.bind(1, (from / periodMs) * periodMs + (from % periodMs ? periodMs : 0)).bind(2, to);
        while (s.step()) {
            Key k;
            k.first = periodStart(s.i64(0), granularity);
            for (std::size_t d = 0; d < kDimensions.size(); ++d)
                if (groups[d])
                    k.second[d] = s.text(static_cast<int>(d) + 1);
            domain::SpendRow &r = rows[k];
            if (r.granularity.empty()) {
                r.periodStart = k.first;
                r.granularity = granularity;
                r.model = k.second[0];
                r.provider = k.second[1];
                r.useCase = k.second[2];
                r.team = k.second[3];
                r.customerSegment = k.second[4];
                r.route = k.second[5];
                r.promptTemplate = k.second[6];
            }
            r.costMicros += s.i64(8);
            r.cacheSavingsMicros += s.i64(9);
            r.requests += s.i64(10);
            r.inputTokens += s.i64(11);
            r.outputTokens += s.i64(12);
            r.cachedTokens += s.i64(13);
        }
        domain::Page<domain::SpendRow> page;
        std::int64_t index = 0;
        for (const auto &[k, row] : rows) {
            if (index++ < offset)
                continue;
            if (static_cast<std::int64_t>(page.items.size()) == limit) {
                page.nextCursor = st.cursors.encode("sp", {offset + limit});
                break;
            }
            page.items.push_back(row);
        }
        nlohmann::json body = domain::pageToJson(page);
        body["currency"] = "USD";
        call.json(200, body);
    });

    router.add("GET", "/v1/budgets", "/v1/budgets", RoleFinops | RoleCouncil, [&st](Call &call) {
        domain::Page<domain::Budget> page;
        Stmt s(st.db.local().handle(),
               "SELECT id, scope_kind, scope_value, period, amount_micros, alert_thresholds FROM budgets ORDER BY scope_kind, scope_value");
        while (s.step()) {
            domain::Budget b;
            b.id = s.text(0);
            b.scopeKind = s.text(1);
            b.scopeValue = s.text(2);
            b.period = s.text(3);
            b.amountMicros = s.i64(4);
            const auto thresholds = nlohmann::json::parse(s.text(5), nullptr, false);
            if (thresholds.is_array())
                for (const auto &t : thresholds)
                    b.alertThresholds.push_back(t.get<double>());
            page.items.push_back(std::move(b));
        }
        call.json(200, domain::pageToJson(page));
    });
}

} // namespace keel::platform
