#pragma once
// The libcurl side of PlatformClient: one curl multi handle driven by a loop on its own thread
// (curl_multi_poll, woken by curl_multi_wakeup when work is queued). Connections are cached by
// the multi handle and reused across requests. Proxies come from the environment
// (http_proxy / https_proxy / no_proxy), which libcurl honours by default; we leave that on.
#include "apitypes.h"

#include <QMutex>
#include <QThread>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace keel::api {

struct CurlJob {
    quint64 id = 0;
    ApiRequest request;
    ConnectionSettings settings; // snapshot at send() time, so a new base URL applies to new requests
    QByteArray requestId;        // X-Request-Id, the same on every retry of one call
};

class CurlWorker {
public:
    // `deliver` runs on the worker thread for every finished job (after retries).
    using Deliver = std::function<void(quint64 id, ApiResponse response)>;
    explicit CurlWorker(Deliver deliver);
    ~CurlWorker(); // stops and joins

    void submit(CurlJob job);
    void cancel(quint64 id);
    void stop();

    struct Transfer; // one call, across its retries (public for the C callbacks)

private:
    void run();
    void startTransfer(std::unique_ptr<Transfer> transfer);
    void finishTransfer(Transfer *transfer, int curlCode);

    Deliver m_deliver;
    void *m_multi = nullptr; // CURLM*
    std::unique_ptr<QThread> m_thread;

    QMutex m_mutex; // guards the three queues below and m_stopping
    std::deque<CurlJob> m_incoming;
    std::vector<quint64> m_cancelled;
    bool m_stopping = false;

    // worker-thread only
    std::vector<std::unique_ptr<Transfer>> m_active;
    std::vector<std::unique_ptr<Transfer>> m_waiting; // backing off before a retry
};

} // namespace keel::api
