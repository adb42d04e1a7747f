#include "platformslisource.h"

#include <api/platformclient.h>
#include <domain/codec.h>

using namespace Qt::StringLiterals;

namespace keel::slo {

PlatformSliSource::PlatformSliSource(api::PlatformClient *client, QObject *parent)
    : SliSource(parent)
    , m_client(client)
{
    qRegisterMetaType<keel::domain::SloStatus>();
    qRegisterMetaType<QList<keel::slo::SloInfo>>();
}

QString PlatformSliSource::describe() const
{
    if (!m_client)
        return tr("no SLO source");
    return tr("Platform API at %1").arg(m_client->settings().baseUrl.toDisplayString());
}

void PlatformSliSource::refresh(qint64)
{
    // The platform always answers "as of now"; asOfMs matters only for Prometheus.
    const quint64 generation = ++m_generation;
    if (!m_client) { // a session without a platform whose Prometheus settings did not load
        QMetaObject::invokeMethod(this, [this, generation] {
            if (generation == m_generation)
                Q_EMIT finished(false, tr("This session has no Keel platform, and no Prometheus is set up for SLOs "
                                          "(settings slo/prometheus_url and slo/definitions_file, docs/slo-definitions.md)."));
        }, Qt::QueuedConnection);
        return;
    }
    m_pending = 0;
    api::ApiRequest req;
    req.path = u"/v1/slos"_s;
    req.query = {{u"limit"_s, u"500"_s}};
    auto *reply = m_client->send(std::move(req));
    connect(reply, &api::ApiReply::finished, this, [this, generation](const api::ApiResponse &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            Q_EMIT finished(false, tr("Could not load the SLO list: %1").arg(api::describe(r.error)));
            return;
        }
        onList(generation, r.body);
    });
}

void PlatformSliSource::onList(quint64 generation, const QByteArray &body)
{
    auto page = domain::decodeSloPage(std::string_view(body.constData(), std::size_t(body.size())));
    if (!page) {
        Q_EMIT finished(false, tr("The platform's SLO list could not be read: %1")
                                   .arg(QString::fromStdString(page.error().toString())));
        return;
    }
    QList<SloInfo> slos;
    for (const auto &s : page.value().items)
        slos.append(SloInfo::fromPlatform(s));
    Q_EMIT slosListed(slos);
    if (slos.isEmpty()) {
        Q_EMIT finished(true, {});
        return;
    }
    m_pending = int(slos.size());
    for (const auto &s : std::as_const(slos))
        requestStatus(generation, s);
}

void PlatformSliSource::requestStatus(quint64 generation, const SloInfo &slo)
{
    api::ApiRequest req;
    req.path = u"/v1/slos/%1/status"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(slo.id)));
    req.query = {{u"window"_s, u"%1d"_s.arg(slo.windowDays)}};
    auto *reply = m_client->send(std::move(req));
    const QString id = slo.id;
    connect(reply, &api::ApiReply::finished, this, [this, generation, id](const api::ApiResponse &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            Q_EMIT statusFailed(id, api::describe(r.error));
        } else {
            auto status = domain::decodeSloStatus(std::string_view(r.body.constData(), std::size_t(r.body.size())));
            if (status)
                Q_EMIT statusReady(id, status.value());
            else
                Q_EMIT statusFailed(id, tr("The SLO status could not be read: %1")
                                            .arg(QString::fromStdString(status.error().toString())));
        }
        if (--m_pending == 0)
            Q_EMIT finished(true, {});
    });
}

} // namespace keel::slo
