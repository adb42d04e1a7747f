#pragma once
// The driver's handle on one console child process (keel_soak console …) for one console folder:
// starts it on the platform, reads its "saved"/"failed"/"drained" lines into the ConsoleRecord,
// kills it with SIGKILL, waits for it to finish.
#include "soakcheck.h"

#include <platformprocess.h>

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace keel::soak {

// Lets queued signals, process pipes and timers run for `ms` (the platform's log and the
// console's stdout are read here, so neither pipe fills up).
void pump(int ms);

// One console process at a time for one console folder; its "saved" lines go into `record`.
class Child {
public:
    explicit Child(ConsoleRecord &record) : m_record(record) {}

    void start(const test::PlatformProcess &platform, const QString &reviewer, quint64 seed, const QStringList &extra);
    bool running() const { return m_process && m_process->state() != QProcess::NotRunning; }
    void poll();  // reads the whole lines the console has printed so far
    void kill();  // SIGKILL, then reads what it printed before dying
    // Waits for the process to end by itself (pumping events); false on timeout.
    bool waitForExit(qint64 timeoutMs);
    int exitCode() const { return m_process ? m_process->exitCode() : -1; }
    bool crashed() const { return m_process && m_process->exitStatus() == QProcess::CrashExit; }

    int starts = 0;
    int kills = 0;
    int failedLines = 0;
    QByteArray drained; // the "drained …" line of a clean finish
    QList<QByteArray> notable; // error / notsaved / undecided lines

private:
    void handle(const QByteArray &line);

    ConsoleRecord &m_record;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_buffer;
};

} // namespace keel::soak
