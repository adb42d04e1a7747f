#pragma once
// A real Prometheus for a test: history is written as OpenMetrics, turned into TSDB blocks with
// `promtool tsdb create-blocks-from openmetrics`, and served by `prometheus` on 127.0.0.1 at a
// free port. Stops the server on destruction.
//
// With KEEL_TEST_METRICS_BACKEND=victoria-metrics the same tests run against VictoriaMetrics
// (Debian `victoria-metrics`, single node) instead: the history is imported through its
// /api/v1/import/prometheus and queried through its Prometheus-compatible API. That is what a
// user who outgrows one Prometheus points Keel at; tests/slo/CMakeLists.txt runs both.
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace keel::test {

class PromServer {
public:
    enum class Backend { Prometheus, VictoriaMetrics };
    static Backend backend();       // from KEEL_TEST_METRICS_BACKEND ("prometheus" when unset)
    static QString backendName();   // "Prometheus" or "VictoriaMetrics", for messages
    static bool available();        // the backend's binaries exist (prometheus + promtool, or victoria-metrics)
    PromServer();
    ~PromServer();
    // Backfills `openMetrics` (must end with "# EOF"), starts the server and waits for /-/ready.
    bool start(const QByteArray &openMetrics, int timeoutMs = 45000);
    QUrl url() const { return m_url; }
    QString errorString() const { return m_error; }

private:
    bool startPrometheus(const QByteArray &openMetrics, int timeoutMs);
    bool startVictoriaMetrics(const QByteArray &openMetrics, int timeoutMs);
    bool waitForStatus(const QString &path, int timeoutMs); // polls until GET path answers 200
    bool post(const QString &path, const QByteArray &body, int timeoutMs);
    QString logTail() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    QString m_error;
};

int freeTcpPort(); // binds 127.0.0.1:0, reads the port, closes

} // namespace keel::test
