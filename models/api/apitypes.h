#pragma once
// Value types of the platform client: what a caller asks, what comes back, what went wrong.
#include <domain/problem.h>

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

namespace keel::api {

struct ConnectionSettings {
    QUrl baseUrl;                 // e.g. http://127.0.0.1:8080 (no trailing /v1)
    QString token;                // bearer token; never logged, never written to QSettings
    // When set, "Authorization: Basic base64(basicAuthUser:token)" goes out instead of the bearer
    // token (Langfuse: public key as the user, secret key as the token).
    QString basicAuthUser;
    QString caBundlePath;         // custom CA bundle (PEM); empty = system store
    bool verifyTls = true;        // only an explicit, visible user choice turns this off
    int connectTimeoutMs = 5000;
    int totalTimeoutMs = 30000;   // per attempt
    int maxRetries = 4;           // for idempotent requests (GET, or POST with an Idempotency-Key)
    int backoffBaseMs = 200;      // exponential backoff with full jitter, capped at backoffMaxMs
    int backoffMaxMs = 10000;
};

struct ApiRequest {
    QByteArray method = "GET";    // GET | POST | PUT | DELETE
    QString path;                 // "/v1/review/items/it_1/claim"
    QList<QPair<QString, QString>> query; // percent-encoded by the client
    QByteArray body;              // JSON; Content-Length always sent (also 0)
    QByteArray idempotencyKey;    // sent as Idempotency-Key; makes a POST retryable
    QByteArray accept = "application/json";
    int timeoutMsOverride = 0;    // 0 = settings.totalTimeoutMs
};

struct ApiError {
    enum class Kind {
        None,
        Cancelled,
        InvalidUrl,
        NameResolution,  // DNS
        Connect,         // TCP refused / unreachable
        Tls,             // handshake, certificate, CA bundle
        Timeout,         // connect or total timeout
        ConnectionDropped, // peer closed mid-response, partial body
        Http,            // a 4xx/5xx answer; problem holds the server's problem+json
        Decode,          // a 2xx answer whose body did not decode (message names resource and field)
        UnsupportedApiVersion,
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;              // one sentence a person can act on
    keel::domain::Problem problem;
    int attempts = 0;
    bool isNone() const { return kind == Kind::None; }
};

struct ApiResponse {
    int httpStatus = 0;
    QByteArray body;              // raw body; bulk pages are decoded off the GUI thread
    QByteArray contentType;
    QByteArray requestId;         // X-Request-Id we sent (also logged by keel-platform)
    QByteArray retryAfter;
    ApiError error;               // kind None on 2xx
    double elapsedMs = 0;
    bool ok() const { return error.isNone(); }
};

QString describe(const ApiError &error); // localized, user-facing text

} // namespace keel::api

Q_DECLARE_METATYPE(keel::api::ApiResponse)
