// The Langfuse spend source where the routes or the rate budget are not what v4 offers, against
// the Langfuse TEST DOUBLE: a self-hosted v3 server (--langfuse-mode legacy: /v2/* answer 404)
// is read through /metrics/daily and the v1 observation list, and the generation found is kept
// for the next runs; an events_only v4 server refuses /metrics/daily, and Keel goes back to
// /v2/metrics; a host that serves neither says so; the metrics route's 429 with a long
// Retry-After holds later runs, and a short one on the observations route is waited out.
#include "langfusespendharness.h"

#include <testclock.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keel;
using json = nlohmann::json;
using test::LangfuseSpendSync;
using test::logged;
namespace lf = keel::sources::langfuse;

namespace {

const std::string kObservationsV2 = "/api/public/v2/observations";
const std::string kObservationsV1 = "/api/public/observations";
const std::string kMetricsV2 = "/api/public/v2/metrics";
const std::string kDaily = "/api/public/metrics/daily";

std::unique_ptr<test::DoubleProcess> startDouble(const QStringList &args)
{
    auto p = std::make_unique<test::DoubleProcess>(u"langfuse"_s, args);
    if (!p->start())
        qFatal("%s", qPrintable(p->errorString()));
    return p;
}

std::unique_ptr<test::DoubleClient> clientOf(const test::DoubleProcess &p)
{
    return std::make_unique<test::DoubleClient>(p.baseUrl(), test::DoubleClient::basic(test::kSpendPublicKey,
                                                                                         test::kSpendSecretKey));
}

QList<int> statuses(const QList<json> &log)
{
    QList<int> out;
    for (const json &e : log)
        out << e["status"].get<int>();
    return out;
}

} // namespace

class TestLangfuseSpendFallback : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void legacyServerIsReadThroughItsOwnRoutes();
    void eventsOnlyServerGoesBackToV2Metrics();
    void neitherRouteServedSaysSo();
    void longRetryAfterHoldsTheMetricsRoute();
    void shortRetryAfterIsWaitedOut();
};

void TestLangfuseSpendFallback::legacyServerIsReadThroughItsOwnRoutes()
{
    auto server = startDouble({u"--langfuse-mode"_s, u"legacy"_s});
    auto direct = clientOf(*server);
    const test::Seeded seeded = test::seededGenerations(*direct, true);
    QVERIFY(seeded.generations.size() > 300);
    auto routes = std::make_shared<lf::ServerRoutes>(); // as shared with the review source
    lf::LangfuseSpendOptions o = test::spendOptions(server->baseUrl());
    o.routes = routes;
    LangfuseSpendSync h(o);
    const qint64 start = test::lastSeq(*direct);
    QVERIFY2(h.sync({u"spend_daily"_s, u"budgets"_s, u"requests"_s}), qPrintable(h.messages.values().join(u" | "_s)));

    // Per day and model only (the legacy route has no other dimension), equal to the seed.
    const QString rollup = test::compareRollup(h.dbPath, seeded);
    QVERIFY2(rollup.isEmpty(), qPrintable(rollup));
    QCOMPARE(h.count("requests"), qint64(seeded.generations.size()));
    auto db = store::openForReading(h.dbPath);
    QCOMPARE(db->scalar("SELECT count(*) FROM requests WHERE use_case <> '' OR route = ''"), 0);
    QCOMPARE(db->scalar("SELECT count(*) FROM requests WHERE latency_ms <= 0 OR correlation_id = ''"), 0);
    QVERIFY(routes->generation == lf::Generation::Legacy);

    // Each v4 route once (404), then the legacy ones; the v1 pages hold at most 100.
    const QList<json> v2 = logged(*direct, kObservationsV2, start);
    const QList<json> v1 = logged(*direct, kObservationsV1, start);
    QCOMPARE(statuses(v2), QList<int>{404});
    QCOMPARE(statuses(logged(*direct, kMetricsV2, start)), QList<int>{404});
    QVERIFY(!logged(*direct, kDaily, start).isEmpty());
    QCOMPARE(qsizetype(v1.size()), qsizetype((seeded.generations.size() + 99) / 100));
    for (const json &e : v1 + logged(*direct, kDaily, start)) {
        QCOMPARE(e["status"].get<int>(), 200);
        QVERIFY(test::queryValue(e, "limit").toInt() <= 100);
    }

    // The next runs go straight to the legacy routes.
    const qint64 before = test::lastSeq(*direct);
    h.store->write([](store::Db &d) { d.exec("UPDATE sync_state SET last_synced_at = 0 WHERE resource = 'spend_daily'"); });
    h.store->flush();
    QVERIFY(h.sync({u"spend_daily"_s, u"requests"_s}));
    QCOMPARE(logged(*direct, kObservationsV2, before).size(), 0);
    QCOMPARE(logged(*direct, kMetricsV2, before).size(), 0);
    QCOMPARE(statuses(logged(*direct, kDaily, before)), QList<int>{200});
    QVERIFY(test::compareRollup(h.dbPath, seeded).isEmpty());
}

