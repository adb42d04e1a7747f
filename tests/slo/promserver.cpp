#include "promserver.h"

#include <api/platformclient.h>

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace keel::test {

namespace {
QString tool(const QString &name)
{
    const QString onPath = QStandardPaths::findExecutable(name);
    return onPath.isEmpty() ? QStandardPaths::findExecutable(name, {u"/usr/bin"_s}) : onPath;
}
} // namespace

int freeTcpPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    int port = 0;
    socklen_t len = sizeof addr;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

bool PromServer::available()
{
    return !tool(u"prometheus"_s).isEmpty() && !tool(u"promtool"_s).isEmpty();
}

PromServer::PromServer() = default;

PromServer::~PromServer()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000))
            m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool PromServer::start(const QByteArray &openMetrics, int timeoutMs)
{
    const QString history = m_dir.filePath(u"history.om"_s);
    const QString data = m_dir.filePath(u"data"_s);
    const QString config = m_dir.filePath(u"prometheus.yml"_s);
    {
        QFile f(history);
        if (!f.open(QIODevice::WriteOnly) || f.write(openMetrics) != openMetrics.size()) {
            m_error = u"cannot write "_s + history;
            return false;
        }
        QFile c(config);
        if (!c.open(QIODevice::WriteOnly) || c.write("global:\n  scrape_interval: 1m\nscrape_configs: []\n") < 0) {
            m_error = u"cannot write "_s + config;
            return false;
        }
    }
    QProcess promtool;
    promtool.start(tool(u"promtool"_s), {u"tsdb"_s, u"create-blocks-from"_s, u"openmetrics"_s, history, data});
    if (!promtool.waitForFinished(timeoutMs) || promtool.exitCode() != 0) {
        m_error = u"promtool failed: "_s + QString::fromUtf8(promtool.readAllStandardError().right(2000));
        return false;
    }
    const int port = freeTcpPort();
    m_url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_dir.filePath(u"prometheus.log"_s));
    m_process->start(tool(u"prometheus"_s),
                     {u"--config.file="_s + config, u"--storage.tsdb.path="_s + data,
                      u"--web.listen-address=127.0.0.1:%1"_s.arg(port),
                      u"--storage.tsdb.retention.time=400d"_s, u"--log.level=warn"_s});
    if (!m_process->waitForStarted(10000)) {
        m_error = u"prometheus did not start: "_s + m_process->errorString();
        return false;
    }
    api::ConnectionSettings s;
    s.baseUrl = m_url;
    s.maxRetries = 0;
    s.totalTimeoutMs = 2000;
    api::PlatformClient client(s);
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (m_process->state() == QProcess::NotRunning)
            break;
        api::ApiRequest req;
        req.path = u"/-/ready"_s;
        req.accept = "*/*";
        auto *reply = client.send(req);
        QSignalSpy spy(reply, &api::ApiReply::finished);
        spy.wait(5000);
        if (reply->isFinished() && reply->response().httpStatus == 200)
            return true;
        // Poll interval for an external process's readiness (no assertion depends on it).
        QTest::qWait(100);
    }
    QFile log(m_dir.filePath(u"prometheus.log"_s));
    log.open(QIODevice::ReadOnly);
    m_error = u"prometheus did not become ready: "_s + QString::fromUtf8(log.readAll().right(2000));
    return false;
}

} // namespace keel::test
