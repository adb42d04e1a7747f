// The Langfuse spend source against the Langfuse TEST DOUBLE in v4 mode (keel-connector-double
// --kind langfuse, over real HTTP, into a real SQLite cache through a real SyncEngine): the
// roll-up and the raw requests equal what the double seeded, summed here from its own
// /v2/observations; paging past one page; a window that fills row_limit split without loss; the
// minimum interval that keeps a second sync off the rate-limited metrics route; a run interrupted
// by a 503 resumes where it stopped; a malformed or hostile page is named in the message and the
// pages before it are kept. The double refuses unknown query parameters (400), so every request
// answered 200 also says Keel sent none.
#include "langfusespendharness.h"

#include <testclock.h>

#include <QTest>

#include <set>

using namespace Qt::StringLiterals;
using namespace keel;
using json = nlohmann::json;
using test::LangfuseSpendSync;
using test::logged;
using test::queryValue;
namespace lf = keel::sources::langfuse;

namespace {

constexpr qint64 kDay = 86'400'000;
const std::string kObservations = "/api/public/v2/observations";
const std::string kMetrics = "/api/public/v2/metrics";

qint64 msOf(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

} // namespace

class TestLangfuseSpend : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<test::DoubleProcess> m_double;
    std::unique_ptr<test::DoubleClient> m_lf;
    test::Seeded m_seeded;

    QUrl url() const { return m_double->baseUrl(); }
    void arm(const json &fault) const { QCOMPARE(m_lf->send("POST", "/__double/faults", fault).status, 200); }
    // Makes the last finished spend_daily run look `ms` older, as if time had passed.
    static void ageSpendRun(LangfuseSpendSync &h, qint64 ms)
    {
        h.store->write([ms](store::Db &db) {
            db.prepared("UPDATE sync_state SET last_synced_at = last_synced_at - ?1 WHERE resource = 'spend_daily'")
                .bind(1, ms)
                .exec();
        });
        h.store->flush();
    }
    void compareRequests(const QString &dbPath) const;

private Q_SLOTS:
    void initTestCase();
    void cleanup() { m_lf->send("DELETE", "/__double/faults", json::object()); }
    void rollupsAndRequestsEqualTheSeed();
    void laterRunsSpareTheMetricsBudget();
    void fullWindowsAreSplitWithoutLoss();
    void interruptedRunResumes_data();
    void interruptedRunResumes();
    void malformedPageIsNamedAndEarlierPagesKept();
    void hostileFieldsAreBounded();
};

void TestLangfuseSpend::initTestCase()
{
    m_double = std::make_unique<test::DoubleProcess>(u"langfuse"_s, QStringList{u"--langfuse-mode"_s, u"v4"_s});
    QVERIFY2(m_double->start(), qPrintable(m_double->errorString()));
    m_lf = std::make_unique<test::DoubleClient>(url(), test::DoubleClient::basic(test::kSpendPublicKey, test::kSpendSecretKey));
    m_seeded = test::seededGenerations(*m_lf, false);
    QVERIFY(m_seeded.generations.size() > 300);
    QVERIFY(m_seeded.cells.size() > 100); // several models, names and prompts on each of ~30 days
}

void TestLangfuseSpend::compareRequests(const QString &dbPath) const
{
    auto db = store::openForReading(dbPath);
    store::Stmt s(db->handle(), "SELECT id, ts, correlation_id, model, use_case, route, prompt_template, cost_micros, "
                                "latency_ms, input_tokens, output_tokens, status, confidence FROM requests");
    std::set<QString> seen;
    while (s.step()) {
        const QString id = s.qtext(0);
        const auto it = m_seeded.generations.find(id);
        QVERIFY2(it != m_seeded.generations.end(), qPrintable(u"request %1 is no generation of the double"_s.arg(id)));
        const test::SeededGeneration &g = it->second;
        QVERIFY(seen.insert(id).second);
        QCOMPARE(s.int64(1), g.ts);
        QCOMPARE(s.qtext(2), g.traceId); // the drill-down opens the trace
        QCOMPARE(s.qtext(3), g.model);
        QCOMPARE(s.qtext(4), g.traceName);
        QCOMPARE(s.qtext(5), g.name);
        QCOMPARE(s.qtext(6), g.promptName);
        QCOMPARE(s.int64(7), g.costMicros);
        QCOMPARE(s.int64(8), g.latencyMs); // seconds in Langfuse, ms in Keel
        QCOMPARE(s.int64(9), g.input);
        QCOMPARE(s.int64(10), g.output);
        QCOMPARE(s.qtext(11), g.level == u"ERROR"_s ? u"error"_s : u"ok"_s);
        QCOMPARE(s.real(12), 1.0);
    }
    QCOMPARE(seen.size(), m_seeded.generations.size());
}

