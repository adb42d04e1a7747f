// Unit tests of keel-platform's core: the seeded dataset's shape (deterministic, incident and
// cost spike where the scenario puts them, review items from risky requests), correlation ids,
// cursors and SLO burn-rate arithmetic.
#include "correlation.h"
#include "cursor.h"
#include "db.h"
#include "aggregates.h"
#include "generator.h"
#include "reviewseed.h"
#include "slocatalog.h"
#include "slostatus.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;
using namespace keel::platform;

namespace {

constexpr std::int64_t kEnd = 1'795'622'400'000; // 2026-11-24T16:00:00Z, a whole hour

std::string generate(const QString &dir, std::uint64_t seed, int days, std::int64_t perDay)
{
    const std::string path = QString(dir + u"/seed-"_s + QString::number(seed) + u".db"_s).toStdString();
    Connection c(path);
    GeneratorConfig g;
    g.seed = seed;
    g.days = days;
    g.requestsPerDay = perDay;
    g.endMs = kEnd;
    generateDataset(c, g);
    return path;
}

// A fingerprint of the request table (counts and exact sums over every column that varies).
std::string fingerprint(const std::string &path)
{
    Connection c(path);
    Stmt s(c.handle(), "SELECT COUNT(*), SUM(ts % 1000003), SUM(cost_micros), SUM(latency_ms), SUM(input_tokens), "
                       "SUM(length(model) * id % 97), SUM(cache_hit), SUM(escalated), SUM(safety_flags) FROM requests");
    s.step();
    std::string out;
    for (int i = 0; i < 9; ++i)
        out += std::to_string(s.i64(i)) + ",";
    return out;
}

} // namespace

class TstPlatformGenerator : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void deterministicForSeed();
    void sizeAndSpan();
    void incidentOnSearch();
    void costSpikeFromTemplateRelease();
    void spendRollupsUpgradeFromSchema1();
    void reviewSloLooksUpDecisionsByItem();
    void reviewItemsFromRiskyRequests();
    void reviewBacklogIsFreshAndHistoryDecided();
    void reviewBacklogToppedUpOnce();
    void incidentPagesWhileInsideTheAlertWindows();
    void correlationRoundTrip_data();
    void correlationRoundTrip();
    void cursorRejectsTampering_data();
    void cursorRejectsTampering();
    void cursorTagIsHmacSha256();
    void burnRatesAndAlert_data();
    void burnRatesAndAlert();

private:
    QTemporaryDir m_dir;
    std::string m_db;
    Scenario m_scenario;
};

void TstPlatformGenerator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = generate(m_dir.path(), 42, 10, 3000);
    GeneratorConfig g;
    g.seed = 42;
    g.days = 10;
    g.requestsPerDay = 3000;
    g.endMs = kEnd;
    m_scenario = Scenario::from(g);
}

namespace {
// Every roll-up row as text, in key order: equal strings mean equal tables.
std::string rollupDump(Connection &c, const char *table)
{
    Stmt s(c.handle(), std::string("SELECT * FROM ") + table + " ORDER BY 1, 2, 3, 4, 5, 6, 7, 8");
    std::string out;
    while (s.step()) {
        for (int i = 0; i < 14; ++i)
            out.append(s.text(i)).append(i == 13 ? "\n" : ",");
    }
    return out;
}
} // namespace

void TstPlatformGenerator::spendRollupsUpgradeFromSchema1()
{
    // A data folder written before the roll-ups had provider, route and prompt template:
    // opening it rebuilds them from its requests, to the same rows a fresh dataset has.
    Connection c(generate(m_dir.path(), 9, 3, 2000));
    const std::string daily = rollupDump(c, "spend_daily"), hourly = rollupDump(c, "spend_hourly");
    QVERIFY(daily.size() > 1000);
    QVERIFY(hourly.size() > daily.size());
    c.exec("DROP TABLE spend_daily; DROP TABLE spend_hourly;"
           "CREATE TABLE spend_daily (day INTEGER NOT NULL, model TEXT NOT NULL, use_case TEXT NOT NULL, "
           "team TEXT NOT NULL, customer_segment TEXT NOT NULL, cost_micros INTEGER NOT NULL, "
           "cache_savings_micros INTEGER NOT NULL, requests INTEGER NOT NULL, input_tokens INTEGER NOT NULL, "
           "output_tokens INTEGER NOT NULL, cached_tokens INTEGER NOT NULL, "
           "PRIMARY KEY (day, model, use_case, team, customer_segment));"
           "UPDATE meta SET value = '1' WHERE key = 'schema_version';");
    upgradeSpendRollups(c);
    QCOMPARE(readMeta(c, "schema_version").value_or(""), std::string("2"));
    QVERIFY(rollupDump(c, "spend_daily") == daily);
    QVERIFY(rollupDump(c, "spend_hourly") == hourly);
    upgradeSpendRollups(c); // a no-op once upgraded
    QVERIFY(rollupDump(c, "spend_daily") == daily);
}

