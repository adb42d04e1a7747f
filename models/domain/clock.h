#pragma once
// The one reading of wall time, for keel-platform and the console alike (issue: the suite passes
// on every date). Unpinned it is the system clock. Pinned it starts at a chosen instant and then
// runs on at real speed, measured on the monotonic clock, so leases still expire, countdowns still
// move and SLO windows still slide — from a date a test, a demo or a reproduction chooses.
#include "timeutil.h"

#include <atomic>
#include <cstdint>

namespace keel::domain {

class Clock {
public:
    UnixMs nowMs() const;
    // From now on nowMs() reads `at` plus the real time elapsed since this call.
    void pin(UnixMs at);
    bool isPinned() const { return m_pinned.load(std::memory_order_acquire); }

private:
    // Written once before the threads that read it start; atomics keep a late pin() well defined.
    std::atomic<UnixMs> m_anchorMs{0};
    std::atomic<std::int64_t> m_anchorSteadyNs{0};
    std::atomic<bool> m_pinned{false};
};

// The console's process-wide clock: every time the console shows, counts down or files under a
// day is read here. keel-platform keeps its own instance in its state instead.
Clock &processClock();

} // namespace keel::domain