void TestLangfuseSpend::rollupsAndRequestsEqualTheSeed()
{
    const qint64 before = test::lastSeq(*m_lf);
    lf::LangfuseSpendOptions o = test::spendOptions(url());
    o.observationPageSize = 100; // several pages
    LangfuseSpendSync h(o);
    QVERIFY2(h.sync({u"spend_daily"_s, u"budgets"_s, u"requests"_s}),
             qPrintable(h.messages.values().join(u" | "_s)));
    const QString rollup = test::compareRollup(h.dbPath, m_seeded);
    QVERIFY2(rollup.isEmpty(), qPrintable(rollup));
    compareRequests(h.dbPath);
    QCOMPARE(h.count("budgets"), 0); // Langfuse has none

    // A drill-down from any roll-up row finds its requests: the same (day, model, use case,
    // team, segment) hold as many requests in both tables.
    auto db = store::openForReading(h.dbPath);
    std::map<std::tuple<qint64, QString, QString, QString, QString>, qint64> rolled, raw;
    store::Stmt r(db->handle(), "SELECT period_start, model, use_case, team, customer_segment, SUM(requests) FROM spend_daily "
                                "GROUP BY 1, 2, 3, 4, 5");
    while (r.step())
        rolled[{r.int64(0), r.qtext(1), r.qtext(2), r.qtext(3), r.qtext(4)}] = r.int64(5);
    store::Stmt q(db->handle(), "SELECT ts / 86400000 * 86400000, model, use_case, team, customer_segment, COUNT(*) "
                                "FROM requests GROUP BY 1, 2, 3, 4, 5");
    while (q.step())
        raw[{q.int64(0), q.qtext(1), q.qtext(2), q.qtext(3), q.qtext(4)}] = q.int64(5);
    QVERIFY(rolled == raw);

    // One metrics query (the roll-up fits one row_limit); the generations in pages of 100 over one
    // closed window; nothing else asked, and nothing refused (unknown parameters would be a 400).
    const QList<json> all = logged(*m_lf, std::string(), before);
    const QList<json> metrics = logged(*m_lf, kMetrics, before);
    const QList<json> pages = logged(*m_lf, kObservations, before);
    QCOMPARE(metrics.size(), 1);
    QCOMPARE(qsizetype(pages.size()), qsizetype((m_seeded.generations.size() + 99) / 100));
    QCOMPARE(all.size(), metrics.size() + pages.size());
    for (const json &e : all)
        QVERIFY2(e["status"].get<int>() == 200, e.dump().c_str());
    const json query = json::parse(queryValue(metrics.first(), "query").toStdString());
    QCOMPARE(query["config"]["row_limit"].get<int>(), 1000);
    QCOMPARE(msOf(QString::fromStdString(query["fromTimestamp"])) % kDay, 0); // whole days from the first
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QCOMPARE(queryValue(pages[i], "type"), u"GENERATION"_s);
        QCOMPARE(queryValue(pages[i], "toStartTime"), queryValue(pages.first(), "toStartTime"));
        QCOMPARE(queryValue(pages[i], "cursor").isEmpty(), i == 0);
        QVERIFY(!queryValue(pages[i], "fields").contains(u"io"_s)); // no prompts or outputs pulled
    }
    // The request window (31 days by default) bounds the first pull, not historyDays.
    const qint64 from = msOf(queryValue(pages.first(), "fromStartTime"));
    QVERIFY(std::llabs(from - (test::nowMs() - 31 * kDay)) < 60'000);
    QVERIFY(!h.cursor("requests") && !h.cursor("spend_daily"));
}

