#include "demoplatform.h"

#include <clock.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace keel::app {

DemoPlatform::DemoPlatform(QString identity, QObject *parent)
    : QObject(parent)
    , m_identity(std::move(identity))
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoPlatform::readStdout);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (!m_announced)
            Q_EMIT failed(tr("The demo platform could not be started: %1").arg(m_process.errorString()));
        m_announced = true;
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (!m_announced) {
            const QString err = QString::fromUtf8(m_process.readAllStandardError()).trimmed().section(u'\n', -3);
            Q_EMIT failed(tr("The demo platform stopped before it was ready (exit code %1). %2").arg(code).arg(err));
            m_announced = true;
        }
    });
    // Its request log goes to our stderr only when asked for; otherwise it would flood the terminal.
    if (qEnvironmentVariableIsEmpty("KEEL_DEMO_PLATFORM_LOG"))
        m_process.setStandardErrorFile(QProcess::nullDevice());
    // However keel ends (even kill -9), the kernel sends the platform SIGTERM: no orphan keeps
    // the port and the data folder. Runs in the child between fork and exec.
    const pid_t keelPid = ::getpid();
    m_process.setChildProcessModifier([keelPid] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != keelPid) // keel died before prctl took effect
            ::_exit(0);
    });
}

DemoPlatform::~DemoPlatform()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
}

QString DemoPlatform::platformExecutable()
{
    const QString beside = QCoreApplication::applicationDirPath() + u"/keel-platform"_s;
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(u"keel-platform"_s);
}

QString DemoPlatform::dataDirectory()
{
    // KEEL_DEMO_DATA_DIR: a fresh or shared demo dataset (scripts, screenshots, tests).
    if (const QString dir = qEnvironmentVariable("KEEL_DEMO_DATA_DIR"); !dir.isEmpty())
        return dir;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return base + u"/demo-platform"_s;
}

void DemoPlatform::start()
{
    const QString exe = platformExecutable();
    if (exe.isEmpty()) {
        m_announced = true;
        Q_EMIT failed(tr("keel-platform was not found beside keel or on PATH. Build it, or connect to a platform with --platform URL."));
        return;
    }
    const QString dir = dataDirectory();
    QDir().mkpath(dir);
    QStringList args{u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, dir, u"--demo-tokens"_s,
                     u"--seed"_s, u"42"_s, u"--days"_s, u"62"_s, u"--requests-per-day"_s, u"6000"_s};
    if (domain::processClock().isPinned()) // keel --now: the platform's history ends where our clock starts
        args << u"--now"_s << QString::fromStdString(domain::formatRfc3339(keel::clock::nowMs()));
    m_process.start(exe, args);
}

void DemoPlatform::readStdout()
{
    m_stdout += m_process.readAllStandardOutput();
    const int nl = m_stdout.indexOf('\n');
    if (m_announced || nl < 0)
        return;
    const QUrl url(QString::fromUtf8(m_stdout.left(nl)).trimmed());
    m_announced = true;
    QFile tokens(dataDirectory() + u"/demo-tokens.json"_s);
    if (!url.isValid() || !tokens.open(QIODevice::ReadOnly)) {
        Q_EMIT failed(tr("The demo platform started but gave no address or demo tokens."));
        return;
    }
    const QString token = QJsonDocument::fromJson(tokens.readAll()).object().value(m_identity).toString();
    if (token.isEmpty()) {
        Q_EMIT failed(tr("There is no demo identity called \"%1\". Use reviewer-1, reviewer-2, finops, council or admin.").arg(m_identity));
        return;
    }
    Q_EMIT started(url, token);
}

} // namespace keel::app
