// The LiteLLM source against the LiteLLM TEST DOUBLE (keel-connector-double --kind litellm, over
// real HTTP): a sync into a real SQLite cache, read back the way the spend dashboard reads it
// (SpendRepository), must give the numbers the double's own spend logs give when summed here,
// row by row. What this proves is that the connector copes with the double's rules as
// shared/specs reads LiteLLM 1.96 (dates required, the 10k count cap, partial-day pages, budgets,
// its error bodies); it is no evidence about a real proxy.
//
// The clock is pinned to 23:30 on the last day of a 31-day month: the double's 30 days of spend
// then lie inside one calendar month, the period over which Keel measures a budget's actual, so
// the dashboard's budget percentages can be compared with the ones the double was seeded with.
#include "litellmharness.h"

#include "spend/spendrepository.h"
#include "store/database.h"

#include <doubleclient.h>
#include <doubleprocess.h>
#include <domain/clock.h>
#include <testclock.h>

#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace keel;
using json = nlohmann::json;
using test::LiteLlmHarness;
using test::decoded;
using test::optionsFor;

namespace {

constexpr int kSpendRows = 12000; // past LiteLLM's 10,000 count cap

QString qs(const std::string &s) { return QString::fromStdString(s); }

// The double's spend logs, summed here without the connector's code.
struct Expected {
    std::map<QString, qint64> dayCost;                                  // "YYYY-MM-DD" → micros
    std::map<std::pair<QString, QString>, qint64> dayTeamCost, dayTeamRequests;
    std::map<std::tuple<QString, QString, QString>, qint64> dayTeamModelCost;
    std::map<QString, qint64> teamCost;
    std::map<QString, qint64> requestCost;                              // request_id → micros
    std::map<QString, QString> modelProvider;
    qint64 failures = 0;
};

} // namespace

class TestLiteLlmSource : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<test::DoubleProcess> m_double;
    std::unique_ptr<test::DoubleClient> m_ll;
    Expected m_expected;
    QDate m_first, m_last; // the days a sync covers

    json state() const { return m_ll->get("/__double/state").json(); }
    // The double's log of requests to `path` after sequence number `after`.
    QList<json> logged(const std::string &path, qint64 after) const
    {
        QList<json> out;
        const json all = state();
        for (const json &r : all["requests"])
            if (r["seq"].get<qint64>() > after && r["path"] == path)
                out << r;
        return out;
    }
    qint64 lastSeq() const
    {
        const json log = state()["requests"];
        return log.empty() ? 0 : log.back()["seq"].get<qint64>();
    }
    bool arm(const std::string &path, const std::string &mode, int times)
    {
        return m_ll->send("POST", "/__double/faults", json{{"method", "GET"}, {"path", path}, {"mode", mode},
                                                           {"status", 503}, {"times", times}}).status == 200;
    }
    void compareSpendDaily(const QString &dbPath, bool wholeDaysOnly = false);
    void compareRequests(const QString &dbPath);

private Q_SLOTS:
    void initTestCase();
    void cleanup() { m_ll->send("DELETE", "/__double/faults", json::object()); }
    void spendDailyEqualsSpendLogs_data();
    void spendDailyEqualsSpendLogs();
    void requestsPastTheCountCap();
    void incrementalSyncRereadsOnlyTheTail();
    void budgetsShowTheSeededStates();
    void faultMidSyncLosesNothingAndResumes_data();
    void faultMidSyncLosesNothingAndResumes();
    void failuresNameTheSource();
};

