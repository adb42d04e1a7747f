#pragma once
// Writes the whole seeded dataset (requests, roll-ups, budgets, review items) into a fresh
// database. Hours are synthesised on a helper thread while this thread writes, in one big
// transaction with prepared statements: 1M requests in seconds.
#include "scenario.h"

#include <atomic>
#include <cstdint>

namespace keel::platform {

class Connection;

struct GenerationSummary {
    std::int64_t requests = 0;
    std::int64_t reviewItems = 0;
    std::int64_t pendingItems = 0;
};

// Throws on SQLite errors; returns early (with a rolled-back database) when cancel becomes true.
GenerationSummary generateDataset(Connection &c, const GeneratorConfig &config, const std::atomic<bool> *cancel = nullptr);

} // namespace keel::platform
