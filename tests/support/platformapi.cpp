#include "platformapi.h"

#include <api/platformclient.h>
#include <domain/codec.h>

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace keel::test {

QByteArray getJson(const QUrl &baseUrl, const QString &token, const QString &path,
                   const QList<QPair<QString, QString>> &query, int *httpStatus, int timeoutMs)
{
    api::ConnectionSettings s;
    s.baseUrl = baseUrl;
    s.token = token;
    api::PlatformClient client(s);
    api::ApiRequest req;
    req.path = path;
    req.query = query;
    auto *reply = client.send(req);
    QSignalSpy spy(reply, &api::ApiReply::finished);
    if (!spy.wait(timeoutMs)) {
        QTest::qFail(qPrintable(u"no answer within %1 s"_s.arg(timeoutMs / 1000)), __FILE__, __LINE__);
        return {};
    }
    const auto r = reply->response();
    if (httpStatus)
        *httpStatus = r.httpStatus;
    else if (!r.ok())
        QTest::qFail(qPrintable(u"GET %1 failed: %2"_s.arg(path, r.error.message)), __FILE__, __LINE__);
    return r.body;
}

std::vector<domain::RequestRecord> fetchAllRequests(const QUrl &baseUrl, const QString &token)
{
    std::vector<domain::RequestRecord> out;
    QString cursor;
    for (int guard = 0; guard < 100000; ++guard) {
        QList<QPair<QString, QString>> query{{u"limit"_s, u"5000"_s}};
        if (!cursor.isEmpty())
            query.append({u"cursor"_s, cursor});
        const QByteArray body = getJson(baseUrl, token, u"/v1/telemetry/requests"_s, query);
        if (QTest::currentTestFailed())
            return {};
        auto page = domain::decodeRequestPage(std::string_view(body.constData(), std::size_t(body.size())),
                                              domain::DecodeLimits{.maxItemsPerPage = 5000});
        if (!page) {
            QTest::qFail(page.error().toString().c_str(), __FILE__, __LINE__);
            return {};
        }
        for (auto &r : page.value().items)
            out.push_back(std::move(r));
        if (!page.value().nextCursor)
            break;
        cursor = QString::fromStdString(*page.value().nextCursor);
    }
    return out;
}

} // namespace keel::test