void TestLiteLlmSource::initTestCase()
{
    const QDate start = QDateTime::fromMSecsSinceEpoch(test::pinnedStartMs(), Qt::UTC).date();
    QDate month(start.year(), start.month(), 1);
    while (month.daysInMonth() != 31)
        month = month.addMonths(1);
    const QDateTime at(QDate(month.year(), month.month(), 31), QTime(23, 30), Qt::UTC);
    domain::processClock().pin(at.toMSecsSinceEpoch());
    m_last = at.date();
    m_first = m_last.addDays(-31);

    m_double = std::make_unique<test::DoubleProcess>(u"litellm"_s, QStringList{u"--spend-rows"_s, QString::number(kSpendRows)});
    QVERIFY2(m_double->start(), qPrintable(m_double->errorString()));
    m_ll = std::make_unique<test::DoubleClient>(m_double->baseUrl(), test::DoubleClient::bearer(test::kLiteLlmMasterKey));

    // Every spend-log row, paged here until a short page (total stops at 10,000).
    const std::string window = "start_date=" + test::urlEncode("2000-01-01 00:00:00") + "&end_date="
                               + test::urlEncode("2100-01-01 00:00:00") + "&page_size=1000";
    for (int page = 1;; ++page) {
        const test::DoubleReply r = m_ll->get("/spend/logs/v2?" + window + "&page=" + std::to_string(page));
        QCOMPARE(r.status, 200);
        const json data = r.json()["data"];
        for (const json &row : data) {
            const qint64 micros = std::llround(row["spend"].get<double>() * 1e6);
            const QString day = qs(row["startTime"].get<std::string>().substr(0, 10)); // "+00:00": UTC dates
            const QString team = row["team_id"].is_string() ? qs(row["team_id"].get<std::string>()) : QString();
            const QString model = qs(row["model"].get<std::string>());
            m_expected.dayCost[day] += micros;
            m_expected.dayTeamCost[{day, team}] += micros;
            m_expected.dayTeamRequests[{day, team}] += 1;
            m_expected.dayTeamModelCost[{day, team, model}] += micros;
            m_expected.teamCost[team] += micros;
            m_expected.requestCost[qs(row["request_id"].get<std::string>())] = micros;
            m_expected.modelProvider[model] = qs(row["custom_llm_provider"].get<std::string>());
            m_expected.failures += row["status"] == "failure" ? 1 : 0;
        }
        if (data.size() < 1000)
            break;
    }
    QCOMPARE(qint64(m_expected.requestCost.size()), qint64(kSpendRows));
    QCOMPARE(state()["state"]["spendLogRows"].get<qint64>(), qint64(kSpendRows));
    QVERIFY(m_expected.dayCost.size() >= 29);
}

void TestLiteLlmSource::compareSpendDaily(const QString &dbPath, bool wholeDaysOnly)
{
    spend::SpendRepository repo(dbPath);
    QVERIFY2(repo.open(), qPrintable(repo.error()));
    spend::SpendQuery q;
    q.from = m_first;
    q.to = m_last;
    q.granularity = spend::Granularity::Day;
    q.groupBy = spend::Dimension::Team;
    const spend::SpendSeries s = repo.series(q);
    int daysCached = 0;
    for (qsizetype i = 0; i < s.periods.size(); ++i) {
        const QString day = spend::msToDate(s.periods[i]).toString(Qt::ISODate);
        const qint64 want = m_expected.dayCost.count(day) ? m_expected.dayCost.at(day) : 0;
        if (wholeDaysOnly && s.periodTotals[i].requests == 0)
            continue; // not synced yet: allowed; half a day is not
        ++daysCached;
        QVERIFY2(s.periodTotals[i].cost == want,
                 qPrintable(u"%1: the dashboard shows %2 µ$, the spend logs sum to %3"_s.arg(day).arg(s.periodTotals[i].cost).arg(want)));
        for (qsizetype k = 0; k < s.keys.size(); ++k) {
            const std::pair<QString, QString> at{day, s.keys[k]};
            const qint64 cost = m_expected.dayTeamCost.count(at) ? m_expected.dayTeamCost.at(at) : 0;
            const qint64 requests = m_expected.dayTeamRequests.count(at) ? m_expected.dayTeamRequests.at(at) : 0;
            QVERIFY2(s.cells[k][i].cost == cost && s.cells[k][i].requests == requests,
                     qPrintable(u"%1 team \"%2\": %3 µ$ in %4 requests, the logs say %5 in %6"_s.arg(day, s.keys[k])
                                    .arg(s.cells[k][i].cost).arg(s.cells[k][i].requests).arg(cost).arg(requests)));
        }
    }
    if (wholeDaysOnly)
        return;
    QCOMPARE(daysCached, int(s.periods.size()));
    // Every team of the logs is a series of the dashboard (none lost, e.g. "Unassigned" as "").
    for (const auto &[team, cost] : m_expected.teamCost)
        QVERIFY2(s.keys.contains(team), qPrintable(u"team \"%1\" missing from the dashboard"_s.arg(team)));
    // Per model within each team: the key splits place all of it (no spend left on model "").
    std::map<std::tuple<QString, QString, QString>, qint64> cells;
    const auto collect = [&cells](const spend::SpendDetailRow &r) {
        cells[std::make_tuple(spend::msToDate(r.day).toString(Qt::ISODate), r.team, r.model)] += r.cell.cost;
        return true;
    };
    QVERIFY(repo.forEachDailyRow(q, collect));
    QVERIFY2(cells == m_expected.dayTeamModelCost, "the (day, team, model) cells differ from the spend logs'");
    // Each model's provider (the FOCUS export's), placed from the key splits on every day: the
    // double's keys each use models of several providers, so no single breakdown says it.
    const QHash<QString, QString> providers = repo.modelProviders(); // MIN(provider): "" if any day missed it
    QCOMPARE(qint64(providers.size()), qint64(m_expected.modelProvider.size()));
    for (const auto &[model, provider] : m_expected.modelProvider)
        QCOMPARE(providers.value(model), provider);
}

