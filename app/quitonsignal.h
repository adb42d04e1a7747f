#pragma once
// SIGTERM, SIGINT and SIGHUP end keel the way closing the window does: the event loop quits and
// destructors run, so a --demo platform child is stopped and pending writes are flushed. The
// handler only writes a byte to a socket pair (async-signal-safe); a QSocketNotifier on the GUI
// thread turns it into QCoreApplication::quit().
namespace keel::app {

// Installs the handlers; call once after the QCoreApplication exists.
void quitOnTerminationSignals();

} // namespace keel::app
