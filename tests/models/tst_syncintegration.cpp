// SyncEngine against a real keel-platform: full and incremental syncs, and every fault class the
// server can inject (5xx, hangs past the client timeout, dropped connections, malformed JSON).
// Afterwards the cache must be sound (integrity_check) and, once the faults stop, equal to the
// server's data row for row.
#include "coretesthelpers.h"

#include "api/platformclient.h"
#include "store/database.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <platformprocess.h>
#include <testclock.h>

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace keel;

namespace {

struct Harness {
    QTemporaryDir dir;
    QString dbPath = dir.filePath(u"cache.sqlite"_s);
    std::unique_ptr<api::PlatformClient> client;
    std::unique_ptr<store::Store> store;
    std::unique_ptr<sync::SyncEngine> engine;

    Harness(const test::PlatformProcess &platform, int timeoutMs = 15000)
    {
        client = std::make_unique<api::PlatformClient>(test::settingsFor(platform, u"admin"_s, timeoutMs));
        store = std::make_unique<store::Store>(dbPath);
        engine = std::make_unique<sync::SyncEngine>(client.get(), store.get());
        engine->setInterval(0);
    }
    // Runs one sync of `resources` and returns finished()'s arguments.
    QPair<bool, QString> sync(const QStringList &resources)
    {
        engine->setResources(resources);
        QSignalSpy done(engine.get(), &sync::SyncEngine::finished);
        engine->syncNow();
        if (!done.wait(240000))
            return {false, u"no finished() signal"_s};
        store->flush();
        return {done.first().at(0).toBool(), done.first().at(1).toString()};
    }
};

void compareWithServer(const test::PlatformProcess &platform, const QString &dbPath)
{
    api::PlatformClient client(test::settingsFor(platform, u"admin"_s));
    QString error;
    const auto server = test::serverRequests(client, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!server.isEmpty());
    const auto cached = test::cachedRequests(dbPath);
    QCOMPARE(cached.size(), server.size());
    QVERIFY(cached == server);
}

} // namespace

