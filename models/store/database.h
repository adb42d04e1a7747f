#pragma once
// Opening the local cache and the maintenance operations on it.
#include "sqlite.h"

#include <QString>

#include <cstdint>
#include <memory>

namespace keel::store {

// The writer's connection: creates the file 0600, WAL, synchronous=NORMAL (the outbox raises it
// to FULL for its own commits), foreign keys, migrations to kSchemaVersion. Throws SqlError.
std::unique_ptr<Db> openForWriting(const QString &path);
// A reader's connection for a worker thread (item models, dashboards). Throws SqlError.
std::unique_ptr<Db> openForReading(const QString &path);

// Deletes the cache file and its -wal/-shm/-journal/-review* companions (`keel --wipe-cache`, the menu
// action). Call only when no Store has it open. Returns false with `error` filled on failure;
// a missing file is success.
bool wipeCache(const QString &path, QString *error = nullptr);

// Clears prompt, output and sources of review items whose decision was delivered more than
// `days` days before `nowMs` (marks them purged=1). Returns how many items were purged.
std::int64_t purgeDeliveredItemText(Db &db, int days, std::int64_t nowMs);
constexpr int kDefaultPurgeDays = 7;

// Raw requests in the cache are a window: the dashboards read roll-ups, and raw rows serve the
// drill-downs of recent days only (older ones page from the platform on demand). The newest
// `days` days are kept, at most `rows` rows of them. 0 = no bound of that kind. At 10M requests
// a month the row bound binds (about six days); on a quiet platform the month does.
struct RequestWindow {
    int days = 31;
    std::int64_t rows = 2'000'000;
    // The oldest instant a sync needs to pull (nowMs - days), or 0 when unbounded.
    std::int64_t startMs(std::int64_t nowMs) const { return days > 0 ? nowMs - std::int64_t(days) * 86'400'000 : 0; }
};
// Deletes raw requests outside the window; returns how many were deleted. Run it inside a
// Store::write (one transaction; tablesChanged names "requests" when rows went).
std::int64_t trimRequestWindow(Db &db, const RequestWindow &window, std::int64_t nowMs);
// Where a first pull of raw requests should start so that at most `rows` arrive: the start of
// the oldest UTC day whose requests, with every newer day's, fit, counted from the spend_daily
// roll-up (synced before requests). 0 when everything fits or no roll-up is cached. Without it a
// first sync at 10M requests pulled the whole 31-day window (2.4 GB) only to trim it afterwards,
// and SQLite does not give the freed pages back.
std::int64_t rowBoundStartMs(Db &db, std::int64_t rows);

} // namespace keel::store
