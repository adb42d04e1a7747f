#pragma once
// keel snapshot / export / report: the same session wiring as the window, no display needed.
#include "commandline.h"

namespace keel::app {

// Runs the command inside the running QApplication's event loop; returns the process exit code.
int runHeadless(const AppOptions &options);

} // namespace keel::app
