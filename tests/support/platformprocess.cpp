#include "platformprocess.h"

#include "testclock.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <cstdio>
#include <utility>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace keel::test {

PlatformProcess::PlatformProcess(PlatformOptions options)
    : m_options(std::move(options))
{
}

PlatformProcess::~PlatformProcess()
{
    stop();
}

bool PlatformProcess::start(int timeoutMs)
{
    if (m_options.dataDir.isEmpty()) {
        if (!m_ownedDir) {
            m_ownedDir = std::make_unique<QTemporaryDir>();
            if (!m_ownedDir->isValid()) {
                m_error = u"cannot create a temporary directory"_s;
                return false;
            }
        }
        m_dataDir = m_ownedDir->path();
    } else {
        m_dataDir = m_options.dataDir;
    }
    m_process = std::make_unique<QProcess>();
    m_unreadStderr.clear(); // a restarted server's stderrText() starts afresh
    m_stderrTail.clear();
    m_inReport = false;
    m_process->setProgram(QString::fromUtf8(KEEL_PLATFORM_BIN));
    QStringList args{u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, m_dataDir, u"--demo-tokens"_s,
                     u"--seed"_s, QString::number(m_options.seed), u"--days"_s,
                     QString::number(m_options.days), u"--requests-per-day"_s,
                     QString::number(m_options.requestsPerDay), u"--now"_s, nowArgument()};
    args += m_options.extraArgs; // a later --now here wins
    m_process->setArguments(args);
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent] { // a crashed test leaves no server behind
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(0);
    });
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        m_error = u"keel-platform did not start: "_s + m_process->errorString();
        return false;
    }
    QDeadlineTimer deadline(timeoutMs);
    while (!m_process->canReadLine()) {
        if (m_process->state() != QProcess::Running || deadline.hasExpired()) {
            m_error = u"keel-platform printed no base URL; stderr: "_s + stderrText();
            return false;
        }
        m_process->waitForReadyRead(100);
    }
    const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
    m_baseUrl = QUrl(line);
    if (!m_baseUrl.isValid() || m_baseUrl.port() <= 0) {
        m_error = u"keel-platform printed no valid base URL: "_s + line;
        return false;
    }
    QFile tokens(m_dataDir + u"/demo-tokens.json"_s);
    if (tokens.open(QIODevice::ReadOnly)) {
        const QJsonObject obj = QJsonDocument::fromJson(tokens.readAll()).object();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            m_tokens.insert(it.key(), it.value().toString());
    }
    return true;
}

void PlatformProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        // 60 s, not less: an instrumented server (KEEL_SANITIZE) runs LeakSanitizer over its
        // heap on the way out, and a SIGKILL then would lose the report.
        if (!m_process->waitForFinished(60000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    readRemainingStderr();
}

void PlatformProcess::kill()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    readRemainingStderr();
}

// What the test has not read yet, and the server's last words, are checked for a sanitizer
// report now, and still handed to a later stderrText() ("keel-platform: stopped").
void PlatformProcess::readRemainingStderr()
{
    const QByteArray chunk = m_process->readAllStandardError();
    scanStderr(chunk);
    m_unreadStderr += chunk;
}

bool PlatformProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString PlatformProcess::stderrText() const
{
    if (!m_process)
        return {};
    const QByteArray chunk = m_process->readAllStandardError();
    scanStderr(chunk);
    return QString::fromUtf8(std::exchange(m_unreadStderr, {}) + chunk);
}

// A sanitizer report in the server's stderr is copied to this test's stderr, from the line it
// starts on, where ctest's FAIL_REGULAR_EXPRESSION (sanitizer builds, tests/CMakeLists.txt) fails
// the test: the server's exit code is never checked. ASan and LSan reports of child processes
// also reach the test through childsanitizerreports.cpp; UBSan's (GCC) only come this way.
void PlatformProcess::scanStderr(const QByteArray &chunk) const
{
    if (chunk.isEmpty())
        return;
    if (m_inReport) {
        std::fwrite(chunk.constData(), 1, size_t(chunk.size()), stderr);
        std::fflush(stderr);
        return;
    }
    const QByteArray window = m_stderrTail + chunk;
    qsizetype at = -1;
    for (const char *marker : {"ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error: "}) {
        const qsizetype i = window.indexOf(marker);
        if (i >= 0 && (at < 0 || i < at))
            at = i;
    }
    if (at < 0) {
        m_stderrTail = window.right(256); // keeps the start of the line a marker may end up on
        return;
    }
    m_inReport = true;
    const QByteArray report = window.mid(window.lastIndexOf('\n', at) + 1);
    std::fprintf(stderr, "==== keel-platform's stderr from its sanitizer report on ====\n");
    std::fwrite(report.constData(), 1, size_t(report.size()), stderr);
    std::fflush(stderr);
}

} // namespace keel::test
