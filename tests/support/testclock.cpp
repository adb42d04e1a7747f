#include "testclock.h"

#include <domain/clock.h>
#include <domain/timeutil.h>

#include <cstdio>
#include <cstdlib>

namespace keel::test {
namespace {

qint64 chooseStart()
{
    const char *env = std::getenv("KEEL_TEST_NOW");
    const char *text = env && *env ? env : kDefaultTestNow;
    const auto ms = domain::parseRfc3339(text);
    if (!ms) {
        std::fprintf(stderr, "KEEL_TEST_NOW=%s is not an RFC 3339 time such as %s\n", text, kDefaultTestNow);
        std::abort();
    }
    return *ms;
}

// Pinned during static initialisation, before any test code runs.
const qint64 g_startMs = [] {
    const qint64 start = chooseStart();
    domain::processClock().pin(start);
    return start;
}();

} // namespace

qint64 pinnedStartMs() { return g_startMs; }

qint64 nowMs() { return domain::processClock().nowMs(); }

QDateTime nowUtc() { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }

QString nowArgument() { return QString::fromStdString(domain::formatRfc3339(domain::processClock().nowMs())); }

} // namespace keel::test
