#include "clock.h"

#include <chrono>

namespace keel::domain {
namespace {

std::int64_t steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

UnixMs Clock::nowMs() const
{
    if (isPinned())
        return m_anchorMs.load(std::memory_order_relaxed)
            + (steadyNs() - m_anchorSteadyNs.load(std::memory_order_relaxed)) / 1'000'000;
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

void Clock::pin(UnixMs at)
{
    m_anchorMs.store(at, std::memory_order_relaxed);
    m_anchorSteadyNs.store(steadyNs(), std::memory_order_relaxed);
    m_pinned.store(true, std::memory_order_release);
}

Clock &processClock()
{
    static Clock clock;
    return clock;
}

} // namespace keel::domain
