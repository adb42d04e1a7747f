#pragma once
// keel-platform's own SQLite schema (the server side of the contract; the console's cache
// schema lives in models/store). Times are Unix ms, money integer micro-dollars.
namespace keel::platform {

class Connection;

constexpr int kSchemaVersion = 2; // 2: spend roll-ups by provider, route and prompt template, daily and hourly

void createSchema(Connection &c);
// Indexes on the bulk tables are built after the bulk load: faster than maintaining them per row.
void createBulkIndexes(Connection &c);

} // namespace keel::platform