void TstPlatformGenerator::reviewSloLooksUpDecisionsByItem()
{
    // The review SLOs ask each item for its first decision; a full scan of decisions per item
    // made one status call take 15 s at 5,000 items (tests/bench/dashboard_bench.py).
    Connection c(m_db);
    Stmt s(c.handle(), "EXPLAIN QUERY PLAN SELECT MIN(decided_at) FROM decisions WHERE item_id = 'it_1'");
    std::string plan;
    while (s.step())
        plan += s.text(3) + "\n";
    QVERIFY2(plan.find("decisions_item") != std::string::npos, plan.c_str());
}

void TstPlatformGenerator::deterministicForSeed()
{
    QTemporaryDir other;
    const std::string again = generate(other.path(), 42, 10, 3000);
    QCOMPARE(QString::fromStdString(fingerprint(again)), QString::fromStdString(fingerprint(m_db)));
    const std::string different = generate(other.path(), 43, 10, 3000);
    QVERIFY(fingerprint(different) != fingerprint(m_db));
}

void TstPlatformGenerator::sizeAndSpan()
{
    Connection c(m_db);
    Stmt s(c.handle(), "SELECT COUNT(*), MIN(ts), MAX(ts), COUNT(DISTINCT model), COUNT(DISTINCT route), "
                       "COUNT(DISTINCT use_case), SUM(cache_hit) FROM requests");
    QVERIFY(s.step());
    const double n = static_cast<double>(s.i64(0));
    QVERIFY2(std::abs(n - 30000.0) < 30000.0 * 0.08, qPrintable(QString::number(n))); // days × per-day, ±8% for week shape
    QVERIFY(s.i64(1) >= kEnd - 10 * kDayMs);
    QVERIFY(s.i64(2) < kEnd);
    QCOMPARE(s.i64(3), 7);
    QCOMPARE(s.i64(4), 5);
    QCOMPARE(s.i64(5), 5);
    QVERIFY(s.i64(6) > 0); // semantic cache hits
    // Small cheap models carry most traffic.
    Stmt mix(c.handle(), "SELECT SUM(model IN ('gpt-4o-mini','claude-3-haiku','llama-3-8b','text-embedding-3-small')) * 1.0 / COUNT(*) FROM requests");
    QVERIFY(mix.step());
    QVERIFY(mix.f64(0) > 0.6);
}

void TstPlatformGenerator::incidentOnSearch()
{
    Connection c(m_db);
    auto errorRate = [&](const char *route, std::int64_t from, std::int64_t to) {
        Stmt s(c.handle(), "SELECT AVG(status = 'error'), AVG(latency_ms) FROM requests WHERE route = ? AND ts >= ? AND ts < ?");
        s.bind(1, route).bind(2, from).bind(3, to);
        s.step();
        return std::make_pair(s.f64(0), s.f64(1));
    };
    QVERIFY(m_scenario.incidentStartMs > m_scenario.startMs && m_scenario.incidentEndMs < m_scenario.endMs);
    QCOMPARE(m_scenario.incidentEndMs - m_scenario.incidentStartMs, 3 * kHourMs);
    const auto during = errorRate("/search", m_scenario.incidentStartMs, m_scenario.incidentEndMs);
    const auto before = errorRate("/search", m_scenario.startMs, m_scenario.incidentStartMs);
    const auto chatDuring = errorRate("/chat", m_scenario.incidentStartMs, m_scenario.incidentEndMs);
    QVERIFY2(during.first > 0.1, qPrintable(QString::number(during.first)));
    QVERIFY(before.first < 0.02);
    QVERIFY(chatDuring.first < 0.05);          // only one route is hit
    QVERIFY(during.second > 2 * before.second); // and it is slow
}

