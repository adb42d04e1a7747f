#pragma once
// The test double's clock: pinned by --now, running on at real speed from there, and movable
// forward by a test (POST /__double/clock) so a rate-limit window can pass without sleeping.
// Nothing in the double reads today's date.
#include <atomic>
#include <chrono>
#include <cstdint>

namespace keel::doubles {

class DoubleClock {
public:
    explicit DoubleClock(std::int64_t pinnedMs)
        : m_pinnedMs(pinnedMs)
        , m_start(std::chrono::steady_clock::now())
    {
    }
    std::int64_t nowMs() const
    {
        const auto run = std::chrono::steady_clock::now() - m_start;
        return m_pinnedMs + std::chrono::duration_cast<std::chrono::milliseconds>(run).count() + m_offsetMs.load();
    }
    // The instant the seed data is built around (--now).
    std::int64_t pinnedMs() const { return m_pinnedMs; }
    void advance(std::int64_t ms) { m_offsetMs += ms; }

private:
    std::int64_t m_pinnedMs;
    std::chrono::steady_clock::time_point m_start;
    std::atomic<std::int64_t> m_offsetMs{0};
};

} // namespace keel::doubles
