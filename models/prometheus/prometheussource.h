#pragma once
// A client for any Prometheus-compatible query API (Prometheus, Thanos, Mimir, VictoriaMetrics):
// GET /api/v1/query and /api/v1/query_range only. HTTP goes through its own PlatformClient
// (worker thread, timeouts, retries); bodies are decoded on the thread pool; results arrive on
// the caller's thread by queued signal. Nothing here blocks the calling thread.
#include "promresult.h"

#include <api/apitypes.h>

#include <QObject>

#include <memory>

namespace keel::api { class PlatformClient; }

namespace keel::prometheus {

class PrometheusSource : public QObject {
    Q_OBJECT
public:
    // settings.baseUrl is the API root, e.g. http://prometheus:9090 (no /api/v1).
    explicit PrometheusSource(api::ConnectionSettings settings, QObject *parent = nullptr);
    ~PrometheusSource() override;

    QUrl baseUrl() const;

    // Each call returns an id that comes back in queryFinished(). Times are Unix ms.
    quint64 instantQuery(const QString &promql, qint64 atMs);
    quint64 rangeQuery(const QString &promql, qint64 fromMs, qint64 toMs, int stepSeconds);
    void cancelAll(); // pending queries finish with errorType "cancelled"

Q_SIGNALS:
    void queryFinished(quint64 id, const keel::prometheus::PromResult &result);

private:
    quint64 send(api::ApiRequest request);
    void deliver(quint64 id, const api::ApiResponse &response);

    std::unique_ptr<api::PlatformClient> m_client;
    quint64 m_nextId = 1;
};

} // namespace keel::prometheus