void TestLiteLlmSource::compareRequests(const QString &dbPath)
{
    auto db = store::openForReading(dbPath);
    store::Stmt s(db->handle(), "SELECT id, cost_micros, status FROM requests");
    std::map<QString, qint64> cached;
    qint64 errors = 0;
    while (s.step()) {
        cached[s.qtext(0)] = s.int64(1);
        errors += s.text(2) == "error" ? 1 : 0;
    }
    QCOMPARE(cached.size(), m_expected.requestCost.size());
    QVERIFY2(cached == m_expected.requestCost, "cached requests differ from the spend logs");
    QCOMPARE(errors, m_expected.failures);
}

void TestLiteLlmSource::spendDailyEqualsSpendLogs_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addRow("whole days per page") << 1000;
    QTest::addRow("days split over pages") << 7;
}

void TestLiteLlmSource::spendDailyEqualsSpendLogs()
{
    QFETCH(int, pageSize);
    const qint64 before = lastSeq();
    LiteLlmHarness h(m_double->baseUrl(), optionsFor(m_double->baseUrl(), pageSize));
    QVERIFY2(h.sync({u"spend_daily"_s}), qPrintable(h.messages.value(u"spend_daily"_s)));
    compareSpendDaily(h.dbPath);

    const QList<json> asked = logged("/team/daily/activity", before);
    int laterPages = 0;
    const QRegularExpression date(u"^\\d{4}-\\d\\d-\\d\\d$"_s);
    for (const json &r : asked) {
        const QUrlQuery q(qs(r["query"].get<std::string>()));
        QVERIFY(date.match(decoded(q, "start_date")).hasMatch());
        QCOMPARE(decoded(q, "end_date"), decoded(q, "start_date")); // one day per query
        QCOMPARE(r["status"].get<int>(), 200);                     // never a 400 for missing dates
        laterPages += decoded(q, "page").toInt() > 1 ? 1 : 0;
    }
    QCOMPARE(qint64(asked.size() - laterPages), m_first.daysTo(m_last) + 1); // every day once from its first page
    if (pageSize < 100)
        QVERIFY2(laterPages > asked.size() / 2, "the days were meant to be split over pages");
    else
        QCOMPARE(laterPages, 0);
}

