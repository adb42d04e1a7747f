// The local cache: migrations, file mode, WAL, atomic page writes, purge, wipe.
#include "store/cachewriters.h"
#include "store/database.h"
#include "store/schema.h"
#include "store/store.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace keel::store;

namespace {
int fileMode(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

keel::domain::RequestRecord record(int i)
{
    keel::domain::RequestRecord r;
    r.id = "rq_" + std::to_string(i);
    r.ts = 1'700'000'000'000 + i;
    r.costMicros = 1000 + i;
    r.model = "small";
    r.safetyFlags = {"pii"};
    return r;
}
} // namespace

class TestStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); m_path = m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_n)); }

    void freshFileIsMigratedPrivateAndWal()
    {
        const mode_t old = ::umask(0); // even a permissive umask must not widen the file
        auto db = openForWriting(m_path);
        ::umask(old);
        QCOMPARE(schemaVersion(*db), kSchemaVersion);
        QCOMPARE(fileMode(m_path), 0600);
        db->exec("INSERT INTO meta(key, value) VALUES('x','y')");
        QCOMPARE(fileMode(m_path + u"-wal"_s), 0600);
        QCOMPARE(fileMode(m_path + u"-shm"_s), 0600);
        Stmt s(db->handle(), "PRAGMA journal_mode");
        QVERIFY(s.step());
        QCOMPARE(s.qtext(0), u"wal"_s);
        for (const char *table : {"requests", "spend_daily", "budgets", "slos", "slo_status", "review_queues",
                                  "review_items", "outbox", "series_cache", "sync_state", "meta"}) {
            Stmt t(db->handle(), "SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?1");
            t.bind(1, table);
            QVERIFY(t.step());
            QVERIFY2(t.int64(0) == 1, table);
        }
    }

    void reopenKeepsDataAndVersion()
    {
        {
            auto db = openForWriting(m_path);
            upsertRequests(*db, {record(1), record(2)});
        }
        auto db = openForWriting(m_path);
        QCOMPARE(schemaVersion(*db), kSchemaVersion);
        QCOMPARE(db->scalar("SELECT count(*) FROM requests"), 2);
    }

    void schema1SpendIsDroppedForFullDimensionRollups()
    {
        // A cache from a console before schema 2: its spend rows lack provider, route and prompt
        // template, so they go, and the next sync pulls spend afresh; nothing else is touched.
        {
            Db db(m_path, Db::Mode::ReadWrite);
            migrate(db, 1);
            QCOMPARE(schemaVersion(db), 1);
            db.exec("INSERT INTO spend_daily(period_start, model, use_case, team, customer_segment, cost_micros) "
                    "VALUES(0, 'm', 'u', 't', 's', 5)");
            db.exec("INSERT INTO sync_state(resource, since) VALUES('spend_daily', '2026-01-01T00:00:00Z'), "
                    "('requests', '2026-01-02T00:00:00Z')");
            upsertRequests(db, {record(1)});
        }
        auto db = openForWriting(m_path);
        QCOMPARE(schemaVersion(*db), 2);
        QCOMPARE(db->scalar("SELECT count(*) FROM spend_daily"), 0);
        QCOMPARE(db->scalar("SELECT count(*) FROM pragma_table_info('spend_daily') WHERE name IN ('provider', 'route', 'prompt_template')"), 3);
        QCOMPARE(db->scalar("SELECT count(*) FROM sync_state WHERE resource='spend_daily'"), 0);
        QCOMPARE(db->scalar("SELECT count(*) FROM sync_state WHERE resource='requests'"), 1);
        QCOMPARE(db->scalar("SELECT count(*) FROM requests"), 1);
    }

    void requestWindowTrimsByDaysThenRows()
    {
        auto db = openForWriting(m_path);
        constexpr qint64 kDay = 86'400'000;
        const qint64 now = 40 * kDay;
        std::vector<keel::domain::RequestRecord> rows;
        for (int i = 0; i < 100; ++i) {
            auto r = record(i);
            r.ts = now - i * kDay / 10; // ten a day, the newest at `now`, the oldest ~10 days back
            rows.push_back(r);
        }
        upsertRequests(*db, rows);
        RequestWindow window;
        window.days = 5;
        window.rows = 0;
        QCOMPARE(trimRequestWindow(*db, window, now), std::int64_t(49)); // i = 51..99 are older than 5 days
        QCOMPARE(db->scalar("SELECT count(*) FROM requests"), 51);
        QCOMPARE(db->scalar("SELECT min(ts) FROM requests"), now - 5 * kDay);
        window.rows = 20;
        QCOMPARE(trimRequestWindow(*db, window, now), std::int64_t(31));
        QCOMPARE(db->scalar("SELECT count(*) FROM requests"), 20);
        QCOMPARE(db->scalar("SELECT min(ts) FROM requests"), now - 19 * kDay / 10); // the newest 20 stay
        window.days = 0;
        window.rows = 0;
        QCOMPARE(trimRequestWindow(*db, window, now), std::int64_t(0)); // unbounded keeps all
        QCOMPARE(window.startMs(now), std::int64_t(0));
    }

    void newerSchemaIsRefused()
    {
        {
            auto db = openForWriting(m_path);
            db->exec("UPDATE meta SET value='99' WHERE key='schema_version'");
        }
        QVERIFY_THROWS_EXCEPTION(SqlError, openForWriting(m_path));
    }

    void upsertTwiceLeavesOneCopy()
    {
        auto db = openForWriting(m_path);
        upsertRequests(*db, {record(1), record(2)});
        auto again = record(2);
        again.costMicros = 5;
        upsertRequests(*db, {again});
        QCOMPARE(db->scalar("SELECT count(*) FROM requests"), 2);
        QCOMPARE(db->scalar("SELECT cost_micros FROM requests WHERE id='rq_2'"), 5);
        QCOMPARE(db->scalar("SELECT safety_flags = '[\"pii\"]' FROM requests WHERE id='rq_1'"), 1);
    }

    void failedPageWriteLeavesNothing()
    {
        Store store(m_path);
        QSignalSpy opened(&store, &Store::opened);
        QVERIFY(opened.wait());
        QVERIFY(opened.first().at(0).toBool());
        QString error = u"pending"_s;
        store.write(
            [](Db &db) {
                upsertRequests(db, {record(1), record(2)});
                saveSyncState(db, {"requests", "cursor-2", std::nullopt, 1, ""});
                throw SqlError("simulated failure after the rows were written");
            },
            this, [&](const QString &e) { error = e; });
        QTRY_VERIFY(error != u"pending"_s);
        QVERIFY(error.contains(u"simulated"_s));
        store.flush();
        auto reader = openForReading(m_path);
        QCOMPARE(reader->scalar("SELECT count(*) FROM requests"), 0);
        QCOMPARE(reader->scalar("SELECT count(*) FROM sync_state"), 0);
    }

    void writesRunInOrderAndReportTables()
    {
        Store store(m_path);
        QSignalSpy changed(&store, &Store::tablesChanged);
        QList<int> order;
        for (int i = 0; i < 5; ++i)
            store.write([i](Db &db) { upsertRequests(db, {record(i)}); }, this, [&order, i](const QString &) { order << i; });
        QTRY_COMPARE(order.size(), 5);
        QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4}));
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(changed.first().at(0).toStringList(), QStringList{u"requests"_s});
    }

    void purgeClearsTextOnlyAfterDeliveryAge()
    {
        auto db = openForWriting(m_path);
        keel::domain::ReviewItem a, b;
        a.id = "it_old";
        a.prompt = "secret prompt";
        a.output = "model output";
        a.sources = {{"t", "snippet", "uri"}};
        b = a;
        b.id = "it_recent";
        upsertReviewItems(*db, {a, b});
        const qint64 now = 1'800'000'000'000;
        const qint64 day = 86'400'000;
        db->exec("INSERT INTO outbox(item_id, idempotency_key, body, state, created_at, delivered_at) VALUES"
                 "('it_old','k1','{}','delivered',0," + std::to_string(now - 8 * day) + "),"
                 "('it_recent','k2','{}','delivered',0," + std::to_string(now - 2 * day) + ")");
        QCOMPARE(purgeDeliveredItemText(*db, kDefaultPurgeDays, now), 1);
        QCOMPARE(db->scalar("SELECT purged FROM review_items WHERE id='it_old'"), 1);
        QCOMPARE(db->scalar("SELECT length(prompt)+length(output) FROM review_items WHERE id='it_old'"), 0);
        QCOMPARE(db->scalar("SELECT purged FROM review_items WHERE id='it_recent'"), 0);
        // a later sync must not bring the purged text back
        upsertReviewItems(*db, {a});
        QCOMPARE(db->scalar("SELECT length(prompt) FROM review_items WHERE id='it_old'"), 0);
        // a shorter retention purges the recent one too
        QCOMPARE(purgeDeliveredItemText(*db, 1, now), 1);
    }

    void wipeRemovesFileAndCompanions()
    {
        {
            auto db = openForWriting(m_path);
            db->exec("INSERT INTO meta(key, value) VALUES('x','y')");
            QVERIFY(QFileInfo::exists(m_path));
            QString error;
            // wiping while open is the caller's bug, but the files are plain files: check after close
        }
        QVERIFY(QFileInfo::exists(m_path));
        QString error;
        QVERIFY(wipeCache(m_path, &error));
        QVERIFY(!QFileInfo::exists(m_path));
        QVERIFY(!QFileInfo::exists(m_path + u"-wal"_s));
        QVERIFY(!QFileInfo::exists(m_path + u"-shm"_s));
        QVERIFY(wipeCache(m_path, &error)); // missing file is fine
    }

    void syncStateRoundTrip()
    {
        auto db = openForWriting(m_path);
        QVERIFY(!loadSyncState(*db, "requests").cursor);
        saveSyncState(*db, {"requests", "c1", "2026-01-01T00:00:00.000Z", 42, ""});
        const auto st = loadSyncState(*db, "requests");
        QCOMPARE(st.cursor.value_or(""), std::string("c1"));
        QCOMPARE(st.since.value_or(""), std::string("2026-01-01T00:00:00.000Z"));
        QCOMPARE(st.lastSyncedAt, 42);
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
