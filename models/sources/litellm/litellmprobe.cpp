#include "litellmprobe.h"

#include "litellmsource.h"

#include "api/platformclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace keel::sources::litellm {

LiteLlmProbe::LiteLlmProbe(QObject *parent)
    : QObject(parent)
{
}

void LiteLlmProbe::start(const QUrl &baseUrl, const QString &key)
{
    if (m_reply)
        m_reply->cancel();
    m_url = baseUrl;
    api::ConnectionSettings settings = connectionSettings(baseUrl, key);
    settings.maxRetries = 0; // a test reports the first failure as it is
    settings.totalTimeoutMs = 15000;
    delete m_client;
    m_client = new api::PlatformClient(settings, this);
    api::ApiRequest request;
    request.path = u"/key/info"_s;
    m_reply = m_client->send(request);
    connect(m_reply, &api::ApiReply::finished, this, &LiteLlmProbe::onReply);
}

void LiteLlmProbe::onReply(const api::ApiResponse &response)
{
    if (response.error.kind == api::ApiError::Kind::Cancelled)
        return;
    if (!response.ok()) {
        Q_EMIT finished(false, describeFailure(m_url, u"/key/info"_s, response));
        return;
    }
    // The proxy's own row for the key; only its alias is shown, never the key.
    const QJsonObject info = QJsonDocument::fromJson(response.body).object().value(u"info"_s).toObject();
    const QString alias = info.value(u"key_alias"_s).toString();
    const QString source = QCoreApplication::translate("keel::sources::litellm", "LiteLLM at %1").arg(m_url.toDisplayString());
    Q_EMIT finished(true, alias.isEmpty()
                              ? tr("%1 accepted the key.").arg(source)
                              : tr("%1 accepted the key \"%2\".").arg(source, alias));
}

} // namespace keel::sources::litellm
