#pragma once
// Opening the local cache and the maintenance operations on it.
#include "sqlite.h"

#include <QString>

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

} // namespace keel::store
