// tst_connectordoubles: Langfuse reads: v4 and legacy route sets, v2 observation cursors, the v1
// observation list, metrics (v2 and the legacy daily route), rate limits.
#include "tst_connectordoubles.h"

#include "testclock.h"

#include <QtTest>

#include <cmath>
#include <map>
#include <set>

using namespace Qt::StringLiterals;
using namespace doubletest;
using keel::test::DoubleClient;
using keel::test::DoubleProcess;
using keel::test::DoubleReply;
using keel::test::urlEncode;
using json = nlohmann::json;

void TestConnectorDoubles::langfuseV4VersusLegacy()
{
    const std::string trace = m_lf->get("/api/public/v2/observations?limit=1").json()["data"][0]["traceId"];
    const std::string from = isoFromNow(-60), to = isoFromNow(1);
    const std::string daily = "/api/public/metrics/daily?limit=5";
    QCOMPARE(m_lf->get("/api/public/v2/observations?limit=5").status, 200);
    QCOMPARE(m_lf->get(metricsQuery(from, to)).status, 200);
    QCOMPARE(m_lf->get("/api/public/v3/scores?limit=5").status, 200);
    QCOMPARE(m_lf->get(daily).status, 404); // refused in events_only mode
    const json v4Trace = m_lf->get("/api/public/traces/" + trace).json();
    QVERIFY(v4Trace.contains("_deprecation"));

    QVERIFY(m_lfLegacy->get("/api/public/health").json()["version"].get<std::string>().rfind("3.", 0) == 0);
    const DoubleReply v2 = m_lfLegacy->get("/api/public/v2/observations?limit=5");
    QCOMPARE(v2.status, 404);
    QVERIFY(v2.json().value("message", "").find("v4") != std::string::npos);
    QCOMPARE(m_lfLegacy->get(metricsQuery(from, to)).status, 404);
    QCOMPARE(m_lfLegacy->get("/api/public/v3/scores?limit=5").status, 404);
    const DoubleReply legacyDaily = m_lfLegacy->get(daily);
    QCOMPARE(legacyDaily.status, 200);
    QCOMPARE(legacyDaily.json()["data"].size(), std::size_t(5));
    // Same seed, same trace ids: the legacy read works on both, without _deprecation on a v3 server.
    const DoubleReply legacyTrace = m_lfLegacy->get("/api/public/traces/" + trace);
    QCOMPARE(legacyTrace.status, 200);
    QVERIFY(!legacyTrace.json().contains("_deprecation"));
    QCOMPARE(legacyTrace.json()["observations"].size(), v4Trace["observations"].size());
}

void TestConnectorDoubles::langfuseObservationsCursor()
{
    QCOMPARE(m_lf->get("/api/public/v2/observations?limit=1001").status, 400);
    QCOMPARE(m_lf->get("/api/public/v2/observations?limit=1000").status, 200);
    QCOMPARE(m_lf->get("/api/public/v2/observations?parseIoAsJson=true").status, 400);
    QCOMPARE(m_lf->get("/api/public/v2/observations?fields=core,everything").status, 400);

    // Rebuild one trace from v2 pages of two and compare with the legacy full trace.
    std::string trace;
    const json tools = m_lf->get("/api/public/v2/observations?limit=200&type=TOOL").json()["data"];
    for (const json &o : tools)
        trace = o["traceId"]; // SQL traces have four or five observations
    QVERIFY(!trace.empty());
    std::set<std::string> ids;
    std::string cursor;
    int pages = 0;
    for (;;) {
        const DoubleReply r = m_lf->get("/api/public/v2/observations?limit=2&fields=core,basic,metrics&traceId=" + trace
                                        + (cursor.empty() ? "" : "&cursor=" + urlEncode(cursor)));
        QCOMPARE(r.status, 200);
        ++pages;
        const json observations = r.json()["data"];
        for (const json &o : observations)
            QVERIFY2(ids.insert(o["id"].get<std::string>()).second, "an observation came back twice");
        const json meta = r.json()["meta"];
        if (!meta.contains("cursor"))
            break; // absent on the last page
        cursor = meta["cursor"];
        QVERIFY(pages < 20);
    }
    std::set<std::string> legacy;
    const json legacyObservations = m_lf->get("/api/public/traces/" + trace).json()["observations"];
    for (const json &o : legacyObservations)
        legacy.insert(o["id"].get<std::string>());
    QCOMPARE(ids, legacy);
    QCOMPARE(pages, static_cast<int>((legacy.size() + 1) / 2));
    QCOMPARE(m_lf->get("/api/public/v2/observations?cursor=not-a-cursor").status, 400);

    // v2 latency is in seconds; the legacy view's latency too, both from the same instants.
    const json v2 = m_lf->get("/api/public/v2/observations?limit=1&fields=core,metrics&type=GENERATION").json()["data"][0];
    const json v1 = m_lf->get("/api/public/observations/" + v2["id"].get<std::string>()).json();
    const double ms = QDateTime::fromString(qs(v1["endTime"]), Qt::ISODateWithMs).toMSecsSinceEpoch()
        - QDateTime::fromString(qs(v1["startTime"]), Qt::ISODateWithMs).toMSecsSinceEpoch();
    QCOMPARE(v2["latency"].get<double>(), ms / 1000.0);
}

