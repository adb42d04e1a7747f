#include "retrypolicy.h"

#include <QLocale>

#include <curl/curl.h>

#include <algorithm>
#include <cmath>

namespace keel::api {

int backoffDelayMs(int attempt, int baseMs, int maxMs, double unit)
{
    attempt = std::clamp(attempt, 0, 30);
    const double ceiling = std::min<double>(maxMs, double(baseMs) * std::pow(2.0, attempt));
    unit = std::clamp(unit, 0.0, 1.0);
    return int(std::floor(ceiling * unit));
}

std::optional<qint64> parseRetryAfterMs(QByteArrayView value, const QDateTime &now)
{
    const QByteArray text = value.trimmed().toByteArray();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(qint64(std::min<qlonglong>(seconds, 86400)) * 1000);
    // RFC 9110 IMF-fixdate ("Wed, 21 Oct 2015 07:28:00 GMT"), always English names, always GMT.
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (!when.isValid())
        when = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    else
        when.setTimeSpec(Qt::UTC);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(when));
}

ApiError::Kind kindForCurlCode(int curlCode)
{
    switch (CURLcode(curlCode)) {
    case CURLE_OK:
        return ApiError::Kind::None;
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
        return ApiError::Kind::InvalidUrl;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return ApiError::Kind::NameResolution;
    case CURLE_COULDNT_CONNECT:
        return ApiError::Kind::Connect;
    case CURLE_OPERATION_TIMEDOUT:
        return ApiError::Kind::Timeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_USE_SSL_FAILED:
        return ApiError::Kind::Tls;
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_BAD_CONTENT_ENCODING:
        return ApiError::Kind::ConnectionDropped;
    case CURLE_ABORTED_BY_CALLBACK:
        return ApiError::Kind::Cancelled;
    default:
        return ApiError::Kind::ConnectionDropped;
    }
}

bool isIdempotent(QByteArrayView method, bool hasIdempotencyKey)
{
    return hasIdempotencyKey || method == "GET" || method == "PUT" || method == "DELETE" || method == "HEAD";
}

bool shouldRetry(ApiError::Kind kind, int httpStatus, bool idempotent)
{
    using K = ApiError::Kind;
    switch (kind) {
    case K::Connect:
        return true; // nothing reached the server
    case K::Timeout:
    case K::ConnectionDropped:
        return idempotent;
    case K::Http:
        if (httpStatus == 429)
            return true; // rejected before any effect
        if (httpStatus == 502 || httpStatus == 503 || httpStatus == 504 || httpStatus == 500)
            return idempotent;
        return false;
    default:
        return false;
    }
}

} // namespace keel::api
