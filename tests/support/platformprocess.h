#pragma once
// Starts a real keel-platform on 127.0.0.1:0 for a test and stops it afterwards.
#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace keel::test {

struct PlatformOptions {
    int seed = 42;
    int days = 7;
    int requestsPerDay = 2000;
    QStringList extraArgs;   // e.g. {"--fault-5xx", "0.2"}
    QString dataDir;         // empty = a fresh temporary directory owned by the PlatformProcess
};

class PlatformProcess {
public:
    explicit PlatformProcess(PlatformOptions options = {});
    ~PlatformProcess();
    PlatformProcess(const PlatformProcess &) = delete;
    PlatformProcess &operator=(const PlatformProcess &) = delete;

    // Starts the server and waits (up to timeoutMs) for its base URL on stdout.
    // Returns false and fills errorString() when it does not come up.
    bool start(int timeoutMs = 120000);
    void stop();          // SIGTERM, then wait; a no-op when not running
    void kill();          // SIGKILL, for crash tests
    bool isRunning() const;
    qint64 processId() const { return m_process ? m_process->processId() : 0; }

    QUrl baseUrl() const { return m_baseUrl; }
    QString dataDir() const { return m_dataDir; }
    // Demo tokens from DIR/demo-tokens.json: "reviewer-1", "reviewer-2", "finops", "council", "admin".
    QString token(const QString &identity) const { return m_tokens.value(identity); }
    QString errorString() const { return m_error; }
    QString stderrText() const;

private:
    void scanStderr(const QByteArray &chunk) const;
    void readRemainingStderr();

    PlatformOptions m_options;
    std::unique_ptr<QTemporaryDir> m_ownedDir;
    QString m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    QHash<QString, QString> m_tokens;
    QString m_error;
    mutable QByteArray m_unreadStderr; // read (and scanned) by stop() or kill(), still owed to stderrText()
    mutable QByteArray m_stderrTail; // the end of what was read: a marker may straddle two reads
    mutable bool m_inReport = false; // a sanitizer report was seen; the rest is copied as it comes
};

} // namespace keel::test