void TstPlatformGenerator::costSpikeFromTemplateRelease()
{
    Connection c(m_db);
    Stmt v8(c.handle(), "SELECT MIN(ts), MAX(ts), COUNT(*) FROM requests WHERE prompt_template = 'claims-triage@v8'");
    QVERIFY(v8.step());
    QVERIFY(v8.i64(2) > 0);
    QVERIFY(v8.i64(0) >= m_scenario.spikeStartMs);
    QVERIFY(v8.i64(1) < m_scenario.spikeEndMs);
    // Daily claims_triage spend per request: inside the spike clearly above every normal day.
    std::map<std::int64_t, double> perRequest;
    Stmt s(c.handle(), "SELECT day, SUM(cost_micros) * 1.0 / SUM(requests) FROM spend_daily WHERE use_case = 'claims_triage' GROUP BY day");
    while (s.step())
        perRequest[s.i64(0)] = s.f64(1);
    const std::int64_t spikeDay = floorToDay(m_scenario.spikeStartMs) + kDayMs; // the one full day inside
    std::vector<double> normal;
    for (const auto &[day, v] : perRequest)
        if (day + kDayMs <= m_scenario.spikeStartMs || day >= m_scenario.spikeEndMs)
            normal.push_back(v);
    QVERIFY(normal.size() >= 3);
    std::sort(normal.begin(), normal.end());
    const double median = normal[normal.size() / 2];
    QVERIFY(perRequest.count(spikeDay));
    QVERIFY2(perRequest[spikeDay] > 2.0 * median,
             qPrintable(QString::number(perRequest[spikeDay]) + u" vs "_s + QString::number(median)));
}

void TstPlatformGenerator::reviewItemsFromRiskyRequests()
{
    Connection c(m_db);
    Stmt s(c.handle(), "SELECT COUNT(*), SUM(i.status = 'pending'), SUM(r.escalated), COUNT(DISTINCT i.queue), "
                       "SUM(r.escalated AND (r.risk_score >= 0.75 OR r.confidence < 0.45 OR r.safety_flags & 6)), "
                       "SUM(NOT r.escalated AND r.use_case = 'customer_search' AND r.route = '/search' AND r.status = 'ok') "
                       "FROM review_items i JOIN requests r ON r.id = CAST(substr(i.request_id, 4) AS INTEGER)");
    QVERIFY(s.step());
    QVERIFY(s.i64(0) > 30);
    QVERIFY(s.i64(1) > 10);
    QVERIFY(s.i64(2) > 30);
    // Every item is an escalated request that was risky, unsure or flagged, or a quality sample
    // of a successful customer search answer.
    QCOMPARE(s.i64(4) + s.i64(5), s.i64(0));
    QVERIFY(s.i64(5) > 0);
    QVERIFY(s.i64(3) >= 3);
    Stmt html(c.handle(), "SELECT COUNT(*) FROM review_items WHERE output LIKE '%<script>%' OR output LIKE '%<b>%'");
    QVERIFY(html.step());
    QVERIFY(html.i64(0) > 0); // hostile-looking model output keeps clients honest
}

