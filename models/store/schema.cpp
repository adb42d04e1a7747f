#include "schema.h"

#include <algorithm>
#include <string>

namespace keel::store {

namespace {

// Index i migrates from version i to i+1. Append only; never edit a shipped step.
constexpr const char *kMigrations[] = {
    // 0 -> 1: the initial schema
    R"sql(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE requests (
  id TEXT PRIMARY KEY, ts INTEGER NOT NULL, correlation_id TEXT, route TEXT, use_case TEXT, model TEXT,
  provider TEXT, team TEXT, customer_segment TEXT, prompt_template TEXT, input_tokens INTEGER,
  output_tokens INTEGER, cached_tokens INTEGER, cost_micros INTEGER, latency_ms INTEGER, ttft_ms INTEGER,
  status TEXT, error_code TEXT, cache_hit INTEGER, safety_flags TEXT, confidence REAL, risk_score REAL,
  escalated INTEGER);
CREATE INDEX requests_ts ON requests(ts);
CREATE TABLE spend_daily (
  period_start INTEGER NOT NULL, model TEXT NOT NULL, use_case TEXT NOT NULL, team TEXT NOT NULL,
  customer_segment TEXT NOT NULL, cost_micros INTEGER, cache_savings_micros INTEGER, requests INTEGER,
  input_tokens INTEGER, output_tokens INTEGER, cached_tokens INTEGER,
  PRIMARY KEY (period_start, model, use_case, team, customer_segment)) WITHOUT ROWID;
CREATE TABLE budgets (
  id TEXT PRIMARY KEY, scope_kind TEXT, scope_value TEXT, period TEXT, amount_micros INTEGER,
  alert_thresholds TEXT);
CREATE TABLE slos (
  id TEXT PRIMARY KEY, name TEXT, layer TEXT, sli_kind TEXT, objective REAL, window_days INTEGER, json TEXT);
CREATE TABLE slo_status (slo_id TEXT PRIMARY KEY, json TEXT, fetched_at INTEGER);
CREATE TABLE review_queues (
  id TEXT PRIMARY KEY, name TEXT, risk_tier TEXT, sla_minutes INTEGER, pending INTEGER, claimed INTEGER,
  decided INTEGER, escalated INTEGER, oldest_pending_at INTEGER);
CREATE TABLE review_items (
  id TEXT PRIMARY KEY, queue TEXT, status TEXT, request_id TEXT, correlation_id TEXT, prompt TEXT,
  output TEXT, sources TEXT, model TEXT, route TEXT, use_case TEXT, prompt_template TEXT, risk_score REAL,
  confidence REAL, policy_flags TEXT, reason_escalated TEXT, created_at INTEGER, sla_due INTEGER,
  lease_holder TEXT, lease_expires_at INTEGER, updated_at INTEGER, purged INTEGER NOT NULL DEFAULT 0);
CREATE INDEX review_items_queue_status ON review_items(queue, status);
CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, item_id TEXT NOT NULL, idempotency_key TEXT NOT NULL UNIQUE,
  body TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT, http_status INTEGER, response TEXT, created_at INTEGER NOT NULL,
  deliver_after INTEGER NOT NULL DEFAULT 0, delivered_at INTEGER);
CREATE INDEX outbox_state ON outbox(state, seq);
CREATE TABLE series_cache (key TEXT PRIMARY KEY, json TEXT, fetched_at INTEGER);
CREATE TABLE sync_state (resource TEXT PRIMARY KEY, cursor TEXT, since TEXT, last_synced_at INTEGER, last_error TEXT);
)sql",
    // 1 -> 2: spend roll-ups over every dimension a dashboard groups or filters by, so drivers,
    // anomalies and providers never scan raw requests. The old rows lack those dimensions:
    // drop them and let the next sync pull the roll-ups afresh.
    R"sql(
DROP TABLE spend_daily;
CREATE TABLE spend_daily (
  period_start INTEGER NOT NULL, model TEXT NOT NULL, provider TEXT NOT NULL, use_case TEXT NOT NULL,
  team TEXT NOT NULL, customer_segment TEXT NOT NULL, route TEXT NOT NULL, prompt_template TEXT NOT NULL,
  cost_micros INTEGER, cache_savings_micros INTEGER, requests INTEGER,
  input_tokens INTEGER, output_tokens INTEGER, cached_tokens INTEGER,
  PRIMARY KEY (period_start, model, use_case, team, customer_segment, route, prompt_template)) WITHOUT ROWID;
CREATE INDEX spend_daily_template ON spend_daily(prompt_template, period_start);
DELETE FROM sync_state WHERE resource = 'spend_daily';
)sql",
};

constexpr int kMigrationCount = int(sizeof(kMigrations) / sizeof(kMigrations[0]));
static_assert(kMigrationCount == kSchemaVersion, "one migration per schema version");

} // namespace

int schemaVersion(Db &db)
{
    if (db.scalar("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'") == 0)
        return 0;
    return int(db.scalar("SELECT CAST(value AS INTEGER) FROM meta WHERE key='schema_version'"));
}

void migrate(Db &db)
{
    migrate(db, kSchemaVersion);
}

void migrate(Db &db, int targetVersion)
{
    int version = schemaVersion(db);
    if (version > kSchemaVersion)
        throw SqlError("the cache was written by a newer Keel (schema " + std::to_string(version) + ", this one knows "
                       + std::to_string(kSchemaVersion) + ")");
    while (version < std::min(targetVersion, kSchemaVersion)) {
        Transaction tx(db);
        db.exec(kMigrations[version]);
        ++version;
        db.exec("INSERT INTO meta(key, value) VALUES('schema_version', '" + std::to_string(version)
                + "') ON CONFLICT(key) DO UPDATE SET value=excluded.value");
        tx.commit();
    }
}

} // namespace keel::store
