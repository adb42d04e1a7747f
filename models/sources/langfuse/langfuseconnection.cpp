#include "langfuseconnection.h"

#include "api/retrypolicy.h"

#include <clock.h>

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace keel::sources::langfuse {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("keel::sources::langfuse", text);
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// "value: Value must be a number …; name: Required"
QString zodIssues(const Json &issues)
{
    QStringList out;
    for (const Json &issue : issues) {
        if (!issue.is_object())
            continue;
        QStringList path;
        if (issue.contains("path") && issue["path"].is_array())
            for (const Json &part : issue["path"])
                path << (part.is_string() ? q(part.get<std::string>()) : q(part.dump()));
        const QString message = q(text(issue, "message"));
        out << (path.isEmpty() ? message : path.join(u'.') + u": "_s + message);
    }
    return out.join(u"; "_s);
}

QString vendorMessage(const QByteArray &body)
{
    const Json j = parse(body);
    if (!j.is_object())
        return {};
    QString said = q(text(j, "message"));
    if (j.contains("error") && j["error"].is_array()) {
        const QString issues = zodIssues(j["error"]);
        if (!issues.isEmpty())
            said += (said.isEmpty() ? QString() : u": "_s) + issues;
    }
    return said;
}

} // namespace

api::ConnectionSettings connectionSettings(const QUrl &baseUrl, const QString &publicKey, const QString &secretKey)
{
    api::ConnectionSettings s;
    s.baseUrl = baseUrl;
    s.basicAuthUser = publicKey;
    s.token = secretKey;
    return s;
}

QString sourceName(const QUrl &baseUrl)
{
    QUrl url = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    if (url.path() == u"/"_s)
        url.setPath(QString());
    return tr("Langfuse at %1").arg(url.toDisplayString());
}

QString describeFailure(const QUrl &baseUrl, const QString &what, const api::ApiResponse &response)
{
    using K = api::ApiError::Kind;
    const api::ApiError &e = response.error;
    QString detail;
    switch (e.kind) {
    case K::Http: {
        QString said = vendorMessage(response.body);
        if (said.isEmpty())
            said = tr("no error message in the answer");
        if (e.httpStatus == 401)
            detail = tr("the API keys were not accepted (401): %1. Check the public and secret key of the project.")
                         .arg(said);
        else if (e.httpStatus == 403)
            detail = tr("the API keys may not %1 (403): %2. Use a project's keys, not an organization's.").arg(what, said);
        else if (e.httpStatus == 429)
            detail = tr("too many requests to %1 (429): %2. Keel tries again after the server's Retry-After.")
                         .arg(what, said);
        else if (e.httpStatus >= 500)
            detail = tr("the server failed to %1 (HTTP %2): %3. Nothing is lost; Keel tries again.")
                         .arg(what).arg(e.httpStatus).arg(said);
        else
            detail = tr("could not %1 (HTTP %2): %3").arg(what).arg(e.httpStatus).arg(said);
        break;
    }
    case K::Connect:
        detail = tr("could not connect to %1 (%2). Is the server running, and is the URL right?").arg(what, e.message);
        break;
    case K::NameResolution:
        detail = tr("the host name could not be resolved (DNS) to %1. Check the URL.").arg(what);
        break;
    case K::Timeout:
        detail = tr("no answer in time to %1.").arg(what);
        break;
    case K::Tls:
        detail = tr("the secure connection failed to %1 (%2). Check the CA bundle and the server's certificate.")
                     .arg(what, e.message);
        break;
    default:
        detail = tr("could not %1: %2").arg(what, api::describe(e));
        break;
    }
    return sourceName(baseUrl) + u": "_s + detail;
}

QString describeUnreadable(const QUrl &baseUrl, const QString &what, const QString &detail)
{
    return sourceName(baseUrl) + u": "_s + tr("the answer to %1 could not be read: %2").arg(what, detail);
}

bool isTransient(const api::ApiResponse &r)
{
    using K = api::ApiError::Kind;
    switch (r.error.kind) {
    case K::None:
        return false;
    case K::Http:
        return r.httpStatus >= 500 || r.httpStatus == 429 || r.httpStatus == 408;
    case K::Decode:
    case K::InvalidUrl:
    case K::UnsupportedApiVersion:
        return false;
    default:
        return true;
    }
}

qint64 retryAfterMs(const api::ApiResponse &r)
{
    if (r.retryAfter.isEmpty())
        return 0;
    return api::parseRetryAfterMs(r.retryAfter, keel::clock::nowUtc()).value_or(0);
}

std::string text(const Json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Json parse(const QByteArray &body)
{
    return Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
}

QString itemKey(const std::string &queueId, const std::string &itemId)
{
    return q(queueId) + u':' + q(itemId);
}

bool splitItemKey(const QString &key, QString *queueId, QString *itemId)
{
    const qsizetype colon = key.indexOf(u':');
    if (colon <= 0 || colon == key.size() - 1)
        return false;
    *queueId = key.left(colon);
    *itemId = key.mid(colon + 1);
    return true;
}

} // namespace keel::sources::langfuse
