#include "spendfixture.h"

#include "platformapi.h"

#include <api/platformclient.h>
#include <domain/codec.h>
#include <store/cachewriters.h>
#include <store/store.h>

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace keel::test {

QByteArray spendGet(const QUrl &baseUrl, const QString &token, const QString &path,
                    const QList<QPair<QString, QString>> &query)
{
    return getJson(baseUrl, token, path, query, nullptr, 120000);
}

namespace {
template <typename Decode, typename Item>
bool fetchPages(const QUrl &base, const QString &token, const QString &path, QList<QPair<QString, QString>> query,
                Decode decode, std::vector<Item> &out)
{
    QString cursor;
    for (int guard = 0; guard < 100000; ++guard) {
        QList<QPair<QString, QString>> q = query;
        if (!cursor.isEmpty())
            q.append({u"cursor"_s, cursor});
        const QByteArray body = spendGet(base, token, path, q);
        if (QTest::currentTestFailed())
            return false;
        auto page = decode(std::string_view(body.constData(), std::size_t(body.size())),
                           domain::DecodeLimits{.maxItemsPerPage = 10000});
        if (!page) {
            QTest::qFail(page.error().toString().c_str(), __FILE__, __LINE__);
            return false;
        }
        for (auto &r : page.value().items)
            out.push_back(std::move(r));
        if (!page.value().nextCursor)
            return true;
        cursor = QString::fromStdString(*page.value().nextCursor);
    }
    return false;
}
} // namespace

SpendData fetchSpendData(const QUrl &baseUrl, const QString &token)
{
    SpendData d;
    if (!fetchPages(baseUrl, token, u"/v1/telemetry/requests"_s, {{u"limit"_s, u"5000"_s}},
                    domain::decodeRequestPage, d.requests))
        return d;
    if (!fetchPages(baseUrl, token, u"/v1/spend"_s,
                    {{u"granularity"_s, u"day"_s},
                     {u"group_by"_s, u"model,provider,use_case,team,customer_segment,route,prompt_template"_s},
                     {u"from"_s, u"2000-01-01T00:00:00Z"_s},
                     {u"to"_s, u"2100-01-01T00:00:00Z"_s},
                     {u"limit"_s, u"10000"_s}},
                    domain::decodeSpendPage, d.spend))
        return d;
    fetchPages(baseUrl, token, u"/v1/budgets"_s, {}, domain::decodeBudgetPage, d.budgets);
    return d;
}

bool writeStore(const QString &path, const SpendData &data, QString *error)
{
    store::Store st(path);
    QString failure;
    st.write([&data](store::Db &db) {
        store::upsertRequests(db, data.requests);
        store::upsertSpendRows(db, data.spend);
        store::replaceBudgets(db, data.budgets, true);
    }, nullptr, [&failure](const QString &e) { failure = e; });
    st.flush();
    if (error)
        *error = failure;
    return failure.isEmpty();
}

domain::SpendRow spendRow(qint64 dayMs, const char *model, const char *useCase, const char *team,
                          const char *segment, qint64 costMicros, qint64 requests, const char *route,
                          const char *promptTemplate, const char *provider)
{
    domain::SpendRow r;
    r.periodStart = dayMs;
    r.granularity = "day";
    r.model = model;
    r.useCase = useCase;
    r.team = team;
    r.customerSegment = segment;
    r.route = route;
    r.promptTemplate = promptTemplate;
    r.provider = provider;
    r.costMicros = costMicros;
    r.cacheSavingsMicros = costMicros / 10;
    r.requests = requests;
    r.inputTokens = requests * 100;
    r.outputTokens = requests * 50;
    r.cachedTokens = requests * 10;
    return r;
}

domain::RequestRecord requestRecord(const QString &id, qint64 ts, const char *model, const char *useCase,
                                    const char *team, const char *segment, const char *route,
                                    const char *promptTemplate, qint64 costMicros)
{
    domain::RequestRecord r;
    r.id = id.toStdString();
    r.ts = ts;
    r.correlationId = "c-" + id.toStdString();
    r.model = model;
    r.provider = "openai";
    r.useCase = useCase;
    r.team = team;
    r.customerSegment = segment;
    r.route = route;
    r.promptTemplate = promptTemplate;
    r.costMicros = costMicros;
    r.inputTokens = 100;
    r.outputTokens = 50;
    r.status = "ok";
    return r;
}

} // namespace keel::test