void TestConnectorDoubles::langfuseMetricsAgreeWithObservations()
{
    const std::string from = isoFromNow(-60), to = isoFromNow(1);
    const DoubleReply missing = m_lf->get("/api/public/v2/metrics?query="
                                          + urlEncode(json{{"view", "observations"},
                                                           {"metrics", json::array({json{{"measure", "count"},
                                                                                         {"aggregation", "count"}}})},
                                                           {"toTimestamp", to}}.dump()));
    QCOMPARE(missing.status, 400);
    QCOMPARE(firstIssue(missing).value("path", json()), json::array({"fromTimestamp"}));
    QCOMPARE(m_lf->get("/api/public/v2/metrics?query=" + urlEncode(R"({"view":"traces"})")).status, 400);
    // userId is high-cardinality: only as a top-N query.
    QCOMPARE(m_lf->get(metricsQuery(from, to, json{{"dimensions", json::array({json{{"field", "userId"}}})}})).status, 400);
    QCOMPARE(m_lf->get(metricsQuery(from, to, json{{"dimensions", json::array({json{{"field", "userId"}}})},
                                                   {"config", {{"row_limit", 5}}},
                                                   {"orderBy", json::array({json{{"field", "sum_totalCost"},
                                                                                  {"direction", "desc"}}})}}))
                 .json()["data"].size(),
             std::size_t(5));

    // Cost per model from the metrics API equals the sum over every observation's totalCost.
    std::map<std::string, double> expected;
    std::string cursor;
    for (int pages = 0; pages < 50; ++pages) {
        const json page = m_lf->get("/api/public/v2/observations?limit=1000&fields=core,model,usage"
                                    + (cursor.empty() ? "" : "&cursor=" + urlEncode(cursor))).json();
        for (const json &o : page["data"])
            if (!o["providedModelName"].is_null())
                expected[o["providedModelName"]] += o["totalCost"].get<double>();
        if (!page["meta"].contains("cursor"))
            break;
        cursor = page["meta"]["cursor"];
    }
    QVERIFY(expected.size() >= 3);
    const json rows = m_lf->get(metricsQuery(from, to)).json()["data"];
    QCOMPARE(rows.size(), expected.size() + 1); // plus the row of spans without a model (null)
    for (const json &row : rows) {
        if (row["providedModelName"].is_null())
            continue;
        const std::string model = row["providedModelName"];
        QVERIFY2(std::fabs(row["sum_totalCost"].get<double>() - expected[model]) < 1e-6, model.c_str());
        QVERIFY(row["p95_latency"].get<double>() >= row["p50_latency"].get<double>());
    }
    const json byDay = m_lf->get(metricsQuery(from, to, json{{"timeDimension", {{"granularity", "day"}}}})).json()["data"];
    QVERIFY(byDay.size() > 30); // several models on each of ~30 days
    QVERIFY(byDay[0].contains("time_dimension"));
}

void TestConnectorDoubles::langfuseMetricsRateLimit()
{
    auto limited = startDouble(u"langfuse"_s, {u"--rate-limit"_s, u"metrics=3/60s"_s});
    auto client = langfuseClient(*limited);
    const std::string query = metricsQuery(isoFromNow(-60), isoFromNow(1));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(client->get(query).status, 200);
    const DoubleReply refused = client->get(query);
    QCOMPARE(refused.status, 429);
    const int retryAfter = std::atoi(refused.header("Retry-After").c_str());
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, refused.header("Retry-After").c_str());
    QCOMPARE(qs(refused.header("X-RateLimit-Limit")), u"3"_s);
    QCOMPARE(qs(refused.header("X-RateLimit-Remaining")), u"0"_s);
    QVERIFY(!refused.header("X-RateLimit-Reset").empty());
    QCOMPARE(qs(refused.json().value("code", "")), u"rate_limited"_s);
    QCOMPARE(refused.json()["details"]["retryAfterSeconds"].get<int>(), retryAfter);
    QCOMPARE(client->get(kQueues).status, 200); // other buckets are not affected

    DoubleClient admin(limited->baseUrl());
    QCOMPARE(admin.send("POST", "/__double/clock", json{{"advanceMs", 61000}}).status, 200);
    QCOMPARE(client->get(query).status, 200); // a new window
}

