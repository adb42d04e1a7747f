// keel-platform: the reference Platform API server. All logic lives in keel_platform_core.
#include "options.h"
#include "platformserver.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>

#include <pthread.h>

using keel::platform::PlatformServer;

namespace {

int run(PlatformServer &server, const keel::platform::ServerOptions &options, const std::atomic<bool> &stopping)
{
    try {
        server.open(&stopping);
    } catch (const std::exception &e) {
        if (stopping)
            return 0; // interrupted while generating: nothing half-written is left behind
        std::fprintf(stderr, "keel-platform: %s\n", e.what());
        return 1;
    }
    if (stopping)
        return 0;
    if (server.bind() < 0) {
        std::fprintf(stderr, "keel-platform: cannot listen on %s:%d\n", options.host.c_str(), options.port);
        return 1;
    }
    std::printf("%s\n", server.baseUrl().c_str());
    std::fflush(stdout);
    std::fprintf(stderr, "keel-platform: serving %s on %s\n", options.dataDir.c_str(), server.baseUrl().c_str());
    const bool ok = server.serve();
    std::fprintf(stderr, "keel-platform: stopped\n");
    return ok || stopping ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    std::string error;
    bool help = false;
    const auto options = keel::platform::parseOptions(argc, argv, error, help);
    if (!options) {
        if (help) {
            std::fputs(keel::platform::usageText(), stdout);
            return 0;
        }
        std::fprintf(stderr, "keel-platform: %s\n%s", error.c_str(), keel::platform::usageText());
        return 2;
    }

    // SIGTERM/SIGINT are taken by one thread (blocked everywhere else, so pool threads inherit
    // the mask), which stops the server cleanly.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    std::atomic<bool> stopping{false};
    std::atomic<bool> finished{false};
    PlatformServer server(*options);
    std::thread signalThread([&] {
        int sig = 0;
        sigwait(&signals, &sig);
        if (finished)
            return; // main's own wake-up call
        stopping = true;
        // stop() is a no-op until listening has started; repeat until the server is down.
        while (!finished) {
            server.stop();
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });

    const int code = run(server, *options, stopping);
    finished = true;
    if (!stopping)
        pthread_kill(signalThread.native_handle(), SIGTERM);
    signalThread.join();
    return code;
}
