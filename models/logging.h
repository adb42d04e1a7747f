#pragma once
// Logging categories of the data core. Enable with QT_LOGGING_RULES="keel.*.debug=true".
// Never log a prompt, a model output or a token: log ids, sizes and X-Request-Ids.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcReview)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
// keel.perf: how long frames and syncs take (off unless QT_LOGGING_RULES="keel.perf.info=true";
// tests/bench/dashboard_bench.py reads these lines).
Q_DECLARE_LOGGING_CATEGORY(lcPerf)

namespace keel {
// Milliseconds since this process started (a steady clock started during static initialisation).
qint64 msSinceProcessStart();
} // namespace keel
