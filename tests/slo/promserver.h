#pragma once
// A real Prometheus for a test: history is written as OpenMetrics, turned into TSDB blocks with
// `promtool tsdb create-blocks-from openmetrics`, and served by `prometheus` on 127.0.0.1 at a
// free port. Stops the server on destruction.
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace keel::test {

class PromServer {
public:
    static bool available(); // /usr/bin/prometheus (or on PATH) and promtool exist
    PromServer();
    ~PromServer();
    // Backfills `openMetrics` (must end with "# EOF"), starts the server and waits for /-/ready.
    bool start(const QByteArray &openMetrics, int timeoutMs = 45000);
    QUrl url() const { return m_url; }
    QString errorString() const { return m_error; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    QString m_error;
};

int freeTcpPort(); // binds 127.0.0.1:0, reads the port, closes

} // namespace keel::test
