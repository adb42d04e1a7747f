#include "doubleprocess.h"

#include "testclock.h"

#include <QDeadlineTimer>

#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace keel::test {

DoubleProcess::DoubleProcess(QString kind, QStringList extraArgs)
    : m_kind(std::move(kind))
    , m_extraArgs(std::move(extraArgs))
{
}

DoubleProcess::~DoubleProcess()
{
    stop();
}

bool DoubleProcess::start(int timeoutMs)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QString::fromUtf8(KEEL_CONNECTOR_DOUBLE_BIN));
    QStringList args{u"--kind"_s, m_kind, u"--port"_s, u"0"_s, u"--now"_s, nowArgument()};
    args += m_extraArgs; // a later --now here wins
    m_process->setArguments(args);
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent] { // a crashed test leaves no double behind
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(0);
    });
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        m_error = u"keel-connector-double did not start: "_s + m_process->errorString();
        return false;
    }
    QDeadlineTimer deadline(timeoutMs);
    while (!m_process->canReadLine()) {
        if (m_process->state() != QProcess::Running || deadline.hasExpired()) {
            m_error = u"keel-connector-double printed no base URL; stderr: "_s + stderrText();
            return false;
        }
        m_process->waitForReadyRead(100);
    }
    const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
    m_baseUrl = QUrl(line);
    if (!m_baseUrl.isValid() || m_baseUrl.port() <= 0) {
        m_error = u"keel-connector-double printed no valid base URL: "_s + line;
        return false;
    }
    return true;
}

void DoubleProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(60000)) { // an instrumented build runs LeakSanitizer on the way out
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    // A sanitizer report of the double reaches this test's stderr, where ctest's
    // FAIL_REGULAR_EXPRESSION (sanitizer builds) fails the test.
    const QByteArray rest = m_process->readAllStandardError();
    for (const char *marker : {"ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error: "})
        if (rest.contains(marker)) {
            std::fwrite(rest.constData(), 1, static_cast<std::size_t>(rest.size()), stderr);
            break;
        }
}

bool DoubleProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString DoubleProcess::stderrText() const
{
    return m_process ? QString::fromUtf8(m_process->readAllStandardError()) : QString();
}

} // namespace keel::test