void TestConnectorDoubles::langfuseLegacyObservationList()
{
    const std::string list = "/api/public/observations?type=GENERATION";
    QCOMPARE(m_lfLegacy->get(list + "&limit=101").status, 400); // publicApiPaginationZod
    QCOMPARE(m_lfLegacy->get(list + "&limit=100&page=0").status, 400);
    QCOMPARE(m_lfLegacy->get(list + "&fields=core").status, 400); // .strict(): v1 has no field groups
    QCOMPARE(m_lfLegacy->get(list + "&filter=%5B%5D").status, 501);

    // Every generation once, newest first, over pages of 40; the same ids as v2 (same seed).
    std::vector<std::string> ids;
    std::int64_t totalItems = -1, lastStart = INT64_MAX;
    for (int page = 1; page < 100; ++page) {
        const DoubleReply r = m_lfLegacy->get(list + "&limit=40&page=" + std::to_string(page));
        QCOMPARE(r.status, 200);
        const json body = r.json();
        QVERIFY(!body.contains("_deprecation")); // self-hosted v3
        totalItems = body["meta"]["totalItems"].get<std::int64_t>();
        for (const json &o : body["data"]) {
            const std::int64_t start = QDateTime::fromString(qs(o["startTime"]), Qt::ISODateWithMs).toMSecsSinceEpoch();
            QVERIFY(start <= lastStart);
            lastStart = start;
            QVERIFY(o["latency"].is_number()); // seconds, as in v2
            ids.push_back(o["id"]);
        }
        if (page >= body["meta"]["totalPages"].get<std::int64_t>())
            break;
    }
    QCOMPARE(std::int64_t(ids.size()), totalItems);
    std::set<std::string> v2;
    std::string cursor;
    for (int pages = 0; pages < 20; ++pages) {
        const json page = m_lf->get("/api/public/v2/observations?type=GENERATION&limit=1000"
                                    + (cursor.empty() ? "" : "&cursor=" + urlEncode(cursor))).json();
        for (const json &o : page["data"])
            v2.insert(o["id"].get<std::string>());
        if (!page["meta"].contains("cursor"))
            break;
        cursor = page["meta"]["cursor"];
    }
    QCOMPARE(std::set<std::string>(ids.begin(), ids.end()), v2);
    QVERIFY(m_lf->get(list + "&limit=1").json().contains("_deprecation")); // on a v4 server
}

void TestConnectorDoubles::langfuseDailyMetricsByObservationDay()
{
    // dailyMetrics.ts groups a trace's observations by their own start day and model (null for
    // spans), so summing every observation here by (start day, model) gives each usage entry.
    std::map<std::pair<std::string, std::string>, std::pair<double, std::int64_t>> expected;
    for (int page = 1; page < 100; ++page) {
        const json body = m_lfLegacy->get("/api/public/observations?limit=100&page=" + std::to_string(page)).json();
        for (const json &o : body["data"]) {
            auto &cell = expected[{o["startTime"].get<std::string>().substr(0, 10),
                                   o["model"].is_null() ? std::string() : o["model"].get<std::string>()}];
            cell.first += o["costDetails"].value("total", 0.0);
            cell.second += 1;
        }
        if (page >= body["meta"]["totalPages"].get<std::int64_t>())
            break;
    }
    std::map<std::pair<std::string, std::string>, std::pair<double, std::int64_t>> served;
    for (int page = 1; page < 10; ++page) {
        const json body = m_lfLegacy->get("/api/public/metrics/daily?limit=100&page=" + std::to_string(page)).json();
        for (const json &day : body["data"])
            for (const json &u : day["usage"]) {
                auto &cell = served[{day["date"].get<std::string>(),
                                     u["model"].is_null() ? std::string() : u["model"].get<std::string>()}];
                cell.first += u["totalCost"].get<double>();
                cell.second += u["countObservations"].get<std::int64_t>();
            }
        if (body["data"].size() < 100)
            break;
    }
    QCOMPARE(served.size(), expected.size());
    for (const auto &[key, cell] : expected) {
        QVERIFY2(served.count(key), (key.first + " " + key.second).c_str());
        QVERIFY2(std::fabs(served[key].first - cell.first) < 1e-6, (key.first + " " + key.second).c_str());
        QCOMPARE(served[key].second, cell.second);
    }
    QVERIFY(served.count({dateFromNow(-1), std::string()})); // the spans of a day: model null
}