void TestLangfuseSpend::laterRunsSpareTheMetricsBudget()
{
    LangfuseSpendSync h(test::spendOptions(url()));
    QVERIFY(h.sync({u"spend_daily"_s, u"requests"_s}));
    const QString firstWindowEnd = queryValue(logged(*m_lf, kObservations, 0).last(), "toStartTime");

    // At once again: no metrics query at all (the last run is younger than an hour); the
    // requests pull starts half an hour before the last window's end (late ingestion).
    qint64 before = test::lastSeq(*m_lf);
    QVERIFY(h.sync({u"spend_daily"_s, u"requests"_s}));
    QCOMPARE(logged(*m_lf, kMetrics, before).size(), 0);
    const QList<json> again = logged(*m_lf, kObservations, before);
    QCOMPARE(again.size(), 1);
    QCOMPARE(msOf(queryValue(again.first(), "fromStartTime")), msOf(firstWindowEnd) - 30 * 60'000);
    QVERIFY(test::compareRollup(h.dbPath, m_seeded).isEmpty());

    // Two hours on: one query, from yesterday's midnight (yesterday and today still grow).
    ageSpendRun(h, 2 * 3'600'000);
    before = test::lastSeq(*m_lf);
    QVERIFY(h.sync({u"spend_daily"_s}));
    const QList<json> metrics = logged(*m_lf, kMetrics, before);
    QCOMPARE(metrics.size(), 1);
    const json query = json::parse(queryValue(metrics.first(), "query").toStdString());
    QCOMPARE(msOf(QString::fromStdString(query["fromTimestamp"])), test::nowMs() / kDay * kDay - kDay);
    const QString rollup = test::compareRollup(h.dbPath, m_seeded);
    QVERIFY2(rollup.isEmpty(), qPrintable(rollup));

    // A new cache (nothing cached yet) asks whatever the interval.
    LangfuseSpendSync fresh(test::spendOptions(url()));
    before = test::lastSeq(*m_lf);
    QVERIFY(fresh.sync({u"spend_daily"_s}));
    QCOMPARE(logged(*m_lf, kMetrics, before).size(), 1);
}

void TestLangfuseSpend::fullWindowsAreSplitWithoutLoss()
{
    lf::LangfuseSpendOptions o = test::spendOptions(url());
    o.metricsRowLimit = 4; // far fewer than a day's cells: windows split down to pieces of days
    LangfuseSpendSync h(o);
    const qint64 before = test::lastSeq(*m_lf);
    QVERIFY2(h.sync({u"spend_daily"_s}), qPrintable(h.messages.value(u"spend_daily"_s)));
    const QString rollup = test::compareRollup(h.dbPath, m_seeded);
    QVERIFY2(rollup.isEmpty(), qPrintable(rollup));
    const QList<json> metrics = logged(*m_lf, kMetrics, before);
    QVERIFY(metrics.size() > 40);
    int insideADay = 0;
    for (const json &e : metrics) {
        QCOMPARE(e["status"].get<int>(), 200);
        const json query = json::parse(queryValue(e, "query").toStdString());
        QCOMPARE(query["config"]["row_limit"].get<int>(), 4);
        insideADay += msOf(QString::fromStdString(query["fromTimestamp"])) % kDay != 0 ? 1 : 0;
    }
    QVERIFY2(insideADay > 0, "no day was read in pieces");
}

void TestLangfuseSpend::interruptedRunResumes_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("pagesBeforeFault");
    QTest::addRow("requests") << u"requests"_s << QString::fromStdString(kObservations) << 3;
    QTest::addRow("spend_daily, days in pieces") << u"spend_daily"_s << QString::fromStdString(kMetrics) << 30;
}

