#include "seriesloader.h"

#include <api/platformclient.h>
#include <domain/codec.h>
#include <domain/timeutil.h>

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <variant>

using namespace Qt::StringLiterals;

namespace keel::slo {

SeriesLoader::SeriesLoader(api::PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<keel::domain::SeriesResponse>();
}

void SeriesLoader::load(const QString &tag, const SeriesQuery &query)
{
    const quint64 generation = ++m_generation;
    m_latest.insert(tag, generation);
    api::ApiRequest req;
    req.path = u"/v1/telemetry/series"_s;
    req.query = {{u"metric"_s, query.metric},
                 {u"from"_s, QString::fromStdString(domain::formatRfc3339(query.fromMs))},
                 {u"to"_s, QString::fromStdString(domain::formatRfc3339(query.toMs))},
                 {u"step"_s, QString::number(query.stepS)}};
    if (!query.groupBy.isEmpty())
        req.query.append({u"group_by"_s, query.groupBy});
    auto *reply = m_client->send(std::move(req));
    connect(reply, &api::ApiReply::finished, this, [this, tag, generation](const api::ApiResponse &r) {
        if (m_latest.value(tag) != generation)
            return;
        if (!r.ok()) {
            m_latest.remove(tag);
            Q_EMIT failed(tag, api::describe(r.error));
            return;
        }
        QPointer<SeriesLoader> self(this);
        const QByteArray body = r.body;
        QThreadPool::globalInstance()->start([self, tag, generation, body] {
            auto decoded = domain::decodeSeries(std::string_view(body.constData(), std::size_t(body.size())));
            std::variant<domain::SeriesResponse, QString> result;
            if (decoded)
                result = std::move(decoded.value());
            else
                result = QString::fromStdString(decoded.error().toString());
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, tag, generation, result = std::move(result)] {
                    if (!self || self->m_latest.value(tag) != generation)
                        return;
                    self->m_latest.remove(tag);
                    if (result.index() == 0)
                        Q_EMIT self->loaded(tag, std::get<0>(result));
                    else
                        Q_EMIT self->failed(tag, tr("The series could not be read: %1").arg(std::get<1>(result)));
                },
                Qt::QueuedConnection);
        });
    });
}

} // namespace keel::slo
