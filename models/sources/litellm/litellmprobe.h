#pragma once
// "Test connection" for a LiteLLM proxy: one GET /key/info (the key's own row) without retries,
// reported in one sentence naming the proxy: accepted (with the key's alias), or what failed
// in describeFailure()'s words (DNS, TCP, TLS, 401, 403, …).
#include "api/apitypes.h"

#include <QObject>
#include <QPointer>

namespace keel::api { class PlatformClient; class ApiReply; }

namespace keel::sources::litellm {

class LiteLlmProbe : public QObject {
    Q_OBJECT
public:
    explicit LiteLlmProbe(QObject *parent = nullptr);
    void start(const QUrl &baseUrl, const QString &key); // a new start cancels the previous one

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void onReply(const api::ApiResponse &response);
    api::PlatformClient *m_client = nullptr;
    QPointer<api::ApiReply> m_reply;
    QUrl m_url;
};

} // namespace keel::sources::litellm
