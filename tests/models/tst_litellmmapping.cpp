// The LiteLLM source's mapping without a server: error bodies into messages, spend-log rows into
// request records, /team/info into budgets, and a day's marginal breakdowns into (team, model)
// rows. Inputs are the double's captured fixtures (tests/doubles/fixtures) and hand-made days
// where the key splits are the point.
#include "sources/litellm/dailyactivity.h"
#include "sources/litellm/litellmsource.h"
#include "sources/litellm/spendlogs.h"
#include "sources/litellm/teambudgets.h"

#include <domain/timeutil.h>
#include <testdirs.h>

#include <QFile>
#include <QTest>

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;
using namespace keel;
using json = nlohmann::json;
namespace litellm = keel::sources::litellm;

namespace {

json fixture(const char *name)
{
    QFile f(test::sourcePath(u"doubles/fixtures/"_s + QString::fromLatin1(name) + u".json"_s));
    if (!f.open(QIODevice::ReadOnly))
        return json();
    return json::parse(f.readAll().toStdString(), nullptr, false);
}

api::ApiResponse httpError(int status, const QByteArray &body)
{
    api::ApiResponse r;
    r.httpStatus = status;
    r.body = body;
    r.error.kind = api::ApiError::Kind::Http;
    r.error.httpStatus = status;
    r.error.message = u"HTTP %1 without a problem+json body"_s.arg(status);
    return r;
}

json metrics(double spend, int requests, int prompt = 0)
{
    return json{{"spend", spend}, {"api_requests", requests}, {"prompt_tokens", prompt}, {"completion_tokens", 0},
                {"cache_read_input_tokens", 0}};
}

// A breakdown member with its split by key: {key: (spend, requests)}.
json member(const std::map<std::string, std::pair<double, int>> &keys)
{
    double spend = 0;
    int requests = 0;
    json split = json::object();
    for (const auto &[key, m] : keys) {
        split[key] = {{"metrics", metrics(m.first, m.second)}, {"metadata", json::object()}};
        spend += m.first;
        requests += m.second;
    }
    return {{"metrics", metrics(spend, requests)}, {"metadata", json::object()}, {"api_key_breakdown", split}};
}

} // namespace

