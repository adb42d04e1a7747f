#include "logging.h"

Q_LOGGING_CATEGORY(lcApi, "keel.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "keel.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "keel.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReview, "keel.review", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "keel.settings", QtInfoMsg)
