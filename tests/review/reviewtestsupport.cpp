#include "reviewtestsupport.h"

#include <domain/codec.h>

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace keel::test {

api::ConnectionSettings settingsFor(const PlatformProcess &platform, const QString &identity)
{
    api::ConnectionSettings s;
    s.baseUrl = platform.baseUrl();
    s.token = platform.token(identity);
    s.connectTimeoutMs = 2000;
    s.totalTimeoutMs = 10000;
    s.maxRetries = 1;
    s.backoffBaseMs = 50;
    s.backoffMaxMs = 200;
    return s;
}

std::unique_ptr<api::PlatformClient> clientFor(const PlatformProcess &platform, const QString &identity)
{
    return std::make_unique<api::PlatformClient>(settingsFor(platform, identity));
}

api::ApiResponse call(api::PlatformClient &client, api::ApiRequest request, int timeoutMs)
{
    api::ApiReply *reply = client.send(std::move(request));
    QSignalSpy spy(reply, &api::ApiReply::finished);
    if (!spy.wait(timeoutMs)) {
        api::ApiResponse none;
        none.error.kind = api::ApiError::Kind::Timeout;
        none.error.message = u"test: no answer"_s;
        return none;
    }
    return spy.at(0).at(0).value<api::ApiResponse>();
}

api::ApiResponse post(api::PlatformClient &client, const QString &path, const QByteArray &body,
                      const QByteArray &idempotencyKey)
{
    api::ApiRequest r;
    r.method = "POST";
    r.path = path;
    r.body = body;
    r.idempotencyKey = idempotencyKey;
    return call(client, r);
}

QList<domain::FeedbackRecord> feedback(api::PlatformClient &client, bool *ok)
{
    api::ApiRequest r;
    r.path = u"/v1/review/feedback"_s;
    r.accept = "application/x-ndjson";
    const api::ApiResponse resp = call(client, r);
    QList<domain::FeedbackRecord> out;
    if (ok)
        *ok = resp.ok();
    if (!resp.ok()) {
        qWarning("feedback: %s", qPrintable(resp.error.message));
        return out;
    }
    for (const QByteArray &line : resp.body.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        auto rec = domain::decodeFeedbackLine(std::string_view(line.constData(), std::size_t(line.size())));
        if (!rec) {
            qWarning("feedback line: %s", rec.error().toString().c_str());
            if (ok)
                *ok = false;
            continue;
        }
        out.append(rec.value());
    }
    return out;
}

int countFor(const QList<domain::FeedbackRecord> &records, const QString &itemId)
{
    const std::string id = itemId.toStdString();
    return int(std::count_if(records.begin(), records.end(),
                             [&](const domain::FeedbackRecord &r) { return r.itemId == id; }));
}

QList<domain::ReviewItem> pendingItems(api::PlatformClient &client, const QString &queue, int limit)
{
    api::ApiRequest r;
    r.path = u"/v1/review/items"_s;
    r.query = {{u"status"_s, u"pending"_s}, {u"limit"_s, QString::number(limit)}};
    if (!queue.isEmpty())
        r.query.append({u"queue"_s, queue});
    const api::ApiResponse resp = call(client, r);
    QList<domain::ReviewItem> out;
    if (!resp.ok())
        return out;
    auto page = domain::decodeItemPage(std::string_view(resp.body.constData(), std::size_t(resp.body.size())));
    if (page)
        for (auto &it : page.value().items)
            out.append(it);
    return out;
}

} // namespace keel::test
