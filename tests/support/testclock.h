#pragma once
// Every test runs on a pinned clock (no test depends on today's date). The console's process
// clock is pinned before main() by testclock.cpp, linked into every test executable; every
// keel-platform and keel a test starts gets `--now` from that same clock, so server and console
// agree on "now" and both run on from it at real speed.
//
// KEEL_TEST_NOW (RFC 3339 UTC) picks the instant: the date sweep (scripts/date-sweep.sh) runs the
// suite at month ends, the year end, a leap day and just after midnight. Default: kDefaultTestNow.
#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace keel::test {

inline constexpr const char *kDefaultTestNow = "2026-03-18T10:30:00Z";

// The instant the clock was pinned to at start-up.
qint64 pinnedStartMs();
// The pinned clock's current reading (what "now" is for the console and every platform started).
qint64 nowMs();
QDateTime nowUtc();
// The clock's current reading as RFC 3339, for a child's --now argument.
QString nowArgument();

} // namespace keel::test
