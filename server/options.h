#pragma once
// keel-platform's command line (docs/architecture.md, "Reference server command line").
#include "faults.h"

#include <cstdint>
#include <optional>
#include <string>

namespace keel::platform {

struct ServerOptions {
    std::string host = "127.0.0.1";
    int port = 8080;
    std::string dataDir;
    std::uint64_t seed = 42;
    int days = 30;
    std::int64_t requestsPerDay = 20000;
    bool demoTokens = false;
    std::int64_t leaseSeconds = 300;
    std::int64_t reviewItems = 0; // --review-items: a new data folder's live backlog is topped up to this many pending items
    FaultConfig faults;
    int threads = 16;          // request handlers always ready
    int maxConnections = 1024; // connections open at once (httpengine.h)
    std::optional<std::int64_t> nowMs; // --now: the clock starts here instead of the system time
};

// Returns nullopt and fills `error` on bad usage; `help` is set for --help.
std::optional<ServerOptions> parseOptions(int argc, char **argv, std::string &error, bool &help);
const char *usageText();

} // namespace keel::platform
