// The LiteLLM half of tst_connectordoubles (see tst_connectordoubles.h).
#include "tst_connectordoubles.h"

#include <QtTest>

#include <cmath>
#include <map>
#include <set>

using namespace Qt::StringLiterals;
using namespace doubletest;
using keel::test::DoubleClient;
using keel::test::DoubleReply;
using keel::test::urlEncode;
using json = nlohmann::json;

namespace {

// A whole-window query: the seed's 30 days end at the hour of the pinned clock.
const std::string kWindow = "start_date=" + urlEncode("2000-01-01 00:00:00") + "&end_date=" + urlEncode("2100-01-01 00:00:00");

std::string errorType(const DoubleReply &r)
{
    const json j = r.json();
    return j.is_object() && j.contains("error") && j["error"].is_object() ? j["error"].value("type", "") : "";
}

} // namespace

void TestConnectorDoubles::litellmAuth()
{
    DoubleClient anonymous(m_litellm->baseUrl());
    const DoubleReply none = anonymous.get("/spend/logs/v2?" + kWindow);
    QCOMPARE(none.status, 401);
    QCOMPARE(qs(errorType(none)), u"auth_error"_s);
    QCOMPARE(qs(none.json()["error"]["code"].get<std::string>()), u"401"_s);
    QCOMPARE(anonymous.get("/spend/logs/v2?" + kWindow, DoubleClient::bearer("sk-not-a-key")).status, 401);
    QCOMPARE(anonymous.get("/spend/logs/v2?" + kWindow, DoubleClient::bearer("not-sk")).status, 401);
    QCOMPARE(anonymous.get("/spend/logs/v2?" + kWindow, {{"x-litellm-api-key", kLiteLlmMasterKey}}).status, 200);
    QCOMPARE(m_ll->get("/spend/logs/v2?" + kWindow).status, 200);

    const DoubleReply alive = anonymous.get("/health/liveliness");
    QCOMPARE(alive.status, 200);
    QCOMPARE(alive.json(), json("I'm alive!"));
    QCOMPARE(qs(anonymous.get("/health/readiness").json().value("db", "")), u"connected"_s);
}

void TestConnectorDoubles::litellmSpendLogDates()
{
    const DoubleReply none = m_ll->get("/spend/logs/v2");
    QCOMPARE(none.status, 400);
    QCOMPARE(qs(none.json()["error"]["message"].get<std::string>()), u"Start date and end date are required"_s);
    QCOMPARE(m_ll->get("/spend/logs/v2?start_date=" + urlEncode("2026-03-01 00:00:00")).status, 400);
    // strptime("%Y-%m-%d %H:%M:%S"): ISO instants and bare dates are internal errors, not 4xx.
    const DoubleReply iso = m_ll->get("/spend/logs/v2?start_date=2026-03-01T00:00:00Z&end_date=2026-03-02T00:00:00Z");
    QCOMPARE(iso.status, 500);
    QCOMPARE(qs(errorType(iso)), u"internal_server_error"_s);
    QCOMPARE(m_ll->get("/spend/logs/v2?start_date=2026-03-01&end_date=2026-03-02").status, 500);

    const DoubleReply tooBig = m_ll->get("/spend/logs/v2?" + kWindow + "&page_size=1001");
    QCOMPARE(tooBig.status, 422);
    QCOMPARE(tooBig.json()["detail"][0]["loc"], json::array({"query", "page_size"}));
    QCOMPARE(qs(tooBig.json()["detail"][0]["type"].get<std::string>()), u"less_than_equal"_s);
    QCOMPARE(m_ll->get("/spend/logs/v2?" + kWindow + "&page=0").status, 422);
    QCOMPARE(m_ll->get("/spend/logs/v2?" + kWindow + "&page_size=1000").status, 200);

    // A one-day window holds only that day's rows, newest first, both ends inclusive.
    const json all = m_ll->get("/spend/logs/v2?" + kWindow + "&page_size=5").json();
    const std::string newest = all["data"][0]["startTime"]; // 2026-03-18T09:12:01.123000+00:00
    const std::string day = newest.substr(0, 10);
    const json oneDay = m_ll->get("/spend/logs/v2?page_size=1000&start_date=" + urlEncode(day + " 00:00:00")
                                  + "&end_date=" + urlEncode(day + " 23:59:59")).json();
    QVERIFY(oneDay["total"].get<int>() > 0);
    QVERIFY(oneDay["total"].get<int>() < all["total"].get<int>());
    std::string previous = "9999";
    for (const json &row : oneDay["data"]) {
        const std::string start = row["startTime"];
        QCOMPARE(qs(start.substr(0, 10)), qs(day));
        QVERIFY(start <= previous);
        previous = start;
    }
}

