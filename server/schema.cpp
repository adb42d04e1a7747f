#include "schema.h"

#include "db.h"

namespace keel::platform {

void createSchema(Connection &c)
{
    c.exec(R"SQL(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- correlation_id is not stored: it is a keyed permutation of id (see correlation.h).
CREATE TABLE IF NOT EXISTS requests (
  id INTEGER PRIMARY KEY, ts INTEGER NOT NULL, route TEXT NOT NULL, use_case TEXT NOT NULL,
  model TEXT NOT NULL, provider TEXT NOT NULL, team TEXT NOT NULL, customer_segment TEXT NOT NULL,
  prompt_template TEXT NOT NULL, input_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL,
  cached_tokens INTEGER NOT NULL, cost_micros INTEGER NOT NULL, cache_savings_micros INTEGER NOT NULL,
  latency_ms INTEGER NOT NULL, ttft_ms INTEGER NOT NULL, status TEXT NOT NULL, error_code TEXT NOT NULL,
  cache_hit INTEGER NOT NULL, safety_flags INTEGER NOT NULL, confidence REAL NOT NULL,
  risk_score REAL NOT NULL, escalated INTEGER NOT NULL, retrieval_ms INTEGER NOT NULL,
  retrieved_chunks INTEGER NOT NULL);
-- Spend roll-ups over every dimension a dashboard groups or filters by (provider follows model).
CREATE TABLE IF NOT EXISTS spend_daily (
  day INTEGER NOT NULL, model TEXT NOT NULL, provider TEXT NOT NULL, use_case TEXT NOT NULL, team TEXT NOT NULL,
  customer_segment TEXT NOT NULL, route TEXT NOT NULL, prompt_template TEXT NOT NULL,
  cost_micros INTEGER NOT NULL, cache_savings_micros INTEGER NOT NULL,
  requests INTEGER NOT NULL, input_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL,
  cached_tokens INTEGER NOT NULL,
  PRIMARY KEY (day, model, use_case, team, customer_segment, route, prompt_template));
CREATE TABLE IF NOT EXISTS spend_hourly (
  hour INTEGER NOT NULL, model TEXT NOT NULL, provider TEXT NOT NULL, use_case TEXT NOT NULL, team TEXT NOT NULL,
  customer_segment TEXT NOT NULL, route TEXT NOT NULL, prompt_template TEXT NOT NULL,
  cost_micros INTEGER NOT NULL, cache_savings_micros INTEGER NOT NULL,
  requests INTEGER NOT NULL, input_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL,
  cached_tokens INTEGER NOT NULL,
  PRIMARY KEY (hour, model, use_case, team, customer_segment, route, prompt_template));
-- Every request's series numbers, packed per hour (requestsamples.h): /v1/telemetry/series reads these.
CREATE TABLE IF NOT EXISTS request_samples (hour INTEGER PRIMARY KEY, count INTEGER NOT NULL, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS budgets (
  id TEXT PRIMARY KEY, scope_kind TEXT NOT NULL, scope_value TEXT NOT NULL, period TEXT NOT NULL,
  amount_micros INTEGER NOT NULL, alert_thresholds TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS slo_series (
  slo_id TEXT PRIMARY KEY, start_ms INTEGER NOT NULL, step_ms INTEGER NOT NULL, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS inference_metrics (
  route TEXT NOT NULL, model TEXT NOT NULL, status TEXT NOT NULL, count INTEGER NOT NULL,
  sum_ms INTEGER NOT NULL, buckets TEXT NOT NULL, PRIMARY KEY (route, model, status));
CREATE TABLE IF NOT EXISTS review_queues (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, risk_tier TEXT NOT NULL, sla_minutes INTEGER NOT NULL,
  ord INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS review_items (
  id TEXT PRIMARY KEY, queue TEXT NOT NULL, status TEXT NOT NULL, request_id TEXT NOT NULL,
  correlation_id TEXT NOT NULL, prompt TEXT NOT NULL, output TEXT NOT NULL, sources TEXT NOT NULL,
  model TEXT NOT NULL, route TEXT NOT NULL, use_case TEXT NOT NULL, prompt_template TEXT NOT NULL,
  risk_score REAL NOT NULL, confidence REAL NOT NULL, policy_flags TEXT NOT NULL,
  reason_escalated TEXT NOT NULL, created_at INTEGER NOT NULL, sla_due INTEGER NOT NULL,
  lease_id TEXT, lease_holder TEXT, lease_expires_at INTEGER, claimed_at INTEGER,
  updated_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS review_items_updated ON review_items(updated_at, id);
CREATE INDEX IF NOT EXISTS review_items_queue ON review_items(queue, status);
CREATE TABLE IF NOT EXISTS decisions (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, decision_id TEXT NOT NULL UNIQUE, item_id TEXT NOT NULL,
  reviewer TEXT NOT NULL, action TEXT NOT NULL, claimed_at INTEGER NOT NULL,
  decided_at INTEGER NOT NULL, record TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS decisions_decided ON decisions(decided_at, seq);
-- The review SLOs look up each item's first decision: without this, one status call scanned
-- every decision once per item (5,000 x 5,000 rows, 15 s).
CREATE INDEX IF NOT EXISTS decisions_item ON decisions(item_id, decided_at);
CREATE TABLE IF NOT EXISTS idempotency (
  user TEXT NOT NULL, key TEXT NOT NULL, item_id TEXT NOT NULL, body TEXT NOT NULL,
  status INTEGER NOT NULL, response TEXT NOT NULL, created_at INTEGER NOT NULL,
  PRIMARY KEY (user, key));
CREATE TABLE IF NOT EXISTS audit (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, ts INTEGER NOT NULL, actor TEXT NOT NULL,
  action TEXT NOT NULL, item_id TEXT NOT NULL, request_id TEXT NOT NULL, detail TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (
  token TEXT PRIMARY KEY, user TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, roles TEXT NOT NULL);
)SQL");
}

void createBulkIndexes(Connection &c)
{
    c.exec("CREATE INDEX IF NOT EXISTS requests_ts ON requests(ts);");
}

} // namespace keel::platform