class TestSyncIntegration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fullThenIncrementalSync()
    {
        test::PlatformProcess platform;
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        Harness h(platform);
        h.engine->setRequestPageLimit(1000);
        QSignalSpy progress(h.engine.get(), &sync::SyncEngine::progress);
        QSignalSpy perResource(h.engine.get(), &sync::SyncEngine::resourceFinished);
        const auto [ok, summary] = h.sync(sync::SyncEngine::allResources());
        QVERIFY2(ok, qPrintable(summary));
        QCOMPARE(perResource.size(), sync::SyncEngine::allResources().size());
        QVERIFY(progress.size() > 3);
        const auto last = progress.at(progress.size() - 1);
        QVERIFY(last.at(2).toDouble() >= 0);
        QCOMPARE(last.at(3).toLongLong(), -1); // the platform exposes no total: ETA unknown
        QCOMPARE(test::integrityCheck(h.dbPath), u"ok"_s);
        compareWithServer(platform, h.dbPath);
        QVERIFY(test::countRows(h.dbPath, "budgets") > 0);
        QVERIFY(test::countRows(h.dbPath, "slos") > 0);
        QCOMPARE(test::countRows(h.dbPath, "slo_status"), test::countRows(h.dbPath, "slos"));
        QVERIFY(test::countRows(h.dbPath, "review_queues") > 0);
        QVERIFY(test::countRows(h.dbPath, "review_items") > 0);
        QVERIFY(test::countRows(h.dbPath, "spend_daily") > 0);
        {
            auto db = store::openForReading(h.dbPath);
            QCOMPARE(db->scalar("SELECT count(*) FROM sync_state WHERE resource='requests' AND cursor IS NULL AND since IS NOT NULL"), 1);
        }
        // incremental: nothing new, nothing duplicated
        const qint64 before = test::countRows(h.dbPath, "requests");
        const auto again = h.sync({u"requests"_s, u"review_items"_s});
        QVERIFY2(again.first, qPrintable(again.second));
        QCOMPARE(test::countRows(h.dbPath, "requests"), before);
        compareWithServer(platform, h.dbPath);
    }

    void requestWindowBoundsTheFirstSyncAndTrims()
    {
        // Raw requests are a window for drill-downs; the roll-ups sync first and keep all days.
        test::PlatformProcess platform;
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        Harness h(platform);
        store::RequestWindow window;
        window.days = 2;
        window.rows = 0;
        h.engine->setRequestWindow(window);
        QSignalSpy order(h.engine.get(), &sync::SyncEngine::resourceFinished);
        const qint64 earliestStart = test::nowMs() - 2 * 86'400'000;
        const auto [ok, summary] = h.sync(sync::SyncEngine::allResources());
        QVERIFY2(ok, qPrintable(summary));
        const qint64 latestStart = test::nowMs() - 2 * 86'400'000;
        QCOMPARE(order.first().at(0).toString(), u"spend_daily"_s);
        QCOMPARE(order.last().at(0).toString(), u"requests"_s);

        api::PlatformClient client(test::settingsFor(platform, u"admin"_s));
        QString error;
        const auto server = test::serverRequests(client, &error, test::RequestValue::Ts);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto cached = test::cachedRequests(h.dbPath, test::RequestValue::Ts);
        qint64 inWindowAtEnd = 0, inWindowAtStart = 0;
        for (const qint64 ts : server) {
            inWindowAtEnd += ts >= latestStart;
            inWindowAtStart += ts >= earliestStart;
        }
        QVERIFY(inWindowAtEnd > 1000);
        QVERIFY(server.size() > 3 * inWindowAtStart); // 7 days on the platform, 2 in the window
        QVERIFY(cached.size() >= inWindowAtEnd && cached.size() <= inWindowAtStart);
        for (auto it = cached.cbegin(); it != cached.cend(); ++it) {
            QVERIFY(it.value() >= earliestStart);
            QCOMPARE(server.value(it.key()), it.value());
        }
        {
            auto db = store::openForReading(h.dbPath);
            QVERIFY(db->scalar("SELECT MIN(period_start) FROM spend_daily") < earliestStart - 86'400'000);
        }

        // A tighter row bound: the next requests run trims to the newest rows.
        window.rows = 500;
        h.engine->setRequestWindow(window);
        const auto again = h.sync({u"requests"_s});
        QVERIFY2(again.first, qPrintable(again.second));
        const auto trimmed = test::cachedRequests(h.dbPath, test::RequestValue::Ts);
        QVERIFY2(trimmed.size() >= 500 && trimmed.size() <= 505, qPrintable(QString::number(trimmed.size())));
        QList<qint64> newest = server.values();
        std::sort(newest.begin(), newest.end(), std::greater<>());
        for (const qint64 ts : trimmed)
            QVERIFY(ts >= newest.at(499));
    }

    void rowBoundLimitsTheFirstPull()
    {
        // A first sync pulls no more raw requests than the row bound allows, counted from the
        // roll-up's daily totals (synced first), instead of pulling the whole window to trim it.
        test::PlatformProcess platform;
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        Harness h(platform);
        api::PlatformClient client(test::settingsFor(platform, u"admin"_s));
        QString error;
        const auto server = test::serverRequests(client, &error, test::RequestValue::Ts);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        store::RequestWindow window;
        window.days = 31;
        window.rows = server.size() / 3; // a bit over two of the platform's seven days
        h.engine->setRequestWindow(window);
        qint64 pulled = 0;
        connect(h.engine.get(), &sync::SyncEngine::progress, this, [&pulled](const QString &resource, qint64 records) {
            if (resource == u"requests"_s)
                pulled = records;
        });
        const auto [ok, summary] = h.sync({u"spend_daily"_s, u"requests"_s});
        QVERIFY2(ok, qPrintable(summary));
        QVERIFY2(pulled > 0 && pulled <= window.rows,
                 qPrintable(u"pulled %1 of %2, bound %3"_s.arg(pulled).arg(server.size()).arg(window.rows)));
        // Whole days, newest first: what was pulled is every request from some midnight on.
        QList<qint64> newest = server.values();
        std::sort(newest.begin(), newest.end(), std::greater<>());
        const auto cached = test::cachedRequests(h.dbPath, test::RequestValue::Ts);
        QCOMPARE(cached.size(), qsizetype(pulled));
        const qint64 oldestCached = *std::min_element(cached.cbegin(), cached.cend());
        QCOMPARE(oldestCached % 86'400'000 < 3'600'000, true); // within the first hour of a UTC day
        for (auto it = server.cbegin(); it != server.cend(); ++it)
            QCOMPARE(cached.contains(it.key()), it.value() >= oldestCached - oldestCached % 86'400'000);
    }

    void transientFaults_data()
    {
        QTest::addColumn<QStringList>("faultArgs");
        QTest::addColumn<int>("clientTimeoutMs");
        QTest::addRow("5xx") << QStringList{u"--fault-5xx"_s, u"0.3"_s} << 15000;
        QTest::addRow("hang past timeout") << QStringList{u"--fault-hang"_s, u"0.15"_s, u"--hang-ms"_s, u"5000"_s} << 700;
        QTest::addRow("dropped connection") << QStringList{u"--fault-drop"_s, u"0.3"_s} << 15000;
    }
    void transientFaults()
    {
        QFETCH(QStringList, faultArgs);
        QFETCH(int, clientTimeoutMs);
        test::PlatformOptions options;
        options.extraArgs = faultArgs + QStringList{u"--fault-path-prefix"_s, u"/v1/telemetry/requests"_s};
        test::PlatformProcess platform(options);
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        Harness h(platform, clientTimeoutMs);
        h.engine->setRequestPageLimit(1000);
        const auto [ok, summary] = h.sync({u"requests"_s});
        QCOMPARE(test::integrityCheck(h.dbPath), u"ok"_s);
        QVERIFY2(ok, qPrintable(summary)); // retries with backoff ride these out
        api::PlatformClient admin(test::settingsFor(platform, u"admin"_s));
        QVERIFY(test::setFaults(admin, R"({"error_5xx":0,"hang":0,"drop":0,"malformed":0})"));
        compareWithServer(platform, h.dbPath);
    }

    void malformedPageIsReportedAndNothingHalfWritten()
    {
        test::PlatformProcess platform;
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        Harness h(platform);
        h.engine->setRequestPageLimit(1000);
        api::PlatformClient admin(test::settingsFor(platform, u"admin"_s));
        QVERIFY(test::setFaults(admin, R"({"malformed":1.0,"path_prefix":"/v1/telemetry/requests"})"));
        QSignalSpy perResource(h.engine.get(), &sync::SyncEngine::resourceFinished);
        const auto [ok, summary] = h.sync({u"requests"_s});
        QVERIFY(!ok);
        QCOMPARE(perResource.size(), 1);
        QCOMPARE(perResource.first().at(0).toString(), u"requests"_s);
        QVERIFY(!perResource.first().at(1).toBool());
        const QString message = perResource.first().at(2).toString();
        QVERIFY2(message.contains(u"requests"_s), qPrintable(message)); // names the resource
        QCOMPARE(test::integrityCheck(h.dbPath), u"ok"_s);
        QCOMPARE(test::countRows(h.dbPath, "requests"), 0);
        {
            auto db = store::openForReading(h.dbPath);
            QCOMPARE(db->scalar("SELECT count(*) FROM sync_state WHERE resource='requests' AND length(last_error) > 0"), 1);
        }
        QVERIFY(test::setFaults(admin, R"({"malformed":0})"));
        const auto again = h.sync({u"requests"_s});
        QVERIFY2(again.first, qPrintable(again.second));
        compareWithServer(platform, h.dbPath);
    }

    void poisonedPageFailsOnlyItsResource()
    {
        // Each requests page is valid JSON with a good next_cursor, but its first record holds
        // 1e999: the engine has already asked for the next page when the decode fails. That
        // failure must end the requests run once, name it, and let every other resource sync.
        test::PlatformProcess platform;
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        Harness h(platform);
        h.engine->setRequestPageLimit(1000);
        api::PlatformClient admin(test::settingsFor(platform, u"admin"_s));
        QVERIFY(test::setFaults(admin, R"({"poison":1.0,"path_prefix":"/v1/telemetry/requests"})"));
        QSignalSpy perResource(h.engine.get(), &sync::SyncEngine::resourceFinished);
        const auto [ok, summary] = h.sync(sync::SyncEngine::allResources());
        QVERIFY(!ok);
        QStringList names;
        for (const auto &args : perResource) {
            names << args.at(0).toString();
            const bool isRequests = args.at(0).toString() == u"requests"_s;
            QCOMPARE(args.at(1).toBool(), !isRequests);
            if (isRequests)
                QVERIFY2(args.at(2).toString().contains(u"requests"_s), qPrintable(args.at(2).toString()));
        }
        QCOMPARE(names, sync::SyncEngine::allResources()); // each once, in order, none skipped
        QVERIFY2(summary.endsWith(u": requests"_s), qPrintable(summary));
        QVERIFY(test::countRows(h.dbPath, "spend_daily") > 0);
        QVERIFY(test::countRows(h.dbPath, "review_items") > 0);
    }

    void loopingCursorStops()
    {
        test::PlatformProcess platform;
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        Harness h(platform);
        h.engine->setRequestPageLimit(1000);
        api::PlatformClient admin(test::settingsFor(platform, u"admin"_s));
        QVERIFY(test::setFaults(admin, R"({"loop_cursor":true,"path_prefix":"/v1/telemetry/requests"})"));
        QSignalSpy perResource(h.engine.get(), &sync::SyncEngine::resourceFinished);
        const auto [ok, summary] = h.sync({u"requests"_s, u"budgets"_s});
        QVERIFY(!ok);
        QCOMPARE(perResource.size(), 2);
        QCOMPARE(perResource.at(0).at(0).toString(), u"requests"_s);
        QVERIFY(!perResource.at(0).at(1).toBool());
        const QString message = perResource.at(0).at(2).toString();
        QVERIFY2(message.contains(u"same page cursor twice for requests"_s), qPrintable(message));
        QVERIFY(perResource.at(1).at(1).toBool()); // budgets still synced
        QVERIFY(test::countRows(h.dbPath, "requests") <= 1000); // at most the first page, never a loop's worth
        QCOMPARE(test::integrityCheck(h.dbPath), u"ok"_s);
        QVERIFY(test::setFaults(admin, R"({"loop_cursor":false})"));
        const auto again = h.sync({u"requests"_s});
        QVERIFY2(again.first, qPrintable(again.second));
        compareWithServer(platform, h.dbPath); // nothing lost, nothing twice
    }

    void cacheBudgetStopsSync()
    {
        // A platform whose pages never end must not fill the disk: past its budget the sync
        // stops with a message that names the resource and says what to do, keeping what it has.
        test::PlatformProcess platform;
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        Harness h(platform);
        h.engine->setRequestPageLimit(500);
        h.store->flush();
        const qint64 empty = QFileInfo(h.dbPath).size() + QFileInfo(h.dbPath + u"-wal"_s).size();
        h.engine->setCacheBudgetBytes(empty + (512 << 10));
        QSignalSpy perResource(h.engine.get(), &sync::SyncEngine::resourceFinished);
        const auto [ok, summary] = h.sync({u"requests"_s});
        QVERIFY(!ok);
        QCOMPARE(perResource.size(), 1);
        const QString message = perResource.at(0).at(2).toString();
        QVERIFY2(message.contains(u"budget"_s) && message.contains(u"requests"_s), qPrintable(message));
        const qint64 kept = test::countRows(h.dbPath, "requests");
        QVERIFY(kept >= 500); // the pages before the stop are kept
        QCOMPARE(test::integrityCheck(h.dbPath), u"ok"_s);
        h.engine->setCacheBudgetBytes(0); // no budget: the same sync resumes and completes
        const auto again = h.sync({u"requests"_s});
        QVERIFY2(again.first, qPrintable(again.second));
        compareWithServer(platform, h.dbPath);
        QVERIFY(kept < test::countRows(h.dbPath, "requests")); // it had stopped well short
    }

    void cancelThenResume()
    {
        test::PlatformProcess platform;
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        Harness h(platform);
        h.engine->setRequestPageLimit(500);
        h.engine->setResources({u"requests"_s});
        QSignalSpy progress(h.engine.get(), &sync::SyncEngine::progress);
        QSignalSpy done(h.engine.get(), &sync::SyncEngine::finished);
        h.engine->syncNow();
        QVERIFY(progress.wait(60000));
        h.engine->cancel();
        QCOMPARE(done.size(), 1);
        QVERIFY(!done.first().at(0).toBool());
        h.store->flush();
        QCOMPARE(test::integrityCheck(h.dbPath), u"ok"_s);
        const auto [ok, summary] = h.sync({u"requests"_s});
        QVERIFY2(ok, qPrintable(summary));
        compareWithServer(platform, h.dbPath);
    }

    void unreachablePlatformIsReportedPerResource()
    {
        QTemporaryDir dir;
        api::ConnectionSettings s;
        s.baseUrl = QUrl(u"http://127.0.0.1:1"_s);
        s.maxRetries = 0;
        api::PlatformClient client(s);
        store::Store st(dir.filePath(u"c.sqlite"_s));
        sync::SyncEngine engine(&client, &st);
        engine.setInterval(0);
        engine.setResources({u"requests"_s, u"budgets"_s});
        QSignalSpy perResource(&engine, &sync::SyncEngine::resourceFinished);
        QSignalSpy done(&engine, &sync::SyncEngine::finished);
        engine.syncNow();
        QVERIFY(done.wait(30000));
        QVERIFY(!done.first().at(0).toBool());
        QCOMPARE(perResource.size(), 2);
        for (const auto &args : perResource) {
            QVERIFY(!args.at(1).toBool());
            QVERIFY2(args.at(2).toString().contains(u"TCP"_s), qPrintable(args.at(2).toString()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncIntegration)
#include "tst_syncintegration.moc"
