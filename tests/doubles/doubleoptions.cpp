#include "doubleoptions.h"

#include "timetext.h"

#include <cstdlib>

namespace keel::doubles {

const char *doubleUsage()
{
    return "usage: keel-connector-double --kind langfuse|litellm [options]\n"
           "\n"
           "A TEST DOUBLE of the Langfuse public API or the LiteLLM proxy's management API for Keel's\n"
           "connector tests: stateful, in memory, seeded, on 127.0.0.1. It enforces the vendor rules\n"
           "listed in tests/doubles/README.md and nothing more; it is not a substitute for testing\n"
           "against a real server. Prints its base URL on stdout once it listens.\n"
           "\n"
           "  --kind langfuse|litellm     which service to stand in for (required)\n"
           "  --port N                    port on --host (default 0: any free port)\n"
           "  --host ADDR                 default 127.0.0.1\n"
           "  --langfuse-mode v4|legacy   v4: a 4.16 server in v4 mode (v2 observations/metrics, v3\n"
           "                              scores); legacy: a self-hosted v3 server (those answer 404,\n"
           "                              /metrics/daily is served). Default v4\n"
           "  --seed N                    seed of the generated data (default 42)\n"
           "  --now RFC3339               the instant the data is generated around and the clock starts\n"
           "                              at (default 2026-03-18T10:30:00Z; today's date is never read)\n"
           "  --traces N                  Langfuse: traces to generate (default 360)\n"
           "  --spend-rows N              LiteLLM: spend-log rows over 30 days (default 4000)\n"
           "  --rate-limit BUCKET=N/DUR   a request budget per window, e.g. metrics=5/60s (repeatable;\n"
           "                              DUR in s, m, h or d). Langfuse buckets: public-api,\n"
           "                              annotation-queues, public-api-legacy, public-api-v2-metrics\n"
           "                              (alias metrics), public-api-daily-metrics-legacy. LiteLLM:\n"
           "                              spend-logs, daily-activity, management\n"
           "  --help                      this text\n"
           "\n"
           "Test-only routes, no auth: GET /__double/state, POST|DELETE /__double/faults,\n"
           "POST /__double/clock. See tests/doubles/README.md.\n";
}

std::string parseDoubleOptions(int argc, char **argv, DoubleOptions &o, bool &help)
{
    help = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            help = true;
            return {};
        }
        if (i + 1 >= argc)
            return "missing value for " + arg;
        const std::string value = argv[++i];
        auto number = [&](long long min, long long max, long long &out) {
            char *end = nullptr;
            out = std::strtoll(value.c_str(), &end, 10);
            return end != value.c_str() && *end == '\0' && out >= min && out <= max;
        };
        long long n = 0;
        if (arg == "--kind")
            o.kind = value;
        else if (arg == "--host")
            o.host = value;
        else if (arg == "--port") {
            if (!number(0, 65535, n))
                return "--port wants 0..65535";
            o.port = static_cast<int>(n);
        } else if (arg == "--langfuse-mode")
            o.langfuseMode = value;
        else if (arg == "--seed") {
            if (!number(0, INT64_MAX, n))
                return "--seed wants a non-negative integer";
            o.seed = static_cast<std::uint64_t>(n);
        } else if (arg == "--now")
            o.now = value;
        else if (arg == "--traces") {
            if (!number(1, 100000, n))
                return "--traces wants 1..100000";
            o.traces = static_cast<int>(n);
        } else if (arg == "--spend-rows") {
            if (!number(1, 1000000, n))
                return "--spend-rows wants 1..1000000";
            o.spendRows = static_cast<int>(n);
        } else if (arg == "--rate-limit")
            o.rateLimits.push_back(value);
        else
            return "unknown option " + arg;
    }
    if (o.kind != "langfuse" && o.kind != "litellm")
        return "--kind must be langfuse or litellm";
    if (o.langfuseMode != "v4" && o.langfuseMode != "legacy")
        return "--langfuse-mode must be v4 or legacy";
    const auto now = parseRfc3339(o.now);
    if (!now)
        return "--now wants an RFC 3339 instant, e.g. 2026-03-18T10:30:00Z";
    o.nowMs = *now;
    return {};
}

} // namespace keel::doubles
