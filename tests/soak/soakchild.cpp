#include "soakchild.h"

#include <testclock.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcessEnvironment>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace keel::soak {

void pump(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void Child::start(const test::PlatformProcess &platform, const QString &reviewer, quint64 seed, const QStringList &extra)
{
    m_process = std::make_unique<QProcess>();
    m_buffer.clear();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KEEL_TEST_NOW"_s, test::nowArgument()); // the console's clock agrees with the platform's
    m_process->setProcessEnvironment(env);
    m_process->setProgram(QCoreApplication::applicationFilePath());
    m_process->setArguments(QStringList{u"console"_s, u"--url"_s, platform.baseUrl().toString(), u"--token"_s,
                                        platform.token(reviewer), u"--reviewer"_s, reviewer, u"--dir"_s,
                                        m_record.dir, u"--seed"_s, QString::number(seed)}
                            + extra);
    m_process->setStandardErrorFile(m_record.dir + u"/console.log"_s, QIODevice::Append);
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent] { // a driver that dies leaves no console behind
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(0);
    });
    m_process->start();
    m_process->waitForStarted(10000);
    ++starts;
}

void Child::poll()
{
    if (!m_process)
        return;
    m_buffer += m_process->readAllStandardOutput();
    qsizetype nl;
    while ((nl = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(nl);
        m_buffer.remove(0, nl + 1);
        handle(line);
    }
    // A line cut by SIGKILL stays in the buffer and is dropped at the next start: only whole
    // lines count as "the reviewer was told".
}

void Child::kill()
{
    if (!running())
        return;
    m_process->kill(); // SIGKILL
    m_process->waitForFinished(10000);
    poll();
    ++kills;
}

bool Child::waitForExit(qint64 timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (running() && t.elapsed() < timeoutMs) {
        pump(20);
        poll();
    }
    poll();
    return !running();
}

void Child::handle(const QByteArray &line)
{
    if (line.startsWith("saved ")) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() < 3)
            return;
        const QString key = QString::fromLatin1(f.at(1));
        if (!m_record.acked.emplace(key, QString::fromUtf8(f.at(2))).second)
            ++m_record.duplicateAcks;
    } else if (line.startsWith("failed ")) {
        ++failedLines;
    } else if (line.startsWith("drained ")) {
        drained = line;
    } else if (!line.startsWith("empty") && notable.size() < 20) {
        notable.append(line);
    }
}

} // namespace keel::soak
