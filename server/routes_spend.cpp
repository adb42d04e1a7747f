#include "routes.h"

#include "httperror.h"
#include "platformstate.h"
#include "router.h"

#include <domain/codec.h>
#include <domain/timeutil.h>

#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <sstream>
#include <tuple>

namespace keel::platform {
namespace {

std::int64_t periodStart(std::int64_t dayMs, const std::string &granularity)
{
    if (granularity == "week")
        return dayMs - static_cast<std::int64_t>(weekdayMondayZero(dayMs)) * kDayMs;
    if (granularity == "month") {
        const std::string date = domain::formatRfc3339(dayMs).substr(0, 8); // "YYYY-MM-"
        return domain::parseRfc3339(date + "01T00:00:00Z").value_or(dayMs);
    }
    return dayMs;
}

std::set<std::string> parseGroupBy(const std::string &raw)
{
    static const std::set<std::string> allowed{"model", "use_case", "team", "customer_segment"};
    std::set<std::string> out;
    std::stringstream ss(raw);
    std::string part;
    while (std::getline(ss, part, ',')) {
        if (part.empty())
            continue;
        if (!allowed.count(part))
            throw badField("group_by", "unknown dimension '" + part.substr(0, 40)
                                           + "': use any of model, use_case, team, customer_segment");
        out.insert(part);
    }
    return out;
}

} // namespace

void addSpendRoutes(Router &router, PlatformState &st)
{
    router.add("GET", "/v1/spend", "/v1/spend", RoleFinops | RoleCouncil, [&st](Call &call) {
        const std::string granularity = call.query("granularity").value_or("day");
        if (granularity != "day" && granularity != "week" && granularity != "month")
            throw badField("granularity", "must be day, week or month");
        const std::set<std::string> groups = parseGroupBy(call.query("group_by").value_or(""));
        const std::int64_t from = call.timeQuery("from").value_or(floorToDay(st.scenario.startMs));
        const std::int64_t to = call.timeQuery("to").value_or(st.scenario.endMs);
        if (to < from)
            throw badField("to", "must not be before from");
        const std::int64_t limit = call.intQuery("limit", 1000, 1, 10000);
        std::int64_t offset = 0;
        if (const auto v = call.cursorQuery(st.cursors, "sp", 1))
            offset = (*v)[0];
        using Key = std::tuple<std::int64_t, std::string, std::string, std::string, std::string>;
        std::map<Key, domain::SpendRow> rows;
        Stmt s(st.db.local().handle(),
               "SELECT day, model, use_case, team, customer_segment, cost_micros, cache_savings_micros, requests, "
               "input_tokens, output_tokens, cached_tokens FROM spend_daily WHERE day >= ? AND day < ?");
        // Days are whole UTC days: a day belongs to the range when it starts inside it.
        s.bind(1, floorToDay(from) + (from % kDayMs ? kDayMs : 0)).bind(2, to);
        while (s.step()) {
            Key k{periodStart(s.i64(0), granularity), groups.count("model") ? s.text(1) : "",
                  groups.count("use_case") ? s.text(2) : "", groups.count("team") ? s.text(3) : "",
                  groups.count("customer_segment") ? s.text(4) : ""};
            domain::SpendRow &r = rows[k];
            r.periodStart = std::get<0>(k);
            r.granularity = granularity;
            r.model = std::get<1>(k);
            r.useCase = std::get<2>(k);
            r.team = std::get<3>(k);
            r.customerSegment = std::get<4>(k);
            r.costMicros += s.i64(5);
            r.cacheSavingsMicros += s.i64(6);
            r.requests += s.i64(7);
            r.inputTokens += s.i64(8);
            r.outputTokens += s.i64(9);
            r.cachedTokens += s.i64(10);
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
