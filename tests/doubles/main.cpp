// keel-connector-double: a TEST DOUBLE of Langfuse's public API or LiteLLM's proxy management API
// for Keel's connector tests. It prints its base URL on stdout once it listens (as keel-platform
// does, so tests start it the same way) and stops on SIGTERM or SIGINT.
#include "doublehttp.h"
#include "doubleoptions.h"
#include "langfusedouble.h"
#include "litellmdouble.h"

#include <csignal>
#include <cstdio>
#include <memory>
#include <pthread.h>
#include <thread>

using namespace keel::doubles;

int main(int argc, char **argv)
{
    DoubleOptions options;
    bool help = false;
    const std::string error = parseDoubleOptions(argc, argv, options, help);
    if (help) {
        std::fputs(doubleUsage(), stdout);
        return 0;
    }
    if (!error.empty()) {
        std::fprintf(stderr, "keel-connector-double: %s\n%s", error.c_str(), doubleUsage());
        return 2;
    }
    RateLimits limits;
    for (const std::string &spec : options.rateLimits)
        if (const std::string bad = limits.add(spec); !bad.empty()) {
            std::fprintf(stderr, "keel-connector-double: %s\n", bad.c_str());
            return 2;
        }

    // SIGTERM/SIGINT are taken by one thread with sigwait, which then stops the server: stop() is
    // not async-signal-safe, so it must not run in a handler.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    DoubleClock clock(options.nowMs);
    DoubleServer server(options.kind, clock, limits);
    // Seed data ends at the hour of --now, so the same hour always gives the same data.
    const std::int64_t anchor = options.nowMs / 3'600'000 * 3'600'000;
    std::unique_ptr<LangfuseDouble> langfuse;
    std::unique_ptr<LiteLlmDouble> litellm;
    if (options.kind == "langfuse")
        langfuse = std::make_unique<LangfuseDouble>(server, options.langfuseMode == "v4",
                                                    LangfuseSeedOptions{options.seed, anchor, options.traces});
    else
        litellm = std::make_unique<LiteLlmDouble>(server, LiteLlmSeedOptions{options.seed, anchor, options.spendRows});

    const int port = server.bind(options.host, options.port);
    if (port <= 0) {
        std::fprintf(stderr, "keel-connector-double: cannot listen on %s:%d\n", options.host.c_str(), options.port);
        return 1;
    }
    std::printf("http://%s:%d\n", options.host.c_str(), port);
    std::fflush(stdout);
    std::fprintf(stderr, "keel-connector-double: %s test double (%s) on http://%s:%d, now %s\n", options.kind.c_str(),
                 options.kind == "langfuse" ? options.langfuseMode.c_str() : "1.96", options.host.c_str(), port,
                 options.now.c_str());
    std::thread stopper([&] {
        int sig = 0;
        sigwait(&stopSignals, &sig);
        server.stop();
    });
    server.serve();
    // serve() also returns when listening fails; wake the stopper so it can be joined.
    pthread_kill(stopper.native_handle(), SIGTERM);
    stopper.join();
    std::fprintf(stderr, "keel-connector-double: stopped\n");
    return 0;
}
