#pragma once
// Starts keel-connector-double (a Langfuse or LiteLLM TEST DOUBLE) on 127.0.0.1:0 for a test and
// stops it afterwards, as keel::test::PlatformProcess does for keel-platform: the child gets the
// test's pinned clock (--now), dies with the test, and prints its base URL on stdout.
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace keel::test {

class DoubleProcess {
public:
    // kind: "langfuse" or "litellm"; extraArgs e.g. {"--langfuse-mode", "legacy"}.
    explicit DoubleProcess(QString kind, QStringList extraArgs = {});
    ~DoubleProcess();
    DoubleProcess(const DoubleProcess &) = delete;
    DoubleProcess &operator=(const DoubleProcess &) = delete;

    bool start(int timeoutMs = 30000);
    void stop();
    bool isRunning() const;
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorString() const { return m_error; }
    QString stderrText() const;

private:
    QString m_kind;
    QStringList m_extraArgs;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    QString m_error;
};

} // namespace keel::test
