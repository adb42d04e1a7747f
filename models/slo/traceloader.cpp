#include "traceloader.h"

#include <api/platformclient.h>
#include <domain/codec.h>

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace keel::slo {

TraceLoader::TraceLoader(api::PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<keel::domain::Trace>();
}

bool TraceLoader::looksLikeCorrelationId(const QString &text)
{
    static const QRegularExpression re(u"^[A-Za-z0-9._:-]{1,128}$"_s);
    return re.match(text).hasMatch();
}

void TraceLoader::lookup(const QString &correlationId)
{
    const quint64 generation = ++m_generation;
    api::ApiRequest req;
    req.path = u"/v1/telemetry/traces/"_s + QString::fromLatin1(QUrl::toPercentEncoding(correlationId));
    auto *reply = m_client->send(std::move(req));
    connect(reply, &api::ApiReply::finished, this, [this, generation, correlationId](const api::ApiResponse &r) {
        if (generation != m_generation)
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
        // One trace is small (bounded by the decoder's limits); decoding it here is cheap.
        auto trace = domain::decodeTrace(std::string_view(r.body.constData(), std::size_t(r.body.size())));
        if (!trace) {
            Q_EMIT failed(correlationId, tr("The trace could not be read: %1").arg(QString::fromStdString(trace.error().toString())), false);
            return;
        }
        Q_EMIT found(trace.value());
    });
}

} // namespace keel::slo
