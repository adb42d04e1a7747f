#include "connectiontester.h"

#include "platformclient.h"

#include <domain/codec.h>

using namespace Qt::StringLiterals;

namespace keel::api {

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<keel::domain::Identity>();
}

void ConnectionTester::start(const ConnectionSettings &settings)
{
    cancel();
    ConnectionSettings s = settings;
    s.maxRetries = 0; // a test reports the first failure as it is
    delete m_client;
    m_client = new PlatformClient(s, this);
    ApiRequest request;
    request.path = u"/v1/whoami"_s;
    m_reply = m_client->send(request);
    connect(m_reply, &ApiReply::finished, this, &ConnectionTester::onReply);
}

void ConnectionTester::cancel()
{
    if (m_reply)
        m_reply->cancel();
}

ConnectionTester::Outcome ConnectionTester::outcomeFor(const ApiError &e)
{
    using K = ApiError::Kind;
    switch (e.kind) {
    case K::None: return Outcome::Ok;
    case K::NameResolution: return Outcome::NameResolution;
    case K::Connect: return Outcome::Connect;
    case K::Tls: return Outcome::Tls;
    case K::Timeout: return Outcome::Timeout;
    case K::UnsupportedApiVersion: return Outcome::UnsupportedApiVersion;
    case K::Http:
        if (e.httpStatus == 401) return Outcome::Unauthorized;
        if (e.httpStatus == 403) return Outcome::Forbidden;
        return Outcome::Other;
    default: return Outcome::Other;
    }
}

void ConnectionTester::onReply(const ApiResponse &response)
{
    if (response.error.kind == ApiError::Kind::Cancelled)
        return;
    domain::Identity identity;
    ApiError error = response.error;
    if (error.isNone()) {
        auto decoded = domain::decodeIdentity(std::string_view(response.body.constData(), size_t(response.body.size())));
        if (!decoded) {
            error.kind = ApiError::Kind::Decode;
            error.message = QString::fromStdString(decoded.error().toString());
        } else {
            identity = decoded.value();
            const auto dot = identity.apiVersion.find('.');
            const std::string major = identity.apiVersion.substr(0, dot);
            if (major != std::to_string(kSupportedApiMajor)) {
                error.kind = ApiError::Kind::UnsupportedApiVersion;
                error.message = tr("the platform reports API version %1; this console supports %2.x")
                                    .arg(QString::fromStdString(identity.apiVersion)).arg(kSupportedApiMajor);
            }
        }
    }
    const Outcome outcome = outcomeFor(error);
    const QString message = outcome == Outcome::Ok
        ? tr("Connected as %1 (API %2).").arg(QString::fromStdString(identity.displayName.empty() ? identity.user : identity.displayName),
                                               QString::fromStdString(identity.apiVersion))
        : describe(error);
    Q_EMIT finished(outcome, message, identity);
}

} // namespace keel::api