void TstPlatformGenerator::reviewBacklogIsFreshAndHistoryDecided()
{
    Connection c(m_db);
    const std::int64_t end = m_scenario.endMs;
    // The backlog is the recent items: most still inside their SLA, a few overdue, none ancient.
    Stmt p(c.handle(), "SELECT COUNT(*), SUM(sla_due >= ?1), MIN(created_at) FROM review_items WHERE status = 'pending'");
    p.bind(1, end);
    QVERIFY(p.step());
    const std::int64_t pending = p.i64(0);
    QVERIFY(pending > 10);
    QVERIFY2(p.i64(1) >= pending * 8 / 10, qPrintable(QString::number(p.i64(1)) + u" of "_s + QString::number(pending)));
    QVERIFY(p.i64(2) >= end - 4 * kDayMs);
    // The high-risk queues are worked within hours.
    Stmt hi(c.handle(), "SELECT MIN(i.created_at) FROM review_items i JOIN review_queues q ON q.id = i.queue "
                        "WHERE i.status = 'pending' AND q.risk_tier = 'high'");
    QVERIFY(hi.step());
    QVERIFY(hi.isNull(0) || hi.i64(0) >= end - kDayMs);

    // Older items were decided by several seeded reviewers, each with a claim and a decision in
    // the audit log, mostly within the SLA and never after the end of the data.
    Stmt d(c.handle(), "SELECT COUNT(*), COUNT(DISTINCT d.reviewer), SUM(d.decided_at - i.created_at <= q.sla_minutes * 60000), "
                       "MAX(d.decided_at), MIN(d.decided_at - d.claimed_at), "
                       "SUM((SELECT COUNT(*) FROM audit a WHERE a.item_id = i.id AND a.actor = d.reviewer "
                       "     AND a.action IN ('claim', 'decision')) = 2) "
                       "FROM decisions d JOIN review_items i ON i.id = d.item_id JOIN review_queues q ON q.id = i.queue");
    QVERIFY(d.step());
    const std::int64_t decided = d.i64(0);
    QVERIFY(decided > pending);
    QVERIFY(d.i64(1) >= 3);
    QVERIFY(d.i64(2) >= decided * 9 / 10);
    QVERIFY(d.i64(2) < decided); // and a few late ones
    QVERIFY(d.i64(3) < end);
    QVERIFY(d.i64(4) > 0);
    QCOMPARE(d.i64(5), decided);
    Stmt st(c.handle(), "SELECT COUNT(*) FROM review_items WHERE status IN ('decided', 'escalated')");
    QVERIFY(st.step());
    QCOMPARE(st.i64(0), decided);
}

void TstPlatformGenerator::reviewBacklogToppedUpOnce()
{
    // --review-items N: a load test's queue of N pending items, added once to a data folder.
    const std::string path = generate(m_dir.path(), 7007, 2, 1000);
    Connection c(path);
    auto scalar = [&c](const char *sql) {
        Stmt s(c.handle(), sql);
        return s.step() ? s.i64(0) : -1;
    };
    const std::int64_t items = scalar("SELECT COUNT(*) FROM review_items");
    const std::int64_t pending = scalar("SELECT COUNT(*) FROM review_items WHERE status = 'pending'");
    const std::int64_t lastId = scalar("SELECT MAX(CAST(substr(id, 4) AS INTEGER)) FROM review_items");
    QVERIFY(pending > 0 && pending < 2500);
    QCOMPARE(topUpReviewBacklog(c, 2500), 2500 - pending);
    QCOMPARE(scalar("SELECT COUNT(*) FROM review_items WHERE status = 'pending'"), 2500);
    QCOMPARE(scalar("SELECT COUNT(DISTINCT id) FROM review_items"), items + 2500 - pending);
    // New ids follow the seeded ones in the same form (the items cursor is built on them); each
    // new item is fresh (the last hour of the data), due by its queue's SLA, and reads like the
    // seeded ones because it carries one's content.
    Stmt added(c.handle(), "SELECT COUNT(*), MIN(i.created_at), MAX(i.created_at), SUM(i.sla_due = i.created_at + q.sla_minutes * 60000), "
                           "SUM(i.id GLOB 'it_[0-9][0-9][0-9][0-9][0-9][0-9]'), SUM(i.updated_at = i.created_at), "
                           "SUM(i.lease_id IS NULL AND i.claimed_at IS NULL), COUNT(DISTINCT i.queue), SUM(length(i.prompt) > 0) "
                           "FROM review_items i JOIN review_queues q ON q.id = i.queue WHERE CAST(substr(i.id, 4) AS INTEGER) > ?1");
    added.bind(1, lastId);
    QVERIFY(added.step());
    const std::int64_t n = added.i64(0);
    QCOMPARE(n, 2500 - pending);
    const std::int64_t end = std::stoll(readMeta(c, "end_ms").value());
    QVERIFY(added.i64(1) >= end - kHourMs);
    QVERIFY(added.i64(2) < end);
    QCOMPARE(added.i64(3), n);
    QCOMPARE(added.i64(4), n);
    QCOMPARE(added.i64(5), n);
    QCOMPARE(added.i64(6), n);
    QVERIFY(added.i64(7) >= 3);
    QCOMPARE(added.i64(8), n);
    // Once per folder: a reopen with the same or another target adds nothing.
    QCOMPARE(topUpReviewBacklog(c, 2500), 0);
    QCOMPARE(topUpReviewBacklog(c, 5000), 0);
    QCOMPARE(scalar("SELECT COUNT(*) FROM review_items"), items + 2500 - pending);
}

