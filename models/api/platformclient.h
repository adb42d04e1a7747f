#pragma once
// The console's only door to the Platform API. Requests run on a libcurl multi handle owned by
// a worker thread; callers get an ApiReply whose finished() arrives by queued signal on the
// caller's thread. Nothing here ever blocks the calling thread.
#include "apitypes.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace keel::api {

class CurlWorker; // lives on the client's own thread

// A handle to one request in flight (qBittorrent's DownloadHandler idea).
class ApiReply : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    void cancel();                    // finished() then reports ApiError::Kind::Cancelled
    bool isFinished() const { return m_finished; }
    const ApiResponse &response() const { return m_response; }
Q_SIGNALS:
    void finished(const keel::api::ApiResponse &response);
private:
    friend class PlatformClient;
    void complete(ApiResponse response);
    bool m_finished = false;
    ApiResponse m_response;
    quint64 m_id = 0;
    QPointer<class PlatformClient> m_client;
};

class PlatformClient : public QObject {
    Q_OBJECT
public:
    explicit PlatformClient(ConnectionSettings settings, QObject *parent = nullptr);
    ~PlatformClient() override; // cancels everything in flight, quits and joins the worker thread

    void setSettings(ConnectionSettings settings);
    ConnectionSettings settings() const;

    // Starts the request; the reply is parented to this client and deletes itself later
    // (deleteLater after finished) unless the caller reparents it.
    ApiReply *send(ApiRequest request);

private:
    friend class ApiReply;
    void cancel(quint64 id);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace keel::api