void TestLangfuseSpendFallback::eventsOnlyServerGoesBackToV2Metrics()
{
    // A cache that last saw a v3 server, now on a v4 one in events_only mode (/metrics/daily 404).
    auto server = startDouble({u"--langfuse-mode"_s, u"v4"_s});
    auto direct = clientOf(*server);
    const test::Seeded seeded = test::seededGenerations(*direct, false);
    lf::LangfuseSpendOptions o = test::spendOptions(server->baseUrl());
    o.routes = std::make_shared<lf::ServerRoutes>();
    o.routes->generation = lf::Generation::Legacy;
    LangfuseSpendSync h(o);
    QVERIFY2(h.sync({u"spend_daily"_s}), qPrintable(h.messages.value(u"spend_daily"_s)));
    QCOMPARE(statuses(logged(*direct, kDaily, 0)), QList<int>{404});
    QCOMPARE(statuses(logged(*direct, kMetricsV2, 0)), QList<int>{200});
    const QString rollup = test::compareRollup(h.dbPath, seeded);
    QVERIFY2(rollup.isEmpty(), qPrintable(rollup));
}

void TestLangfuseSpendFallback::neitherRouteServedSaysSo()
{
    auto server = startDouble({});
    QUrl wrong = server->baseUrl();
    wrong.setPath(u"/not-langfuse"_s); // a host URL with a path nothing answers under
    LangfuseSpendSync h(test::spendOptions(wrong));
    QVERIFY(!h.sync({u"spend_daily"_s}));
    QString message = h.messages.value(u"spend_daily"_s);
    QVERIFY2(message.startsWith(u"Langfuse at "_s + wrong.toDisplayString() + u": neither /api/public/v2/metrics nor "
                                                                                "/api/public/metrics/daily is served here (404)"_s),
             qPrintable(message));
    QVERIFY(!h.sync({u"requests"_s}));
    message = h.messages.value(u"requests"_s);
    QVERIFY2(message.contains(u"neither /api/public/v2/observations nor /api/public/observations"_s), qPrintable(message));
}

void TestLangfuseSpendFallback::longRetryAfterHoldsTheMetricsRoute()
{
    // Hobby-like: the metrics budget of the hour is one query.
    auto server = startDouble({u"--rate-limit"_s, u"metrics=1/1h"_s});
    auto direct = clientOf(*server);
    LangfuseSpendSync first(test::spendOptions(server->baseUrl()));
    QVERIFY(first.sync({u"spend_daily"_s}));

    LangfuseSpendSync h(test::spendOptions(server->baseUrl()), 3); // a new cache: the interval does not apply
    qint64 before = test::lastSeq(*direct);
    QVERIFY(!h.sync({u"spend_daily"_s}));
    const QString message = h.messages.value(u"spend_daily"_s);
    QVERIFY2(message.startsWith(u"Langfuse at "_s + server->baseUrl().toDisplayString()
                                + u": too many requests to read the cost roll-ups (GET /api/public/v2/metrics) (429)"_s),
             qPrintable(message));
    QVERIFY2(message.contains(u"Rate limit exceeded"_s) && message.contains(u"not asked for again before"_s),
             qPrintable(message));
    // Retry-After is an hour: beyond what the client waits, so one attempt, not four.
    QCOMPARE(statuses(logged(*direct, kMetricsV2, before)), QList<int>{429});

    // Until the hour is over, later runs do not ask (and succeed with what the cache has).
    before = test::lastSeq(*direct);
    QVERIFY(h.sync({u"spend_daily"_s}));
    QCOMPARE(logged(*direct, kMetricsV2, before).size(), 0);
    QCOMPARE(h.count("spend_daily"), 0);
}

void TestLangfuseSpendFallback::shortRetryAfterIsWaitedOut()
{
    // Three observation pages a second: the client waits each 429's Retry-After and goes on.
    auto server = startDouble({u"--rate-limit"_s, u"public-api=3/1s"_s});
    auto direct = clientOf(*server);
    const test::Seeded seeded = test::seededGenerations(*direct, false); // may itself meet the limit
    QVERIFY(seeded.generations.size() > 300);
    lf::LangfuseSpendOptions o = test::spendOptions(server->baseUrl());
    o.observationPageSize = 100;
    LangfuseSpendSync h(o, 4);
    const qint64 before = test::lastSeq(*direct);
    QVERIFY2(h.sync({u"requests"_s}), qPrintable(h.messages.value(u"requests"_s)));
    QCOMPARE(h.count("requests"), qint64(seeded.generations.size()));
    const QList<int> seen = statuses(logged(*direct, kObservationsV2, before));
    QVERIFY2(seen.contains(429), "the rate limit was never met");
    QCOMPARE(seen.count(200), qsizetype((seeded.generations.size() + 99) / 100));
}

QTEST_GUILESS_MAIN(TestLangfuseSpendFallback)
#include "tst_langfusespendfallback.moc"
