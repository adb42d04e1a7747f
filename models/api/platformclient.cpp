#include "platformclient.h"

#include "curlworker.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace keel::api {

void ApiReply::cancel()
{
    if (m_finished)
        return;
    if (m_client)
        m_client->cancel(m_id);
    ApiResponse r;
    r.error.kind = ApiError::Kind::Cancelled;
    r.error.message = QCoreApplication::translate("keel::api", "The request was cancelled.");
    complete(std::move(r));
}

void ApiReply::complete(ApiResponse response)
{
    if (m_finished)
        return; // a late answer after cancel() is dropped
    m_finished = true;
    m_response = std::move(response);
    Q_EMIT finished(m_response);
    if (parent() == m_client.data())
        deleteLater();
}

struct PlatformClient::Private {
    mutable QMutex mutex; // settings are read by send() on any thread that owns a reply
    ConnectionSettings settings;
    QHash<quint64, QPointer<ApiReply>> replies;
    quint64 nextId = 1;
    std::unique_ptr<CurlWorker> worker;
};

PlatformClient::PlatformClient(ConnectionSettings settings, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<keel::api::ApiResponse>();
    d->settings = std::move(settings);
    d->worker = std::make_unique<CurlWorker>([this](quint64 id, ApiResponse response) {
        // Runs on the curl thread: hop to the client's thread before touching replies.
        QMetaObject::invokeMethod(
            this,
            [this, id, response = std::move(response)]() mutable {
                if (auto reply = d->replies.take(id))
                    reply->complete(std::move(response));
            },
            Qt::QueuedConnection);
    });
}

PlatformClient::~PlatformClient()
{
    d->worker->stop();
    d->worker.reset();
}

void PlatformClient::setSettings(ConnectionSettings settings)
{
    QMutexLocker lock(&d->mutex);
    d->settings = std::move(settings);
}

ConnectionSettings PlatformClient::settings() const
{
    QMutexLocker lock(&d->mutex);
    return d->settings;
}

ApiReply *PlatformClient::send(ApiRequest request)
{
    Q_ASSERT(QThread::currentThread() == thread());
    auto *reply = new ApiReply(this);
    reply->m_id = d->nextId++;
    reply->m_client = this;
    d->replies.insert(reply->m_id, reply);

    CurlJob job;
    job.id = reply->m_id;
    job.settings = settings();
    job.requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    job.request = std::move(request);
    if (!job.settings.baseUrl.isValid() || job.settings.baseUrl.scheme().isEmpty() || job.settings.baseUrl.host().isEmpty()) {
        ApiResponse r;
        r.requestId = job.requestId;
        r.error.kind = ApiError::Kind::InvalidUrl;
        r.error.message = QCoreApplication::translate("keel::api", "The platform URL \"%1\" is not a valid http(s) URL.")
                              .arg(job.settings.baseUrl.toString());
        QMetaObject::invokeMethod(
            this, [this, id = job.id, r]() { if (auto reply = d->replies.take(id)) reply->complete(r); },
            Qt::QueuedConnection);
        return reply;
    }
    d->worker->submit(std::move(job));
    return reply;
}

void PlatformClient::cancel(quint64 id)
{
    d->replies.remove(id);
    d->worker->cancel(id);
}

} // namespace keel::api
