#include "prometheussource.h"

#include <api/platformclient.h>

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace keel::prometheus {

namespace {
QString seconds(qint64 ms)
{
    // Prometheus takes RFC 3339 or Unix seconds with a fraction; the latter has no parsing surprises.
    return QString::number(double(ms) / 1000.0, 'f', 3);
}
} // namespace

PrometheusSource::PrometheusSource(api::ConnectionSettings settings, QObject *parent)
    : QObject(parent)
    , m_client(std::make_unique<api::PlatformClient>(std::move(settings)))
{
    qRegisterMetaType<keel::prometheus::PromResult>();
}

PrometheusSource::~PrometheusSource() = default;

QUrl PrometheusSource::baseUrl() const { return m_client->settings().baseUrl; }

quint64 PrometheusSource::instantQuery(const QString &promql, qint64 atMs)
{
    api::ApiRequest r;
    r.path = u"/api/v1/query"_s;
    r.query = {{u"query"_s, promql}, {u"time"_s, seconds(atMs)}};
    return send(std::move(r));
}

quint64 PrometheusSource::rangeQuery(const QString &promql, qint64 fromMs, qint64 toMs, int stepSeconds)
{
    api::ApiRequest r;
    r.path = u"/api/v1/query_range"_s;
    r.query = {{u"query"_s, promql}, {u"start"_s, seconds(fromMs)}, {u"end"_s, seconds(toMs)},
               {u"step"_s, QString::number(qMax(1, stepSeconds))}};
    return send(std::move(r));
}

void PrometheusSource::cancelAll()
{
    const auto replies = m_client->findChildren<api::ApiReply *>();
    for (auto *reply : replies)
        if (!reply->isFinished())
            reply->cancel();
}

quint64 PrometheusSource::send(api::ApiRequest request)
{
    const quint64 id = m_nextId++;
    auto *reply = m_client->send(std::move(request));
    connect(reply, &api::ApiReply::finished, this, [this, id](const api::ApiResponse &response) { deliver(id, response); });
    return id;
}

void PrometheusSource::deliver(quint64 id, const api::ApiResponse &response)
{
    // Prometheus answers 400/422/503 with its own JSON error body, so a body is decoded whatever
    // the status; only a transport failure (no body) is reported from the client's error.
    if (response.body.isEmpty() && !response.ok()) {
        PromResult r;
        r.errorType = response.error.kind == api::ApiError::Kind::Cancelled ? u"cancelled"_s : u"transport"_s;
        r.error = tr("Cannot reach the metrics source at %1: %2").arg(baseUrl().toDisplayString(), api::describe(response.error));
        Q_EMIT queryFinished(id, r);
        return;
    }
    // Range answers can be large: decode on the pool, hand the value back on this object's thread.
    QPointer<PrometheusSource> self(this);
    const QByteArray body = response.body;
    const int status = response.httpStatus;
    QThreadPool::globalInstance()->start([self, id, body, status] {
        PromResult result = parsePromResponse(body, status);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, id, result = std::move(result)] {
                if (self)
                    Q_EMIT self->queryFinished(id, result);
            },
            Qt::QueuedConnection);
    });
}

} // namespace keel::prometheus