void TestConnectorDoubles::litellmSpendLogCountCap()
{
    const int rows = state(*m_litellmBig)["state"]["spendLogRows"];
    QCOMPARE(rows, 12000);
    std::set<std::string> seen;
    int lastPage = 0, shortPages = 0;
    for (int page = 1; page <= 20; ++page) {
        const DoubleReply r = m_llBig->get("/spend/logs/v2?" + kWindow + "&page_size=1000&page=" + std::to_string(page));
        QCOMPARE(r.status, 200);
        const json body = r.json();
        QCOMPARE(body["total"].get<int>(), 10000); // capped: a floor, not the count
        QCOMPARE(body["total_pages"].get<int>(), 10);
        for (const json &row : body["data"])
            QVERIFY2(seen.insert(row["request_id"].get<std::string>()).second, "a row came back twice");
        if (body["data"].size() < 1000) {
            ++shortPages;
            lastPage = page;
            break;
        }
    }
    QCOMPARE(static_cast<int>(seen.size()), rows); // paging on past total_pages finds all of them
    QCOMPARE(lastPage, 13);                        // pages 11 and 12 are full although total_pages is 10
    QCOMPARE(shortPages, 1);

    const json small = m_ll->get("/spend/logs/v2?" + kWindow + "&page_size=1").json();
    QCOMPARE(small["total"].get<int>(), static_cast<int>(state(*m_litellm)["state"]["spendLogRows"]));
}

void TestConnectorDoubles::litellmDailyActivityPartialDays()
{
    // The last seven days of the seed, as dates.
    const std::string newest = m_ll->get("/spend/logs/v2?" + kWindow + "&page_size=1").json()["data"][0]["startTime"];
    const QDate last = QDate::fromString(qs(newest.substr(0, 10)), Qt::ISODate);
    const std::string from = last.addDays(-6).toString(Qt::ISODate).toStdString(), to = qs(newest.substr(0, 10)).toStdString();
    const std::string query = "/team/daily/activity?start_date=" + from + "&end_date=" + to + "&page_size=10";

    std::map<std::string, double> spendByDay;
    std::map<std::string, std::int64_t> requestsByDay;
    std::vector<std::vector<std::string>> datesPerPage;
    int pages = 0;
    double firstPageTotal = 0;
    for (int page = 1; page <= 500; ++page) {
        const DoubleReply r = m_ll->get(query + "&page=" + std::to_string(page));
        QCOMPARE(r.status, 200);
        const json body = r.json();
        double pageSum = 0;
        std::vector<std::string> dates;
        for (const json &day : body["results"]) {
            spendByDay[day["date"]] += day["metrics"]["spend"].get<double>();
            requestsByDay[day["date"]] += day["metrics"]["api_requests"].get<std::int64_t>();
            pageSum += day["metrics"]["spend"].get<double>();
            dates.push_back(day["date"]);
        }
        // metadata.total_* describe this page only.
        QVERIFY(std::fabs(body["metadata"]["total_spend"].get<double>() - pageSum) < 1e-9);
        if (page == 1)
            firstPageTotal = pageSum;
        datesPerPage.push_back(dates);
        ++pages;
        QCOMPARE(body["metadata"]["has_more"].get<bool>(), page < body["metadata"]["total_pages"].get<int>());
        if (!body["metadata"]["has_more"].get<bool>())
            break;
    }
    QVERIFY(pages > 7); // many raw rows per day: the days straddle pages
    int split = 0;
    for (std::size_t i = 1; i < datesPerPage.size(); ++i)
        split += !datesPerPage[i - 1].empty() && !datesPerPage[i].empty() && datesPerPage[i - 1].back() == datesPerPage[i].front();
    QVERIFY2(split > 0, "no day was split across two pages");

    // Merged by date, the pages agree with the spend logs of the same days (an independent count).
    std::map<std::string, double> logSpend;
    std::map<std::string, std::int64_t> logRequests;
    for (int page = 1; page <= 20; ++page) {
        const json body = m_ll->get("/spend/logs/v2?page_size=1000&page=" + std::to_string(page) + "&start_date="
                                    + urlEncode(from + " 00:00:00") + "&end_date=" + urlEncode(to + " 23:59:59")).json();
        for (const json &row : body["data"]) {
            const std::string day = row["startTime"].get<std::string>().substr(0, 10);
            logSpend[day] += row["spend"].get<double>();
            ++logRequests[day];
        }
        if (body["data"].size() < 1000)
            break;
    }
    QCOMPARE(requestsByDay.size(), std::size_t(7));
    QCOMPARE(requestsByDay, logRequests);
    double total = 0;
    for (const auto &[day, spend] : spendByDay) {
        QVERIFY2(std::fabs(spend - logSpend[day]) < 1e-4, day.c_str());
        total += spend;
    }
    QVERIFY(firstPageTotal < total / 2); // a page's totals are not the query's
}

