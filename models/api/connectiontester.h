#pragma once
// "Test connection": one GET /v1/whoami without retries, reported as exactly what failed —
// name resolution, TCP connect, TLS, 401, 403, an unsupported API version (major != 1) — or,
// on success, who we are signed in as.
#include "apitypes.h"

#include <domain/identity.h>

#include <QObject>
#include <QPointer>

namespace keel::api {

class PlatformClient;
class ApiReply;

class ConnectionTester : public QObject {
    Q_OBJECT
public:
    enum class Outcome { Ok, NameResolution, Connect, Tls, Timeout, Unauthorized, Forbidden, UnsupportedApiVersion, Other };
    Q_ENUM(Outcome)

    explicit ConnectionTester(QObject *parent = nullptr);

    // Uses its own PlatformClient built from `settings` (so an unsaved profile can be tested).
    void start(const ConnectionSettings &settings);
    void cancel();

    static Outcome outcomeFor(const ApiError &error);
    static constexpr int kSupportedApiMajor = 1;

Q_SIGNALS:
    // message is one localized sentence saying what failed, or who is signed in.
    void finished(keel::api::ConnectionTester::Outcome outcome, const QString &message,
                  const keel::domain::Identity &identity);

private:
    void onReply(const ApiResponse &response);
    PlatformClient *m_client = nullptr;
    QPointer<ApiReply> m_reply;
};

} // namespace keel::api

Q_DECLARE_METATYPE(keel::domain::Identity)
