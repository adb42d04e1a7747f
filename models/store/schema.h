#pragma once
// Versioned migrations of the local store (docs/architecture.md, "Local store schema").
// meta.schema_version holds the version; each migration runs in its own transaction.
#include "sqlite.h"

namespace keel::store {

constexpr int kSchemaVersion = 2; // 2: spend_daily over every dashboard dimension

int schemaVersion(Db &db);   // 0 for a fresh file
// Brings the database to kSchemaVersion. Throws SqlError when the file is from a newer console
// (we never downgrade silently) or a migration fails (the failed step is rolled back).
void migrate(Db &db);
// Stops at `targetVersion` (<= kSchemaVersion): tests build a file as an older console left it.
void migrate(Db &db, int targetVersion);

} // namespace keel::store
