#include "platformtracesource.h"

#include <api/platformclient.h>
#include <domain/codec.h>

#include <optional>

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace keel::sources {

PlatformTraceSource::PlatformTraceSource(api::PlatformClient *client, QObject *parent)
    : TraceSource(parent)
    , m_client(client)
{
}

QString PlatformTraceSource::describe() const
{
    return QCoreApplication::translate("keel::sources", "Platform API at %1")
        .arg(m_client ? m_client->settings().baseUrl.toString() : QString());
}

void PlatformTraceSource::lookup(const QString &correlationId)
{
    const quint64 ticket = beginLookup();
    if (!m_client) {
        // A session without a platform (and without another trace source): say so, as an answer.
        QTimer::singleShot(0, this, [this, ticket, correlationId] {
            if (isCurrent(ticket))
                Q_EMIT failed(correlationId, tr("this session is not signed in to a Keel platform"), false);
        });
        return;
    }
    api::ApiRequest req;
    req.path = u"/v1/telemetry/traces/"_s + QString::fromLatin1(QUrl::toPercentEncoding(correlationId));
    auto *reply = m_client->send(std::move(req));
    connect(reply, &api::ApiReply::finished, this, [this, ticket, correlationId](const api::ApiResponse &r) {
        if (!isCurrent(ticket))
            return;
        using K = api::ApiError::Kind;
        if (r.error.kind == K::Http && r.httpStatus == 404) {
            Q_EMIT notFound(correlationId);
            return;
        }
        if (!r.ok()) {
            const K k = r.error.kind;
            const bool offline = k == K::NameResolution || k == K::Connect || k == K::Tls || k == K::Timeout
                                 || k == K::ConnectionDropped || k == K::InvalidUrl;
            Q_EMIT failed(correlationId, api::describe(r.error), offline);
            return;
        }
        // A hostile body can be megabytes; decode on the pool and drop the answer if a newer
        // lookup started meanwhile.
        QPointer<PlatformTraceSource> self(this);
        const QByteArray body = r.body;
        QThreadPool::globalInstance()->start([self, ticket, correlationId, body] {
            auto trace = domain::decodeTrace(std::string_view(body.constData(), std::size_t(body.size())));
            std::optional<domain::Trace> value;
            QString error;
            if (trace)
                value = std::move(trace.value());
            else
                error = QString::fromStdString(trace.error().toString());
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, ticket, correlationId, value = std::move(value), error] {
                    if (!self || !self->isCurrent(ticket))
                        return;
                    if (value)
                        Q_EMIT self->found(*value);
                    else
                        Q_EMIT self->failed(correlationId, tr("The trace could not be read: %1").arg(error), false);
                },
                Qt::QueuedConnection);
        });
    });
}

} // namespace keel::sources