void TstPlatformGenerator::incidentPagesWhileInsideTheAlertWindows()
{
    Connection c(m_db);
    Stmt s(c.handle(), "SELECT start_ms, step_ms, data FROM slo_series WHERE slo_id = 'search-availability'");
    QVERIFY(s.step());
    SloEvents e;
    e.startMs = s.i64(0);
    e.stepMs = s.i64(1);
    const std::string_view blob = s.blob(2);
    e.buckets.resize(blob.size() / sizeof(e.buckets[0]));
    std::memcpy(e.buckets.data(), blob.data(), e.buckets.size() * sizeof(e.buckets[0]));
    const SloDef *def = findSlo("search-availability");
    QVERIFY(def);
    // Two hours into the incident the 6h and 30m burn rates both exceed 6 (and 1h exceeds 14.4;
    // the 5m window of a small dataset may hold too few requests to say): page.
    const std::int64_t asOf = m_scenario.incidentStartMs + 2 * kHourMs;
    const auto during = computeSloStatus(*def, e, asOf, 30 * kDayMs, "30d");
    QVERIFY(during.burnRates[2].rate >= 14.4);
    QCOMPARE(QString::fromStdString(during.alert), u"page"_s);
    // A day before it the same SLO is quiet.
    const auto before = computeSloStatus(*def, e, m_scenario.incidentStartMs - kDayMs, 30 * kDayMs, "30d");
    QCOMPARE(QString::fromStdString(before.alert), u"ok"_s);
    // Burn rate = error ratio / (1 - objective), checked against the raw buckets of the 1h window.
    std::int64_t good = 0, total = 0;
    for (std::size_t i = 0; i < e.buckets.size(); ++i) {
        const std::int64_t ts = e.startMs + static_cast<std::int64_t>(i) * e.stepMs;
        if (ts >= asOf - kHourMs && ts < asOf) {
            good += e.buckets[i][0];
            total += e.buckets[i][1];
        }
    }
    QVERIFY(total > 0);
    const double expected = (static_cast<double>(total - good) / static_cast<double>(total)) / (1.0 - def->slo.objective);
    QVERIFY(std::abs(during.burnRates[2].rate - expected) < 1e-9);
}

void TstPlatformGenerator::correlationRoundTrip_data()
{
    QTest::addColumn<qint64>("row");
    QTest::addColumn<quint64>("seed");
    QTest::addRow("first") << qint64(1) << quint64(42);
    QTest::addRow("million") << qint64(1'000'000) << quint64(42);
    QTest::addRow("other seed") << qint64(77) << quint64(7);
    QTest::addRow("large") << qint64(1) << quint64(0xffffffffffffULL);
}

void TstPlatformGenerator::correlationRoundTrip()
{
    QFETCH(qint64, row);
    QFETCH(quint64, seed);
    const std::string id = correlationIdFor(seed, row);
    QCOMPARE(id.size(), std::size_t(32));
    QCOMPARE(rowIdFromCorrelationId(seed, id).value_or(-1), row);
    std::string tampered = id;
    tampered[5] = tampered[5] == 'a' ? 'b' : 'a';
    QVERIFY(!rowIdFromCorrelationId(seed, tampered));
    QVERIFY(!rowIdFromCorrelationId(seed + 1, id));
    QCOMPARE(rowIdFromRequestId(requestIdFor(row)).value_or(-1), row);
}

void TstPlatformGenerator::cursorRejectsTampering_data()
{
    QTest::addColumn<QString>("cursor");
    const CursorCodec codec(std::string(32, 'k'));
    const QString good = QString::fromStdString(codec.encode("rq", {500}));
    QString flipped = good;
    flipped[2] = flipped[2] == u'A' ? u'B' : u'A';
    QTest::addRow("empty") << QString();
    QTest::addRow("garbage") << u"!!!"_s;
    QTest::addRow("flipped char") << flipped;
    QTest::addRow("truncated") << good.left(good.size() - 2);
    QTest::addRow("other kind") << QString::fromStdString(codec.encode("it", {500}));
    QTest::addRow("other secret") << QString::fromStdString(CursorCodec(std::string(32, 'o')).encode("rq", {500}));
}

