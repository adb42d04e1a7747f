#include "coretesthelpers.h"

#include "store/database.h"

#include <domain/codec.h>

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace keel::test {

api::ConnectionSettings settingsFor(const PlatformProcess &platform, const QString &identity, int totalTimeoutMs)
{
    api::ConnectionSettings s;
    s.baseUrl = platform.baseUrl();
    s.token = platform.token(identity);
    s.totalTimeoutMs = totalTimeoutMs;
    s.backoffBaseMs = 20;
    s.backoffMaxMs = 200;
    s.maxRetries = 6;
    return s;
}

api::ApiResponse sendAndWait(api::PlatformClient &client, api::ApiRequest request, int timeoutMs)
{
    auto *reply = client.send(std::move(request));
    QSignalSpy spy(reply, &api::ApiReply::finished);
    if (!spy.wait(timeoutMs)) {
        api::ApiResponse r;
        r.error.kind = api::ApiError::Kind::Timeout;
        r.error.message = u"test wait expired"_s;
        return r;
    }
    return spy.first().first().value<api::ApiResponse>();
}

QMap<QString, qint64> serverRequests(api::PlatformClient &client, QString *error, RequestValue value)
{
    QMap<QString, qint64> all;
    std::optional<std::string> cursor;
    do {
        api::ApiRequest r;
        r.path = u"/v1/telemetry/requests"_s;
        r.query = {{u"limit"_s, u"5000"_s}};
        if (cursor)
            r.query.append({u"cursor"_s, QString::fromStdString(*cursor)});
        const auto res = sendAndWait(client, r);
        if (!res.ok()) {
            *error = api::describe(res.error);
            return {};
        }
        auto page = domain::decodeRequestPage(std::string_view(res.body.constData(), size_t(res.body.size())));
        if (!page) {
            *error = QString::fromStdString(page.error().toString());
            return {};
        }
        for (const auto &rec : page.value().items)
            all.insert(QString::fromStdString(rec.id), value == RequestValue::Ts ? rec.ts : rec.costMicros);
        cursor = page.value().nextCursor;
    } while (cursor);
    return all;
}

QMap<QString, qint64> cachedRequests(const QString &dbPath, RequestValue value)
{
    QMap<QString, qint64> all;
    auto db = store::openForReading(dbPath);
    store::Stmt s(db->handle(), value == RequestValue::Ts ? "SELECT id, ts FROM requests" : "SELECT id, cost_micros FROM requests");
    while (s.step())
        all.insert(s.qtext(0), s.int64(1));
    return all;
}

QString integrityCheck(const QString &dbPath)
{
    auto db = store::openForReading(dbPath);
    store::Stmt s(db->handle(), "PRAGMA integrity_check");
    return s.step() ? s.qtext(0) : u"no answer"_s;
}

qint64 countRows(const QString &dbPath, const char *table)
{
    auto db = store::openForReading(dbPath);
    return db->scalar(std::string("SELECT count(*) FROM ") + table);
}

bool setFaults(api::PlatformClient &adminClient, const QByteArray &json)
{
    api::ApiRequest r;
    r.method = "PUT";
    r.path = u"/v1/admin/faults"_s;
    r.body = json;
    return sendAndWait(adminClient, r).ok();
}

} // namespace keel::test