void TestConnectorDoubles::litellmDailyActivityBounds()
{
    const std::string window = "start_date=" + dateFromNow(-60) + "&end_date=" + dateFromNow(1);
    const DoubleReply userTooBig = m_ll->get("/user/daily/activity?" + window + "&page_size=1001");
    QCOMPARE(userTooBig.status, 422);
    QCOMPARE(userTooBig.json()["detail"][0]["loc"], json::array({"query", "page_size"}));
    QCOMPARE(m_ll->get("/user/daily/activity?" + window + "&page_size=1000").status, 200);
    const DoubleReply teamHuge = m_ll->get("/team/daily/activity?" + window + "&page_size=100000");
    QCOMPARE(teamHuge.status, 200); // no bound on the team route
    QCOMPARE(teamHuge.json()["metadata"]["total_pages"].get<int>(), 1);
    QCOMPARE(m_ll->get("/team/daily/activity?" + window + "&page_size=0").status, 500);
    const DoubleReply noDates = m_ll->get("/tag/daily/activity");
    QCOMPARE(noDates.status, 400);
    QCOMPARE(qs(noDates.json()["detail"]["error"].get<std::string>()), u"Please provide start_date and end_date"_s);
    // The tag route's entities are the request tags.
    const json tags = m_ll->get("/tag/daily/activity?" + window + "&tags=prod&page_size=100").json();
    for (const json &day : tags["results"]) {
        QCOMPARE(day["breakdown"]["entities"].size(), std::size_t(1));
        QVERIFY(day["breakdown"]["entities"].contains("prod"));
    }
}

void TestConnectorDoubles::litellmBudgets()
{
    int over = 0, near = 0;
    const json teams = state(*m_litellm)["state"]["teams"];
    for (const json &team : teams) {
        const json info = m_ll->get("/team/info?team_id=" + team["team_id"].get<std::string>()).json()["team_info"];
        if (info["max_budget"].is_null())
            continue;
        const double ratio = info["spend"].get<double>() / info["max_budget"].get<double>();
        over += ratio > 1;
        near += ratio >= 0.9 && ratio < 1;
    }
    QCOMPARE(over, 1);
    QCOMPARE(near, 1);
    QCOMPARE(m_ll->get("/team/info?team_id=team-nope").status, 404);
    QCOMPARE(m_ll->get("/team/info").status, 422);

    // A virtual key reads itself, by raw key or hash; not another key.
    DoubleClient bot(m_litellm->baseUrl(), DoubleClient::bearer("sk-keel-support-bot"));
    const DoubleReply self = bot.get("/key/info");
    QCOMPARE(self.status, 200);
    QCOMPARE(qs(self.json()["info"]["key_alias"].get<std::string>()), u"support-bot"_s);
    const double ratio = self.json()["info"]["spend"].get<double>() / self.json()["info"]["max_budget"].get<double>();
    QVERIFY(ratio > 0.85 && ratio < 1);
    QCOMPARE(bot.get("/key/info?key=sk-keel-research-notebook").status, 403);
    const DoubleReply research = m_ll->get("/key/info?key=" + keel::test::urlEncode("sk-keel-research-notebook"));
    QCOMPARE(research.status, 200);
    QVERIFY(research.json()["info"]["spend"].get<double>() > research.json()["info"]["max_budget"].get<double>());
    QCOMPARE(bot.get("/spend/logs/v2?" + kWindow).status, 501); // non-admin scoping is not modelled

    const DoubleReply list = m_ll->get("/budget/list");
    QCOMPARE(list.status, 200);
    QVERIFY(list.json().is_array() && list.json().size() >= 3);
    QCOMPARE(m_ll->send("POST", "/budget/info", json{{"budgets", json::array()}}).status, 400);
    const DoubleReply missing = m_ll->send("POST", "/budget/info", json::object());
    QCOMPARE(missing.status, 422);
    QCOMPARE(missing.json()["detail"][0]["loc"], json::array({"body", "budgets"}));
    const DoubleReply one = m_ll->send("POST", "/budget/info", json{{"budgets", json::array({"budget-eng-monthly"})}});
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().size(), std::size_t(1));
    QCOMPARE(one.json()[0]["max_budget"].get<double>(), 500.0);
}