void TstPlatformGenerator::cursorRejectsTampering()
{
    QFETCH(QString, cursor);
    const CursorCodec codec(std::string(32, 'k'));
    QVERIFY(!codec.decode("rq", cursor.toStdString()));
    const auto good = codec.decode("rq", codec.encode("rq", {500}));
    QVERIFY(good && good->size() == 1 && (*good)[0] == 500);
}

void TstPlatformGenerator::cursorTagIsHmacSha256()
{
    // RFC 4231 test case 2: the tag is HMAC-SHA256 itself, not a home-made keyed hash.
    const CursorCodec jefe(std::string("Jefe"));
    QCOMPARE(QByteArray::fromStdString(jefe.tag("what do ya want for nothing?")).toHex(),
             QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    // A cursor is base64url(payload || tag): what a client sees carries the full 256-bit tag.
    const CursorCodec codec(std::string(32, 'k'));
    const QByteArray raw = QByteArray::fromBase64(QByteArray::fromStdString(codec.encode("rq", {500, 7})),
                                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QCOMPARE(raw, QByteArray("rq|500|7") + QByteArray::fromStdString(codec.tag("rq|500|7")));
    // Two random keys (a new data folder each) never accept each other's cursors.
    QVERIFY(!CursorCodec().decode("rq", CursorCodec().encode("rq", {500})));
    QCOMPARE(CursorCodec::randomKey().size(), CursorCodec::kKeyBytes);
}

void TstPlatformGenerator::burnRatesAndAlert_data()
{
    QTest::addColumn<double>("badRatioLastHour");
    QTest::addColumn<double>("badRatioBefore");
    QTest::addColumn<QString>("alert");
    QTest::addColumn<double>("burn1h");
    // Objective 99% → 1% budget. 20% bad in the last hour = burn 20 ≥ 14.4 over 1h and 5m: page.
    QTest::addRow("fast burn pages") << 0.20 << 0.0 << u"page"_s << 20.0;
    // 1.5% bad everywhere = burn 1.5: over 3d and 6h ≥ 1 → ticket, never page.
    QTest::addRow("slow burn tickets") << 0.015 << 0.015 << u"ticket"_s << 1.5;
    QTest::addRow("healthy") << 0.001 << 0.001 << u"ok"_s << 0.1;
}

void TstPlatformGenerator::burnRatesAndAlert()
{
    QFETCH(double, badRatioLastHour);
    QFETCH(double, badRatioBefore);
    QFETCH(QString, alert);
    QFETCH(double, burn1h);
    SloDef def;
    def.slo.id = "test";
    def.slo.objective = 0.99;
    SloEvents e;
    const std::int64_t asOf = kEnd;
    e.startMs = asOf - 30 * kDayMs;
    e.buckets.resize(static_cast<std::size_t>(30 * kDayMs / kSloBucketMs));
    for (std::size_t i = 0; i < e.buckets.size(); ++i) {
        const bool lastHour = e.startMs + static_cast<std::int64_t>(i) * kSloBucketMs >= asOf - kHourMs;
        const int bad = static_cast<int>((lastHour ? badRatioLastHour : badRatioBefore) * 1000);
        e.buckets[i] = {1000 - bad, 1000};
    }
    const auto st = computeSloStatus(def, e, asOf, 30 * kDayMs, "30d");
    QCOMPARE(QString::fromStdString(st.alert), alert);
    QCOMPARE(st.burnRates.size(), std::size_t(6));
    QCOMPARE(QString::fromStdString(st.burnRates[2].window), u"1h"_s);
    QVERIFY(std::abs(st.burnRates[2].rate - burn1h) < 1e-9);
    QCOMPARE(st.totalEvents, static_cast<std::int64_t>(e.buckets.size()) * 1000);
    QCOMPARE(st.budgetBurndown.size(), std::size_t(30 * 24));
    QVERIFY(std::abs(st.budgetBurndown.back().remaining - st.errorBudgetRemaining) < 1e-9);
}

QTEST_GUILESS_MAIN(TstPlatformGenerator)
#include "tst_platformgenerator.moc"
