#include "logging.h"

Q_LOGGING_CATEGORY(lcApi, "keel.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "keel.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "keel.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReview, "keel.review", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "keel.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPerf, "keel.perf", QtWarningMsg)

#include <QElapsedTimer>

namespace {
const QElapsedTimer g_processClock = [] {
    QElapsedTimer t;
    t.start();
    return t;
}();
} // namespace

qint64 keel::msSinceProcessStart()
{
    return g_processClock.elapsed();
}