void TestLiteLlmSource::requestsPastTheCountCap()
{
    const qint64 before = lastSeq();
    LiteLlmHarness h(m_double->baseUrl(), optionsFor(m_double->baseUrl()));
    QVERIFY2(h.sync({u"requests"_s}), qPrintable(h.messages.value(u"requests"_s)));
    compareRequests(h.dbPath);
    // total_pages said 10; the rows went on to page 12, and page 13 was short (empty).
    const QList<json> asked = logged("/spend/logs/v2", before);
    QCOMPARE(qint64(asked.size()), qint64(13));
    const QRegularExpression instant(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"_s);
    for (const json &r : asked) {
        const QUrlQuery q(qs(r["query"].get<std::string>()));
        QVERIFY(instant.match(decoded(q, "start_date")).hasMatch());
        QVERIFY(instant.match(decoded(q, "end_date")).hasMatch());
        QCOMPARE(r["status"].get<int>(), 200);
    }
    QCOMPARE(decoded(QUrlQuery(qs(asked.last()["query"].get<std::string>())), "page"), u"13"_s);
    QVERIFY(!h.cursor("requests"));
}

void TestLiteLlmSource::incrementalSyncRereadsOnlyTheTail()
{
    LiteLlmHarness h(m_double->baseUrl(), optionsFor(m_double->baseUrl()));
    QVERIFY(h.sync({u"spend_daily"_s, u"requests"_s}));
    const qint64 before = lastSeq();
    QVERIFY(h.sync({u"spend_daily"_s, u"requests"_s}));
    compareSpendDaily(h.dbPath);
    compareRequests(h.dbPath);
    // The last two days again (their totals still grow), and the newest minutes of spend logs.
    const QList<json> days = logged("/team/daily/activity", before);
    QCOMPARE(qint64(days.size()), qint64(3));
    QCOMPARE(decoded(QUrlQuery(qs(days.first()["query"].get<std::string>())), "start_date"),
             m_last.addDays(-2).toString(Qt::ISODate));
    const QList<json> logs = logged("/spend/logs/v2", before);
    QCOMPARE(qint64(logs.size()), qint64(1));
    const QDateTime from = QDateTime::fromString(decoded(QUrlQuery(qs(logs.first()["query"].get<std::string>())), "start_date"),
                                                 u"yyyy-MM-dd HH:mm:ss"_s);
    QVERIFY(from.isValid());
    QVERIFY(QDateTime(from.date(), from.time(), Qt::UTC) > test::nowUtc().addSecs(-3600));
}

void TestLiteLlmSource::budgetsShowTheSeededStates()
{
    LiteLlmHarness h(m_double->baseUrl(), optionsFor(m_double->baseUrl()));
    QVERIFY2(h.sync({u"spend_daily"_s, u"budgets"_s}), qPrintable(h.messages.value(u"budgets"_s)));
    spend::SpendRepository repo(h.dbPath);
    QVERIFY(repo.open());
    QMap<QString, spend::BudgetStatus> byTeam;
    for (const spend::BudgetStatus &b : repo.budgets(test::nowUtc()))
        byTeam.insert(b.scopeValue, b);
    QCOMPARE(byTeam.keys(), (QStringList{u"team-research"_s, u"team-search"_s, u"team-support"_s})); // platform has none
    for (auto it = byTeam.begin(); it != byTeam.end(); ++it) {
        const json info = m_ll->get("/team/info?team_id=" + it.key().toStdString()).json()["team_info"];
        QCOMPARE(it->scopeKind, u"team"_s);
        QCOMPARE(it->amount, std::llround(info["max_budget"].get<double>() * 1e6));
        QCOMPARE(it->actual, m_expected.teamCost.at(it.key()));
        QCOMPARE(it->alertThresholds, (QList<double>{0.8, 1.0})); // soft_budget is 80% of max_budget
    }
    const auto share = [&](const QString &team) { return double(byTeam[team].actual) / double(byTeam[team].amount); };
    QVERIFY2(share(u"team-support"_s) > 0.965 && share(u"team-support"_s) <= 0.970 + 1e-9, qPrintable(QString::number(share(u"team-support"_s))));
    QVERIFY2(share(u"team-research"_s) > 1.115 && share(u"team-research"_s) <= 1.120 + 1e-9, qPrintable(QString::number(share(u"team-research"_s))));
    QVERIFY2(share(u"team-search"_s) > 0.545 && share(u"team-search"_s) <= 0.550 + 1e-9, qPrintable(QString::number(share(u"team-search"_s))));
    QCOMPARE(byTeam[u"team-research"_s].state, spend::BudgetState::Breached);
    QVERIFY(byTeam[u"team-support"_s].state != spend::BudgetState::Breached);
    QCOMPARE(byTeam[u"team-search"_s].state, spend::BudgetState::Ok);
}

void TestLiteLlmSource::faultMidSyncLosesNothingAndResumes_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("commitsBeforeFault");
    QTest::addRow("spend logs, 503") << u"requests"_s << u"/spend/logs/v2"_s << u"status"_s << 3;
    QTest::addRow("spend logs, dropped") << u"requests"_s << u"/spend/logs/v2"_s << u"drop"_s << 3;
    QTest::addRow("daily activity, 503 mid-day") << u"spend_daily"_s << u"/team/daily/activity"_s << u"status"_s << 40;
    QTest::addRow("daily activity, dropped mid-day") << u"spend_daily"_s << u"/team/daily/activity"_s << u"drop"_s << 40;
}

