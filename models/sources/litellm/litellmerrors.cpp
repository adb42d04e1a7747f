// What the user reads when the proxy fails. The platform client knows only RFC 9457 problem
// bodies and words its messages for "the platform"; LiteLLM answers with a ProxyException
// {"error": {"message", "type", "param", "code"}}, FastAPI's 422 {"detail": [{loc, msg, …}]} or,
// from older handlers, {"detail": {"error": "…"}} (shared/specs/litellm-endpoints.md §0).
#include "litellmjson.h"
#include "litellmsource.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace keel::sources::litellm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("keel::sources::litellm", text);
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// "query.page_size: Input should be less than or equal to 1000"
QString validationIssue(const Json &issue)
{
    QStringList loc;
    if (issue.contains("loc") && issue["loc"].is_array())
        for (const Json &part : issue["loc"])
            loc << (part.is_string() ? q(part.get<std::string>()) : q(part.dump()));
    const QString msg = q(text(issue, "msg"));
    return loc.isEmpty() ? msg : loc.join(u'.') + u": "_s + msg;
}

// The proxy's own sentence from an error body, or "" when the body holds none.
QString vendorMessage(const QByteArray &body)
{
    const Json j = Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return {};
    if (const Json &error = child(j, "error"); !error.empty()) {
        const QString message = q(text(error, "message"));
        const QString type = q(text(error, "type"));
        return type.isEmpty() ? message : message + u" ("_s + type + u")"_s;
    }
    if (j.contains("error") && j["error"].is_string())
        return q(j["error"].get<std::string>());
    const auto detail = j.find("detail");
    if (detail == j.end())
        return {};
    if (detail->is_string())
        return q(detail->get<std::string>());
    if (detail->is_array()) {
        QStringList issues;
        for (const Json &issue : *detail)
            issues << validationIssue(issue);
        return issues.join(u"; ");
    }
    if (detail->is_object()) {
        const QString inner = q(text(*detail, "error"));
        return inner.isEmpty() ? q(text(*detail, "message")) : inner;
    }
    return {};
}

QString whatFailed(const QString &path, const api::ApiResponse &response)
{
    using K = api::ApiError::Kind;
    const api::ApiError &e = response.error;
    switch (e.kind) {
    case K::Http: {
        QString said = vendorMessage(response.body);
        if (said.isEmpty())
            said = tr("no error message in the answer");
        if (e.httpStatus == 401)
            return tr("the key was not accepted (401): %1. Use the proxy's master key or an admin key.").arg(said);
        if (e.httpStatus == 403)
            return tr("the key may not read %1 (403): %2. Keel needs a proxy admin key; other keys see only their own spend.")
                .arg(path, said);
        if (e.httpStatus == 404)
            return tr("%1 was not found (404): %2. Is this a LiteLLM proxy, version 1.96 or later, with its database on?")
                .arg(path, said);
        if (e.httpStatus == 422)
            return tr("%1 refused Keel's parameters (422): %2").arg(path, said);
        return tr("%1 answered %2: %3").arg(path).arg(e.httpStatus).arg(said);
    }
    case K::Connect:
        return tr("could not connect for %1 (%2). Is the proxy running, and is the URL right?").arg(path, e.message);
    case K::NameResolution:
        return tr("the host name could not be resolved (DNS) for %1. Check the URL.").arg(path);
    case K::Timeout:
        return tr("%1 did not answer in time.").arg(path);
    case K::ConnectionDropped:
        return tr("the connection dropped during %1 (%2). The pages before it are kept; sync again to continue.")
            .arg(path, e.message);
    case K::Tls:
        return tr("the secure connection for %1 failed (%2). Check the CA bundle and the proxy's certificate.")
            .arg(path, e.message);
    default:
        return tr("%1 failed: %2").arg(path, api::describe(e));
    }
}

} // namespace

QString describeFailure(const QUrl &baseUrl, const QString &path, const api::ApiResponse &response)
{
    return sourceName(baseUrl) + u": "_s + whatFailed(path, response);
}

api::ConnectionSettings connectionSettings(const QUrl &baseUrl, const QString &adminKey)
{
    api::ConnectionSettings s;
    s.baseUrl = baseUrl;
    s.token = adminKey;
    // A day of daily activity or 1000 spend-log rows is a few MB the proxy builds from its
    // database; give it longer than a platform page.
    s.totalTimeoutMs = 60000;
    return s;
}

} // namespace keel::sources::litellm
