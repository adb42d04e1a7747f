#pragma once
// Logging categories of the data core. Enable with QT_LOGGING_RULES="keel.*.debug=true".
// Never log a prompt, a model output or a token: log ids, sizes and X-Request-Ids.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcReview)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
