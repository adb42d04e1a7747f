#pragma once
// The soak's "console": the console's real review wiring (PlatformClient over HTTP, the shared
// store::Outbox on a real SQLite cache, ReviewSession with its review database, ReviewFeed for
// the queue), working the queue as fast as it can. Every decision the session reports durable
// (decisionSaved) is printed, flushed, as "saved <idempotency-key> <item-id> <seq>": what the
// reviewer was told, the record of what must not be lost. The driver kills this process with
// SIGKILL whenever it likes.
#include <QString>

namespace keel::soak {

struct ConsoleOptions {
    QString url;
    QString token;
    QString reviewer;
    QString dir;          // cache.sqlite and its review database live here, across restarts
    quint64 seed = 1;
    int decisions = 0;    // stop deciding after this many saved in this run (0 = never), then drain
    bool drainOnly = false; // take no item: deliver what the outbox holds, then exit
    int maxPending = 16;  // saved but undelivered decisions before the console waits for delivery
    int timeoutMs = 1000; // the client's per-attempt timeout (hangs beyond it are faults)
    int clientRetries = -1; // the client's own retries of idempotent requests; -1 = the app's default
};

int runConsole(const ConsoleOptions &options); // runs the event loop; the exit code
ConsoleOptions consoleOptionsFromArguments(const QStringList &arguments, QString *error);

} // namespace keel::soak
