#include "database.h"

#include "logging.h"
#include "schema.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace keel::store {

std::unique_ptr<Db> openForWriting(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto db = std::make_unique<Db>(path, Db::Mode::ReadWrite);
    db->exec("PRAGMA journal_mode=WAL");
    db->exec("PRAGMA synchronous=NORMAL");
    db->exec("PRAGMA foreign_keys=ON");
    db->exec("PRAGMA temp_store=MEMORY");
    db->exec("PRAGMA cache_size=-32000"); // 32 MB page cache, bounded so bulk syncs stay in RSS budget
    migrate(*db);
    restrictToOwner(path); // -wal/-shm now exist
    qCInfo(lcStore) << "opened cache, schema" << schemaVersion(*db);
    return db;
}

std::unique_ptr<Db> openForReading(const QString &path)
{
    auto db = std::make_unique<Db>(path, Db::Mode::ReadOnly);
    db->exec("PRAGMA cache_size=-8000");
    return db;
}

bool wipeCache(const QString &path, QString *error)
{
    bool ok = true;
    QStringList files;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        files << path + suffix;
    // "-review*": the review workspaces' drafts and ledgers, one per review source
    // (review::ReviewDb::defaultPathFor), with their -wal and -shm.
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    for (const QString &name : dir.entryList({info.fileName() + u"-review*"_s}, QDir::Files | QDir::Hidden))
        files << dir.filePath(name);
    for (const QString &file : files) {
        QFile f(file);
        if (f.exists() && !f.remove()) {
            ok = false;
            if (error)
                *error = QCoreApplication::translate("keel::store", "Could not remove %1: %2").arg(f.fileName(), f.errorString());
        }
    }
    if (ok)
        qCInfo(lcStore) << "cache wiped";
    return ok;
}

std::int64_t purgeDeliveredItemText(Db &db, int days, std::int64_t nowMs)
{
    const std::int64_t cutoff = nowMs - std::int64_t(days) * 86'400'000;
    Transaction tx(db);
    Stmt &s = db.prepared(
        "UPDATE review_items SET prompt='', output='', sources='[]', purged=1 "
        "WHERE purged=0 AND id IN (SELECT item_id FROM outbox WHERE state='delivered' AND delivered_at < ?1)");
    s.bind(1, cutoff).exec();
    const auto n = db.changes();
    tx.commit();
    return n;
}

std::int64_t trimRequestWindow(Db &db, const RequestWindow &window, std::int64_t nowMs)
{
    std::int64_t deleted = 0;
    if (window.days > 0) {
        Stmt &s = db.prepared("DELETE FROM requests WHERE ts < ?1");
        s.bind(1, window.startMs(nowMs)).exec();
        deleted += db.changes();
    }
    if (window.rows > 0) {
        // Everything older than the row at rank `rows` (newest first, along the ts index) goes;
        // rows sharing that millisecond stay, so the window never splits an instant.
        Stmt &cut = db.prepared("SELECT ts FROM requests ORDER BY ts DESC LIMIT 1 OFFSET ?1");
        cut.bind(1, window.rows - 1);
        if (cut.step()) {
            const std::int64_t oldestKept = cut.int64(0);
            cut.reset();
            Stmt &s = db.prepared("DELETE FROM requests WHERE ts < ?1");
            s.bind(1, oldestKept).exec();
            deleted += db.changes();
        } else {
            cut.reset();
        }
    }
    if (deleted > 0)
        Store::noteChanged("requests");
    return deleted;
}

std::int64_t rowBoundStartMs(Db &db, std::int64_t rows)
{
    if (rows <= 0)
        return 0;
    Stmt &s = db.prepared("SELECT period_start, SUM(requests) FROM spend_daily GROUP BY period_start "
                          "ORDER BY period_start DESC");
    std::int64_t kept = 0;
    std::int64_t start = 0;
    while (s.step()) {
        const std::int64_t day = s.int64(0);
        kept += s.int64(1);
        if (kept > rows) {
            // This day no longer fits; the newest day is always pulled, even alone over the bound.
            if (start == 0)
                start = day;
            s.reset();
            return start;
        }
        start = day;
    }
    s.reset();
    return 0;
}

} // namespace keel::store
