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

PromServer::Backend PromServer::backend()
{
    return qEnvironmentVariable("KEEL_TEST_METRICS_BACKEND") == u"victoria-metrics"_s ? Backend::VictoriaMetrics
                                                                                     : Backend::Prometheus;
}

QString PromServer::backendName()
{
    return backend() == Backend::VictoriaMetrics ? u"VictoriaMetrics"_s : u"Prometheus"_s;
}

bool PromServer::available()
{
    if (backend() == Backend::VictoriaMetrics)
        return !tool(u"victoria-metrics"_s).isEmpty();
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
    return backend() == Backend::VictoriaMetrics ? startVictoriaMetrics(openMetrics, timeoutMs)
                                                 : startPrometheus(openMetrics, timeoutMs);
}

bool PromServer::startPrometheus(const QByteArray &openMetrics, int timeoutMs)
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
    m_process->setStandardOutputFile(m_dir.filePath(u"server.log"_s));
    m_process->start(tool(u"prometheus"_s),
                     {u"--config.file="_s + config, u"--storage.tsdb.path="_s + data,
                      u"--web.listen-address=127.0.0.1:%1"_s.arg(port),
                      u"--storage.tsdb.retention.time=400d"_s, u"--log.level=warn"_s});
    if (!m_process->waitForStarted(10000)) {
        m_error = u"prometheus did not start: "_s + m_process->errorString();
        return false;
    }
    if (waitForStatus(u"/-/ready"_s, timeoutMs))
        return true;
    m_error = u"prometheus did not become ready: "_s + logTail();
    return false;
}

bool PromServer::startVictoriaMetrics(const QByteArray &openMetrics, int timeoutMs)
{
    const int port = freeTcpPort();
    m_url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_dir.filePath(u"server.log"_s));
    // -search.disableCache: results of a query must reflect the import that just happened (the
    // rollup cache assumes data only arrives near "now"); -search.latencyOffset=0s the same for
    // the newest samples. Retention far beyond the history, or the backfill would be dropped.
    m_process->start(tool(u"victoria-metrics"_s),
                     {u"-storageDataPath="_s + m_dir.filePath(u"data"_s), u"-httpListenAddr=127.0.0.1:%1"_s.arg(port),
                      u"-retentionPeriod=100y"_s, u"-search.disableCache"_s, u"-search.latencyOffset=0s"_s,
                      u"-loggerLevel=WARN"_s});
    if (!m_process->waitForStarted(10000)) {
        m_error = u"victoria-metrics did not start: "_s + m_process->errorString();
        return false;
    }
    if (!waitForStatus(u"/health"_s, timeoutMs)) {
        m_error = u"victoria-metrics did not become ready: "_s + logTail();
        return false;
    }
    // The Prometheus text format it imports takes timestamps in milliseconds; OpenMetrics has
    // seconds, and "# EOF" is OpenMetrics only.
    QByteArray text;
    text.reserve(openMetrics.size() + openMetrics.size() / 8);
    for (const QByteArray &line : openMetrics.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        text += line;
        text += "000\n";
    }
    if (!post(u"/api/v1/import/prometheus"_s, text, timeoutMs)) {
        m_error = u"victoria-metrics refused the history: "_s + m_error + u" "_s + logTail();
        return false;
    }
    // Imported samples become searchable after an in-memory buffer is flushed (about a second);
    // this flushes it now.
    if (!waitForStatus(u"/internal/force_flush"_s, timeoutMs)) {
        m_error = u"victoria-metrics did not flush: "_s + logTail();
        return false;
    }
    return true;
}

bool PromServer::waitForStatus(const QString &path, int timeoutMs)
{
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
        req.path = path;
        req.accept = "*/*";
        auto *reply = client.send(req);
        QSignalSpy spy(reply, &api::ApiReply::finished);
        spy.wait(5000);
        if (reply->isFinished() && reply->response().httpStatus == 200)
            return true;
        // Poll interval for an external process's readiness (no assertion depends on it).
        QTest::qWait(100);
    }
    return false;
}

bool PromServer::post(const QString &path, const QByteArray &body, int timeoutMs)
{
    api::ConnectionSettings s;
    s.baseUrl = m_url;
    s.maxRetries = 0;
    s.totalTimeoutMs = timeoutMs;
    api::PlatformClient client(s);
    api::ApiRequest req;
    req.method = "POST";
    req.path = path;
    req.body = body;
    req.accept = "*/*";
    auto *reply = client.send(req);
    QSignalSpy spy(reply, &api::ApiReply::finished);
    if (!reply->isFinished())
        spy.wait(timeoutMs);
    const int status = reply->isFinished() ? reply->response().httpStatus : 0;
    if (status / 100 == 2)
        return true;
    m_error = u"HTTP %1"_s.arg(status);
    return false;
}

QString PromServer::logTail() const
{
    QFile log(m_dir.filePath(u"server.log"_s));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(2000)) : QString();
}

} // namespace keel::test