class TestLiteLlmMapping : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void describeFailure_data()
    {
        QTest::addColumn<api::ApiResponse>("response");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        auto body = [](const char *name) { return QByteArray::fromStdString(fixture(name).dump()); };
        QTest::addRow("401 ProxyException") << httpError(401, body("litellm_error_401")) << u"/spend/logs/v2"_s
            << u"the key was not accepted (401): Authentication Error, No api key passed in. (auth_error). Use the proxy's master key or an admin key."_s;
        QTest::addRow("422 FastAPI validation") << httpError(422, body("litellm_error_422")) << u"/spend/logs/v2"_s
            << u"/spend/logs/v2 refused Keel's parameters (422): query.page: Input should be greater than or equal to 1; "
               "query.page_size: Input should be less than or equal to 1000"_s;
        QTest::addRow("400 detail.error") << httpError(400, body("litellm_error_400_daily_dates")) << u"/team/daily/activity"_s
            << u"/team/daily/activity answered 400: Please provide start_date and end_date"_s;
        QTest::addRow("400 ProxyException") << httpError(400, body("litellm_error_400_spend_dates")) << u"/spend/logs/v2"_s
            << u"/spend/logs/v2 answered 400: Start date and end date are required (bad_request)"_s;
        QTest::addRow("404 detail string") << httpError(404, QByteArray(R"({"detail": "Not Found"})")) << u"/team/daily/activity"_s
            << u"/team/daily/activity was not found (404): Not Found. Is this a LiteLLM proxy, version 1.96 or later, with its database on?"_s;
        QTest::addRow("502 from a gateway") << httpError(502, QByteArray("<html>Bad gateway</html>")) << u"/team/info"_s
            << u"/team/info answered 502: no error message in the answer"_s;
        api::ApiResponse refused;
        refused.error.kind = api::ApiError::Kind::Connect;
        refused.error.message = u"Connection refused"_s;
        QTest::addRow("connection refused") << refused << u"/team/info"_s
            << u"could not connect for /team/info (Connection refused). Is the proxy running, and is the URL right?"_s;
    }
    void describeFailure()
    {
        QFETCH(api::ApiResponse, response);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        // No user info, query or trailing slash of the configured URL reaches the message.
        const QUrl url(u"https://ops:secret@litellm.example.com/?debug=1"_s);
        QCOMPARE(litellm::describeFailure(url, path, response), u"LiteLLM at https://litellm.example.com: "_s + expected);
    }

    void spendLogRow()
    {
        const json page = fixture("litellm_spend_logs_v2");
        QVERIFY(page.is_object());
        domain::RequestRecord r;
        std::string error;
        QVERIFY2(litellm::toRequestRecord(page["data"][0], r, error), error.c_str());
        QCOMPARE(r.id, std::string("chatcmpl-938d4274-d752-4096-869f-b9a167eeebb3"));
        QCOMPARE(r.ts, *domain::parseRfc3339("2026-03-18T09:21:40.306Z"));
        QCOMPARE(r.costMicros, std::int64_t(1038));
        QCOMPARE(r.model, std::string("gemini-2.0-flash-001"));
        QCOMPARE(r.provider, std::string("vertex_ai"));
        QCOMPARE(r.team, std::string("team-platform"));
        QCOMPARE(r.correlationId, std::string("sess-7fb581aaee"));
        QCOMPARE(r.route, std::string("acompletion"));
        QCOMPARE(r.inputTokens, std::int64_t(4965));
        QCOMPARE(r.outputTokens, std::int64_t(1353));
        QCOMPARE(r.latencyMs, std::int64_t(8237));
        QCOMPARE(r.ttftMs, std::int64_t(960));
        QCOMPARE(r.status, std::string("ok"));
        QVERIFY(!r.cacheHit);
        QVERIFY(r.useCase.empty() && r.customerSegment.empty());

        json failed = page["data"][0];
        failed["status"] = "failure";
        failed["cache_hit"] = true;
        failed["startTime"] = "2026-03-18T09:21:40.306"; // naive: UTC, as the proxy's database stores it
        failed.erase("request_duration_ms");
        failed["metadata"]["error_information"] = {{"error_code", "429"}, {"error_class", "RateLimitError"}};
        QVERIFY2(litellm::toRequestRecord(failed, r, error), error.c_str());
        QCOMPARE(r.status, std::string("error"));
        QCOMPARE(r.errorCode, std::string("429"));
        QCOMPARE(r.ts, *domain::parseRfc3339("2026-03-18T09:21:40.306Z"));
        QCOMPARE(r.latencyMs, std::int64_t(8237)); // from endTime
        QVERIFY(r.cacheHit);

        json broken = page["data"][0];
        broken["startTime"] = "18/03/2026";
        QVERIFY(!litellm::toRequestRecord(broken, r, error));
        QVERIFY2(QString::fromStdString(error).contains(u"startTime"_s), error.c_str());
        broken = page["data"][0];
        broken.erase("request_id");
        QVERIFY(!litellm::toRequestRecord(broken, r, error));
    }

    void teamBudget_data()
    {
        QTest::addColumn<QByteArray>("change"); // a merge patch on the fixture's team_info
        QTest::addColumn<qint64>("amount");     // 0 = no budget
        QTest::addColumn<QList<double>>("thresholds");
        QTest::addRow("30d with a soft budget") << QByteArray("{}") << qint64(13'570'000) << QList<double>{0.8, 1.0};
        QTest::addRow("1mo without soft budget") << QByteArray(R"({"budget_duration": "1mo", "soft_budget": null})")
                                                 << qint64(13'570'000) << QList<double>{1.0};
        QTest::addRow("7d is not a month") << QByteArray(R"({"budget_duration": "7d"})") << qint64(0) << QList<double>{};
        QTest::addRow("a lifetime cap") << QByteArray(R"({"budget_duration": null})") << qint64(0) << QList<double>{};
        QTest::addRow("no max_budget") << QByteArray(R"({"max_budget": null})") << qint64(0) << QList<double>{};
    }
    void teamBudget()
    {
        QFETCH(QByteArray, change);
        QFETCH(qint64, amount);
        QFETCH(QList<double>, thresholds);
        json answer = fixture("litellm_team_info");
        QVERIFY(answer.is_object());
        answer["team_info"].merge_patch(json::parse(change.toStdString()));
        const litellm::TeamBudget b = litellm::teamBudget("team-support", answer);
        QCOMPARE(bool(b.budget), amount > 0);
        if (!b.budget) {
            QVERIFY(!b.skipped.empty());
            return;
        }
        QCOMPARE(b.budget->id, std::string("litellm-team:team-support"));
        QCOMPARE(b.budget->scopeKind, std::string("team"));
        QCOMPARE(b.budget->scopeValue, std::string("team-support"));
        QCOMPARE(b.budget->period, std::string("month"));
        QCOMPARE(b.budget->amountMicros, std::int64_t(amount));
        QCOMPARE(QList<double>(b.budget->alertThresholds.begin(), b.budget->alertThresholds.end()), thresholds);
    }

    // A captured page (part of a day): merged twice it is that day twice; its rows keep each
    // team's total, and every team's spend lands on models.
    void capturedPageKeepsTeamTotals()
    {
        const json page = fixture("litellm_team_daily_activity");
        QVERIFY(page.is_object());
        litellm::ActivityDays days;
        std::string error;
        QVERIFY2(litellm::mergeActivityPage(page["results"], days, error), error.c_str());
        std::vector<domain::SpendRow> rows;
        QVERIFY(litellm::spendRowsOf("2026-03-18", days.at("2026-03-18"), rows));
        std::map<std::string, qint64> byTeam;
        for (const auto &r : rows) {
            byTeam[r.team] += r.costMicros;
            QVERIFY2(!r.model.empty(), r.team.c_str());
            QCOMPARE(r.periodStart, *domain::parseRfc3339("2026-03-18T00:00:00Z"));
        }
        for (const auto &[team, entry] : page["results"][0]["breakdown"]["entities"].items())
            QCOMPARE(byTeam[team == "Unassigned" ? "" : team], std::llround(entry["metrics"]["spend"].get<double>() * 1e6));

        QVERIFY(litellm::mergeActivityPage(page["results"], days, error));
        QCOMPARE(days.at("2026-03-18").metrics.requests, 2 * page["results"][0]["metrics"]["api_requests"].get<std::int64_t>());
        QVERIFY(!litellm::mergeActivityPage(json{{{"date", "18.03.2026"}}}, days, error));
    }

    // Keys place a team's spend on models; a key seen under two teams that day (it moved) keeps
    // its spend on each team but cannot say which model: model "". Spend no team holds: team "".
    void keySplitsPlaceTeamSpendOnModels()
    {
        json result{{"date", "2026-03-05"}, {"metrics", metrics(20.0, 20)}};
        result["breakdown"]["entities"] = {{"team-a", member({{"k1", {3.0, 3}}, {"k3", {2.0, 2}}})},
                                           {"team-b", member({{"k2", {4.0, 4}}, {"k3", {1.0, 1}}})},
                                           {"Unassigned", member({{"k4", {5.0, 5}}})}};
        result["breakdown"]["models"] = {{"gpt-4o", member({{"k1", {2.0, 2}}, {"k2", {4.0, 4}}, {"k3", {3.0, 3}}})},
                                         {"claude-sonnet-4", member({{"k1", {1.0, 1}}, {"k4", {5.0, 5}}})}};
        result["breakdown"]["providers"] = {{"openai", member({{"k1", {2.0, 2}}, {"k2", {4.0, 4}}, {"k3", {3.0, 3}}})},
                                            {"anthropic", member({{"k1", {1.0, 1}}, {"k4", {5.0, 5}}})}};
        litellm::ActivityDays days;
        std::string error;
        QVERIFY2(litellm::mergeActivityPage(json::array({result}), days, error), error.c_str());
        std::vector<domain::SpendRow> rows;
        QVERIFY(litellm::spendRowsOf("2026-03-05", days.at("2026-03-05"), rows));
        std::map<std::pair<std::string, std::string>, std::pair<qint64, std::string>> got;
        for (const auto &r : rows)
            got[{r.team, r.model}] = {r.costMicros, r.provider};
        const std::map<std::pair<std::string, std::string>, std::pair<qint64, std::string>> want{
            {{"team-a", "gpt-4o"}, {2'000'000, "openai"}},
            {{"team-a", "claude-sonnet-4"}, {1'000'000, "anthropic"}},
            {{"team-a", ""}, {2'000'000, ""}},          // k3, under two teams
            {{"team-b", "gpt-4o"}, {4'000'000, "openai"}},
            {{"team-b", ""}, {1'000'000, ""}},          // k3
            {{"", "claude-sonnet-4"}, {5'000'000, "anthropic"}},
            {{"", ""}, {5'000'000, ""}},                // the day's total beyond every team's
        };
        QVERIFY(got == want);
    }
};

QTEST_GUILESS_MAIN(TestLiteLlmMapping)
#include "tst_litellmmapping.moc"
