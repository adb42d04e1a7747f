#include "apitypes.h"

#include <QCoreApplication>

namespace keel::api {

static QString tr(const char *text)
{
    return QCoreApplication::translate("keel::api", text);
}

QString describe(const ApiError &e)
{
    using K = ApiError::Kind;
    switch (e.kind) {
    case K::None:
        return {};
    case K::Cancelled:
        return tr("The request was cancelled.");
    case K::InvalidUrl:
        return tr("The platform URL is not valid: %1").arg(e.message);
    case K::NameResolution:
        return tr("The platform's host name could not be resolved (DNS). Check the URL and your network.");
    case K::Connect:
        return tr("Could not connect to the platform (TCP): %1. Is it running and reachable?").arg(e.message);
    case K::Tls:
        return tr("The secure connection (TLS) failed: %1. Check the CA bundle and the server certificate.").arg(e.message);
    case K::Timeout:
        return tr("The platform did not answer in time.");
    case K::ConnectionDropped:
        return tr("The connection dropped before the answer was complete: %1").arg(e.message);
    case K::Http:
        if (e.httpStatus == 401)
            return tr("The token was not accepted (401). Sign in again with a valid token.");
        if (e.httpStatus == 403)
            return tr("Your account lacks the role for this (403): %1").arg(e.message);
        return tr("The platform answered %1: %2").arg(e.httpStatus).arg(e.message);
    case K::Decode:
        return tr("The platform's answer could not be read: %1").arg(e.message);
    case K::UnsupportedApiVersion:
        return tr("The platform speaks an API version this console does not support: %1").arg(e.message);
    }
    return e.message;
}

} // namespace keel::api
