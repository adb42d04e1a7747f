#pragma once
// keel-connector-double's command line.
#include <cstdint>
#include <string>
#include <vector>

namespace keel::doubles {

struct DoubleOptions {
    std::string kind;                 // langfuse | litellm
    std::string host = "127.0.0.1";
    int port = 0;                     // 0 = a free port, printed as the base URL on stdout
    std::string langfuseMode = "v4";  // v4 | legacy
    std::uint64_t seed = 42;
    std::string now = "2026-03-18T10:30:00Z"; // the seed data is built around this; never today's date
    std::int64_t nowMs = 0;
    std::vector<std::string> rateLimits;
    int traces = 360;                 // Langfuse seed size
    int spendRows = 4000;             // LiteLLM seed size
};

const char *doubleUsage();
// Fills options from argv; returns "" or an error text. Sets help when --help was given.
std::string parseDoubleOptions(int argc, char **argv, DoubleOptions &options, bool &help);

} // namespace keel::doubles
