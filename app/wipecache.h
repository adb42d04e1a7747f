#pragma once
#include "commandline.h"

namespace keel::app {

// keel --wipe-cache [--force]: deletes every local cache file (prompts, outputs, telemetry).
// Refuses while decisions wait in an outbox, unless --force: a wipe must not lose a decision.
int wipeCaches(const AppOptions &options);

} // namespace keel::app
