#pragma once
// Writes of decoded platform data into the cache, one call per page, meant to run inside a
// Store::write() transaction (so a page and its sync cursor commit together or not at all).
// List resources (budgets, SLOs, queues) replace the cached list when clearFirst is set (their
// first page). Upserts are keyed by the table's primary key, so a page applied twice leaves one copy.
#include "sqlite.h"

#include <domain/review.h>
#include <domain/slo.h>
#include <domain/spend.h>
#include <domain/telemetry.h>

#include <optional>
#include <string>
#include <vector>

namespace keel::store {

void upsertRequests(Db &db, const std::vector<domain::RequestRecord> &records);
void upsertSpendRows(Db &db, const std::vector<domain::SpendRow> &rows);
void replaceBudgets(Db &db, const std::vector<domain::Budget> &budgets, bool clearFirst = true);
void replaceSlos(Db &db, const std::vector<domain::Slo> &slos, bool clearFirst = true);
void upsertSloStatus(Db &db, const domain::SloStatus &status, std::int64_t fetchedAtMs);
void replaceQueues(Db &db, const std::vector<domain::ReviewQueue> &queues, bool clearFirst = true);
// Text of an item already purged locally stays purged (the platform may still send it).
void upsertReviewItems(Db &db, const std::vector<domain::ReviewItem> &items);

// Where a resource's incremental pull stands. `cursor` is the next page to fetch of the run in
// progress (null when the last run finished); `since` is the lower bound of that run, or of the
// next run once finished.
struct SyncState {
    std::string resource;
    std::optional<std::string> cursor;
    std::optional<std::string> since;
    std::int64_t lastSyncedAt = 0;
    std::string lastError;
};
SyncState loadSyncState(Db &db, const std::string &resource);
void saveSyncState(Db &db, const SyncState &state);

} // namespace keel::store