void TestLiteLlmSource::faultMidSyncLosesNothingAndResumes()
{
    QFETCH(QString, resource);
    QFETCH(QString, path);
    QFETCH(QString, mode);
    QFETCH(int, commitsBeforeFault);
    // Small pages so the fault lands mid-run (and, for the daily activity, inside a day).
    LiteLlmHarness h(m_double->baseUrl(), optionsFor(m_double->baseUrl(), 7, 700));
    int commits = 0;
    bool armed = false;
    connect(h.engine.get(), &sync::SyncEngine::progress, this, [&](const QString &r) {
        if (r == resource && ++commits == commitsBeforeFault)
            armed = arm(path.toStdString(), mode.toStdString(), 2); // the attempt and its one retry
    });
    const qint64 before = lastSeq();
    QVERIFY(!h.sync({resource}));
    QVERIFY(armed);
    const QString message = h.messages.value(resource);
    QVERIFY2(message.startsWith(u"LiteLLM at "_s + m_double->baseUrl().toString()), qPrintable(message));
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY(h.cursor(resource.toUtf8().constData())); // a committed resume point

    if (resource == u"requests"_s) {
        const qint64 kept = h.count("requests");
        QVERIFY2(kept >= 700 * (commitsBeforeFault - 1) && kept < kSpendRows, qPrintable(QString::number(kept)));
    } else {
        compareSpendDaily(h.dbPath, true); // the days cached are whole: none half
        QVERIFY(h.count("spend_daily") > 0);
    }
    const QList<json> first = logged(path.toStdString(), before);
    const qint64 between = lastSeq();
    cleanup();
    QVERIFY2(h.sync({resource}), qPrintable(h.messages.value(resource)));
    const QList<json> second = logged(path.toStdString(), between);
    QVERIFY(!second.isEmpty());
    const QUrlQuery firstAsked(qs(first.first()["query"].get<std::string>()));
    const QUrlQuery resumed(qs(second.first()["query"].get<std::string>()));
    if (resource == u"requests"_s) {
        QVERIFY(decoded(resumed, "page").toInt() > 1);                               // not from the top
        QCOMPARE(decoded(resumed, "end_date"), decoded(firstAsked, "end_date"));     // the same window
        compareRequests(h.dbPath);
    } else {
        QVERIFY(decoded(resumed, "start_date") > decoded(firstAsked, "start_date")); // not from the first day
        QCOMPARE(decoded(resumed, "page"), u"1"_s);                                  // the open day afresh
        compareSpendDaily(h.dbPath);
    }
    QVERIFY(!h.cursor(resource.toUtf8().constData()));
}

void TestLiteLlmSource::failuresNameTheSource()
{
    LiteLlmHarness h(m_double->baseUrl(), optionsFor(m_double->baseUrl()), u"sk-keel-not-a-key"_s);
    QVERIFY(!h.sync({u"spend_daily"_s}));
    const QString message = h.messages.value(u"spend_daily"_s);
    QVERIFY2(message.startsWith(u"LiteLLM at "_s + m_double->baseUrl().toString() + u": the key was not accepted (401)"_s),
             qPrintable(message));
    QVERIFY2(message.contains(u"Authentication Error"_s) && message.contains(u"auth_error"_s), qPrintable(message));
    QCOMPARE(h.count("spend_daily"), 0);
}

QTEST_GUILESS_MAIN(TestLiteLlmSource)
#include "tst_litellmsource.moc"
