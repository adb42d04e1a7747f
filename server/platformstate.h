#pragma once
// Everything the route handlers share. Built once at startup; the mutable parts (faults,
// metrics) are internally synchronised, the database is reached through per-thread connections.
#include "auth.h"
#include "cursor.h"
#include "db.h"
#include "domain/clock.h"
#include "faults.h"
#include "metrics.h"
#include "scenario.h"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace keel::platform {

struct SloEvents {
    std::int64_t startMs = 0;
    std::int64_t stepMs = kSloBucketMs;
    std::vector<std::array<std::int32_t, 2>> buckets; // [good, total]
};

struct PlatformState {
    explicit PlatformState(std::string dbPath) : db(std::move(dbPath)) {}
    Database db;
    domain::Clock clock; // every read of "now" in the server goes through this
    Scenario scenario;
    CursorCodec cursors;
    std::int64_t leaseSeconds = 300;
    Authenticator auth;
    FaultInjector faults;
    Metrics metrics;
    std::map<std::string, SloEvents> sloEvents; // request-derived and freshness SLIs, read-only
};

} // namespace keel::platform
