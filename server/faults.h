#pragma once
// Fault injection for client tests: a share of responses fail with 503, hang past the client's
// timeout, drop the connection mid-body, or carry malformed JSON. Set from the command line or
// by an admin at run time (PUT /v1/admin/faults). Hangs wake up at once on shutdown.
#include <array>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>

namespace keel::platform {

struct FaultConfig {
    double error5xx = 0, hang = 0, drop = 0, malformed = 0;
    // A share of pages that stay well-formed JSON, cursor included, but whose first item holds a
    // number no decoder accepts (1e999): the client has already asked for the next page.
    double poison = 0;
    std::int64_t hangMs = 30000;
    std::string pathPrefix = "/v1/";
    // A paging bug: a page fetched with a cursor names that same cursor as its next one, so a
    // client that trusts next_cursor pages forever. Applies to every matching request, not a share.
    bool loopCursor = false;
};

enum class Fault { None, Error5xx, Hang, Drop, Malformed, Poison };
inline constexpr std::array<const char *, 6> kFaultNames{"none", "error_5xx", "hang", "drop", "malformed", "poison"};

class FaultInjector {
public:
    void set(const FaultConfig &config);
    FaultConfig config() const;
    // Draws the fault for one request; admin routes are never faulted (so faults can be undone).
    Fault roll(const std::string &path);
    // How many requests got each fault since start (index: Fault; [0] unused). For /metrics.
    std::array<std::uint64_t, 6> injected() const;
    // Waits hangMs, or until shutdown() is called. Returns false when interrupted.
    bool hang();
    void shutdown();

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    FaultConfig m_config;
    bool m_shutdown = false;
    std::uint64_t m_draws = 0;
    std::array<std::uint64_t, 6> m_injected{};
};

} // namespace keel::platform