void TestLangfuseSpend::interruptedRunResumes()
{
    QFETCH(QString, resource);
    QFETCH(QString, path);
    QFETCH(int, pagesBeforeFault);
    lf::LangfuseSpendOptions o = test::spendOptions(url());
    o.observationPageSize = 50;
    o.metricsRowLimit = 4;
    LangfuseSpendSync h(o);
    // The attempt and its one retry fail.
    arm(json{{"method", "GET"}, {"path", path.toStdString()}, {"mode", "status"}, {"status", 503}, {"times", 2},
             {"after", pagesBeforeFault}});
    const qint64 before = test::lastSeq(*m_lf);
    QVERIFY(!h.sync({resource}));
    const QString message = h.messages.value(resource);
    QVERIFY2(message.startsWith(u"Langfuse at "_s + url().toDisplayString() + u": "_s), qPrintable(message));
    QVERIFY2(message.contains(path) && message.contains(u"503"_s), qPrintable(message));
    QVERIFY(h.cursor(resource.toUtf8().constData())); // a committed resume point
    const QList<json> first = logged(*m_lf, path.toStdString(), before);
    QCOMPARE(first.size(), pagesBeforeFault + 2);
    if (resource == u"requests"_s) {
        QCOMPARE(h.count("requests"), qint64(50 * pagesBeforeFault));
    } else {
        // Only whole days are cached: each cached day holds all of its generations.
        auto db = store::openForReading(h.dbPath);
        store::Stmt s(db->handle(), "SELECT period_start, SUM(requests) FROM spend_daily GROUP BY 1");
        std::map<qint64, qint64> seededDays;
        for (const auto &[key, cell] : m_seeded.cells)
            seededDays[std::get<0>(key)] += cell.requests;
        int days = 0;
        while (s.step()) {
            ++days;
            QCOMPARE(s.int64(1), seededDays[s.int64(0)]);
        }
        QVERIFY2(days > 0 && days < int(seededDays.size()), qPrintable(QString::number(days)));
    }

    const qint64 between = test::lastSeq(*m_lf);
    QVERIFY2(h.sync({resource}), qPrintable(h.messages.value(resource)));
    const QList<json> second = logged(*m_lf, path.toStdString(), between);
    QVERIFY(!second.isEmpty());
    if (resource == u"requests"_s) {
        QVERIFY(!queryValue(second.first(), "cursor").isEmpty());                                       // not from the top
        QCOMPARE(queryValue(second.first(), "toStartTime"), queryValue(first.first(), "toStartTime")); // the same window
        QCOMPARE(second.size() + pagesBeforeFault, qsizetype((m_seeded.generations.size() + 49) / 50));
        compareRequests(h.dbPath);
    } else {
        const auto query = [](const json &e) { return json::parse(queryValue(e, "query").toStdString()); };
        QVERIFY(msOf(QString::fromStdString(query(second.first())["fromTimestamp"]))
                > msOf(QString::fromStdString(query(first.first())["fromTimestamp"]))); // not from the first day
        QVERIFY(query(second.last())["toTimestamp"] == query(first.first())["toTimestamp"]); // the same run's end
        const QString rollup = test::compareRollup(h.dbPath, m_seeded);
        QVERIFY2(rollup.isEmpty(), qPrintable(rollup));
    }
    QVERIFY(!h.cursor(resource.toUtf8().constData()));
}

void TestLangfuseSpend::malformedPageIsNamedAndEarlierPagesKept()
{
    lf::LangfuseSpendOptions o = test::spendOptions(url());
    o.observationPageSize = 100;
    LangfuseSpendSync h(o);
    arm(json{{"method", "GET"}, {"path", kObservations}, {"mode", "body"}, {"after", 2},
             {"body", json{{"data", json::array({json{{"id", "obs-x"}, {"startTime", "yesterday"}}})},
                           {"meta", {{"cursor", "more"}}}}}});
    QVERIFY(!h.sync({u"requests"_s}));
    QString message = h.messages.value(u"requests"_s);
    QVERIFY2(message.startsWith(u"Langfuse at "_s + url().toDisplayString() + u": "_s), qPrintable(message));
    QVERIFY2(message.contains(u"/api/public/v2/observations, page 3"_s)
                 && message.contains(u"row 0: startTime \"yesterday\" is not a time"_s),
             qPrintable(message));
    QCOMPARE(h.count("requests"), 200); // the two pages before it
    QVERIFY(h.cursor("requests"));
    QVERIFY2(h.sync({u"requests"_s}), qPrintable(h.messages.value(u"requests"_s))); // and on from there
    compareRequests(h.dbPath);

    // A cursor that names its own page again stops the run instead of paging forever.
    const std::string yesterday = test::nowUtc().addDays(-1).toString(Qt::ISODate).toStdString();
    LangfuseSpendSync loop(o);
    arm(json{{"method", "GET"}, {"path", kObservations}, {"mode", "body"}, {"times", 2},
             {"body", json{{"data", json::array({json{{"id", "obs-loop"}, {"startTime", yesterday}}})},
                           {"meta", {{"cursor", "loop"}}}}}});
    QVERIFY(!loop.sync({u"requests"_s}));
    message = loop.messages.value(u"requests"_s);
    QVERIFY2(message.contains(u"page 2"_s) && message.contains(u"meta.cursor names this page again"_s), qPrintable(message));
    QCOMPARE(loop.count("requests"), 1);

    // The roll-up: a page that is not JSON, then one with money that is not a number; the cached
    // roll-up stays as it was.
    QVERIFY(h.sync({u"spend_daily"_s}));
    for (const json &body : {json("<html>Bad gateway</html>"),
                             json{{"data", json::array({json{{"time_dimension", yesterday}, {"sum_totalCost", "lots"},
                                                             {"count_count", 1}, {"sum_inputTokens", 1},
                                                             {"sum_outputTokens", 1}}})}}}) {
        ageSpendRun(h, 2 * 3'600'000);
        arm(json{{"method", "GET"}, {"path", kMetrics}, {"mode", "body"}, {"body", body}});
        QVERIFY(!h.sync({u"spend_daily"_s}));
        message = h.messages.value(u"spend_daily"_s);
        QVERIFY2(message.contains(u"/api/public/v2/metrics, query 1"_s), qPrintable(message));
        QVERIFY2(message.contains(body.is_string() ? u"the answer is not {\"data\": [...]}"_s
                                                   : u"row 0: sum_totalCost is not a number"_s),
                 qPrintable(message));
        const QString rollup = test::compareRollup(h.dbPath, m_seeded);
        QVERIFY2(rollup.isEmpty(), qPrintable(rollup));
    }
}

void TestLangfuseSpend::hostileFieldsAreBounded()
{
    std::string name(1 << 20, 'n');
    const json generation{{"id", "obs-hostile"}, {"traceId", std::string(600, 't')}, {"startTime", test::nowUtc().addDays(-1).toString(Qt::ISODate).toStdString()},
                          {"type", "GENERATION"}, {"name", name + "\n<script>alert(1)</script>"},
                          {"level", "ERROR"}, {"statusMessage", std::string(100000, 'e')},
                          {"providedModelName", "gpt-4o"}, {"traceName", json::array({1, 2})},
                          {"usageDetails", {{"input", -7}, {"output", "12"}, {"input_cached_tokens", 1e300}}},
                          {"totalCost", 0.5}, {"latency", "fast"}, {"timeToFirstToken", 1e308},
                          {"unknownGroup", {{"deep", json::array({json::object()})}}}};
    arm(json{{"method", "GET"}, {"path", kObservations}, {"mode", "body"}, {"times", 1},
             {"body", json{{"data", json::array({generation})}, {"meta", json::object()}}}});
    LangfuseSpendSync h(test::spendOptions(url()));
    QVERIFY2(h.sync({u"requests"_s}), qPrintable(h.messages.value(u"requests"_s)));
    auto db = store::openForReading(h.dbPath);
    store::Stmt s(db->handle(), "SELECT length(route), length(correlation_id), use_case, input_tokens, output_tokens, "
                                "cached_tokens, length(error_code), status, cost_micros FROM requests");
    QVERIFY(s.step());
    QVERIFY(s.int64(0) <= 200);
    QVERIFY(s.int64(1) <= 512);
    QCOMPARE(s.qtext(2), QString()); // not a string: not a use case
    QCOMPARE(s.int64(3), lf::kMaxCount); // capped, never overflowed
    QCOMPARE(s.int64(4), 12);
    QCOMPARE(s.int64(5), lf::kMaxCount);
    QVERIFY(s.int64(6) <= 160);
    QCOMPARE(s.qtext(7), u"error"_s);
    QCOMPARE(s.int64(8), 500000);
    QVERIFY(!s.step());
}

QTEST_GUILESS_MAIN(TestLangfuseSpend)
#include "tst_langfusespend.moc"
