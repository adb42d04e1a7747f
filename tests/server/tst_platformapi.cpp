// Every read route of keel-platform over real HTTP: auth per role, shapes (decoded with the
// console's own codecs), paging to the end, exact money sums, /metrics, request ids.
#include "apiclient.h"

#include <domain/codec.h>
#include <domain/timeutil.h>

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <map>
#include <set>
#include <tuple>

using namespace Qt::StringLiterals;
using keel::test::ApiClient;
using keel::test::ApiReply;
using keel::test::qs;

class TstPlatformApi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void unauthenticated_data();
    void unauthenticated();
    void roles_data();
    void roles();
    void whoami();
    void everyReadRouteDecodes_data();
    void everyReadRouteDecodes();
    void requestsPageToTheEnd();
    void requestsSinceUntil();
    void reviewItemsPageToTheEnd();
    void spendSumsAreExact();
    void spendRollupsMatchRawRequests();
    void hourlySpendMatchesDaily();
    void requestsFilteredForDrillDown();
    void sloStatusForEverySlo();
    void traceOfAnEscalatedRequest();
    void metricsExposition();
    void metricsPassPromtool();
    void requestIdEchoed();

private:
    std::unique_ptr<keel::test::PlatformProcess> m_platform;
    std::unique_ptr<ApiClient> m_api;
};

void TstPlatformApi::initTestCase()
{
    m_platform = std::make_unique<keel::test::PlatformProcess>();
    QVERIFY2(m_platform->start(), qPrintable(m_platform->errorString()));
    m_api = std::make_unique<ApiClient>(*m_platform);
    for (const auto &who : {u"reviewer-1"_s, u"reviewer-2"_s, u"finops"_s, u"council"_s, u"admin"_s})
        QVERIFY2(!m_platform->token(who).isEmpty(), qPrintable(who));
}

void TstPlatformApi::cleanupTestCase()
{
    m_api.reset();
    m_platform.reset();
}

void TstPlatformApi::unauthenticated_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("authorization");
    QTest::addRow("no header") << u"/v1/whoami"_s << QString();
    QTest::addRow("wrong token") << u"/v1/review/queues"_s << u"Bearer nope-not-a-token"_s;
    QTest::addRow("basic scheme") << u"/v1/spend"_s << u"Basic YWRtaW46YWRtaW4="_s;
    QTest::addRow("empty bearer") << u"/v1/slos"_s << u"Bearer "_s;
}

void TstPlatformApi::unauthenticated()
{
    QFETCH(QString, path);
    QFETCH(QString, authorization);
    httplib::Headers h;
    if (!authorization.isEmpty())
        h.emplace("Authorization", authorization.toStdString());
    const ApiReply r = m_api->raw("GET", path.toStdString(), h, {});
    QCOMPARE(r.status, 401);
    QVERIFY(r.header("WWW-Authenticate").rfind("Bearer", 0) == 0);
    QCOMPARE(qs(r.header("Content-Type")), u"application/problem+json"_s);
    QCOMPARE(r.json().value("status", 0), 401);
}

void TstPlatformApi::roles_data()
{
    QTest::addColumn<QString>("identity");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addRow("reviewer cannot read spend") << u"reviewer-1"_s << u"GET"_s << u"/v1/spend"_s << 403;
    QTest::addRow("reviewer cannot read budgets") << u"reviewer-2"_s << u"GET"_s << u"/v1/budgets"_s << 403;
    QTest::addRow("finops reads spend") << u"finops"_s << u"GET"_s << u"/v1/spend"_s << 200;
    QTest::addRow("council reads budgets") << u"council"_s << u"GET"_s << u"/v1/budgets"_s << 200;
    QTest::addRow("finops cannot claim") << u"finops"_s << u"POST"_s << u"/v1/review/items/it_000001/claim"_s << 403;
    QTest::addRow("council cannot claim") << u"council"_s << u"POST"_s << u"/v1/review/items/it_000001/claim"_s << 403;
    QTest::addRow("finops cannot decide") << u"finops"_s << u"POST"_s << u"/v1/review/items/it_000001/decision"_s << 403;
    QTest::addRow("council cannot decide") << u"council"_s << u"POST"_s << u"/v1/review/items/it_000001/decision"_s << 403;
    QTest::addRow("reviewer cannot set faults") << u"reviewer-1"_s << u"PUT"_s << u"/v1/admin/faults"_s << 403;
    QTest::addRow("finops cannot read audit") << u"finops"_s << u"GET"_s << u"/v1/admin/audit"_s << 403;
    QTest::addRow("admin reads spend") << u"admin"_s << u"GET"_s << u"/v1/spend"_s << 200;
    QTest::addRow("admin reads audit") << u"admin"_s << u"GET"_s << u"/v1/admin/audit"_s << 200;
    QTest::addRow("reviewer reads queues") << u"reviewer-1"_s << u"GET"_s << u"/v1/review/queues"_s << 200;
    QTest::addRow("finops reads queues") << u"finops"_s << u"GET"_s << u"/v1/review/queues"_s << 200;
}

void TstPlatformApi::roles()
{
    QFETCH(QString, identity);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    const ApiReply r = method == u"GET"_s ? m_api->get(path.toStdString(), identity)
        : method == u"PUT"_s               ? m_api->put(path.toStdString(), identity, "{}")
                                           : m_api->post(path.toStdString(), identity, "{}", {{"Idempotency-Key", "k-roles"}});
    QCOMPARE(r.status, status);
    if (status == 403) {
        QCOMPARE(qs(r.header("Content-Type")), u"application/problem+json"_s);
        QCOMPARE(r.json().value("status", 0), 403);
    }
}

void TstPlatformApi::whoami()
{
    for (const auto &who : {u"reviewer-1"_s, u"finops"_s, u"council"_s, u"admin"_s}) {
        const ApiReply r = m_api->get("/v1/whoami", who);
        QCOMPARE(r.status, 200);
        const auto id = keel::domain::decodeIdentity(r.body);
        QVERIFY2(id.ok(), id.ok() ? "" : id.error().toString().c_str());
        QCOMPARE(qs(id.value().user), who);
        QCOMPARE(qs(id.value().apiVersion), u"1.1"_s);
        QCOMPARE(id.value().roles.size(), std::size_t(1));
    }
}

void TstPlatformApi::everyReadRouteDecodes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("requests") << u"/v1/telemetry/requests?limit=50"_s;
    QTest::addRow("series request_rate") << u"/v1/telemetry/series?metric=request_rate&step=3600"_s;
    QTest::addRow("series error_rate by route") << u"/v1/telemetry/series?metric=error_rate&step=3600&group_by=route"_s;
    QTest::addRow("series p50") << u"/v1/telemetry/series?metric=latency_p50_ms&step=86400"_s;
    QTest::addRow("series p95 by model") << u"/v1/telemetry/series?metric=latency_p95_ms&step=21600&group_by=model"_s;
    QTest::addRow("series p99") << u"/v1/telemetry/series?metric=latency_p99_ms&step=3600"_s;
    QTest::addRow("series ttft") << u"/v1/telemetry/series?metric=ttft_p95_ms&step=3600&group_by=use_case"_s;
    QTest::addRow("series tokens") << u"/v1/telemetry/series?metric=tokens_per_s&step=3600&group_by=team"_s;
    QTest::addRow("series cost") << u"/v1/telemetry/series?metric=cost_per_hour_micros&step=3600&group_by=status"_s;
    QTest::addRow("spend") << u"/v1/spend?granularity=week&group_by=model,team"_s;
    QTest::addRow("budgets") << u"/v1/budgets"_s;
    QTest::addRow("slos") << u"/v1/slos"_s;
    QTest::addRow("queues") << u"/v1/review/queues"_s;
    QTest::addRow("items") << u"/v1/review/items?status=pending&limit=20"_s;
    QTest::addRow("item") << u"/v1/review/items/it_000001"_s;
}

void TstPlatformApi::everyReadRouteDecodes()
{
    QFETCH(QString, path);
    const ApiReply r = m_api->get(path.toStdString(), u"admin"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.header("X-Request-Id").empty());
    using namespace keel::domain;
    const std::string p = path.toStdString();
    std::optional<DecodeError> error;
    auto check = [&](const auto &decoded) {
        if (!decoded.ok())
            error = decoded.error();
    };
    if (p.rfind("/v1/telemetry/requests", 0) == 0) check(decodeRequestPage(r.body));
    else if (p.rfind("/v1/telemetry/series", 0) == 0) {
        const auto s = decodeSeries(r.body);
        check(s);
        if (s.ok()) {
            QVERIFY(!s.value().series.empty());
            QVERIFY(!s.value().series.front().points.empty());
        }
    } else if (p.rfind("/v1/spend", 0) == 0) check(decodeSpendPage(r.body));
    else if (p.rfind("/v1/budgets", 0) == 0) {
        const auto b = decodeBudgetPage(r.body);
        check(b);
        if (b.ok()) {
            std::set<std::string> kinds;
            for (const auto &x : b.value().items)
                kinds.insert(x.scopeKind);
            QCOMPARE(kinds, (std::set<std::string>{"model", "team", "use_case"}));
        }
    } else if (p.rfind("/v1/slos", 0) == 0) check(decodeSloPage(r.body));
    else if (p.rfind("/v1/review/queues", 0) == 0) {
        const auto q = decodeQueuePage(r.body);
        check(q);
        if (q.ok())
            QCOMPARE(q.value().items.size(), std::size_t(4));
    } else if (p.rfind("/v1/review/items/", 0) == 0) check(decodeItem(r.body));
    else if (p.rfind("/v1/review/items", 0) == 0) {
        const auto page = decodeItemPage(r.body);
        check(page);
        if (page.ok()) {
            QVERIFY(!page.value().items.empty());
            for (const auto &it : page.value().items)
                QCOMPARE(qs(it.status), u"pending"_s);
        }
    }
    QVERIFY2(!error, error ? error->toString().c_str() : "");
}

void TstPlatformApi::requestsPageToTheEnd()
{
    std::set<std::string> ids;
    std::int64_t lastTs = 0;
    std::string lastId;
    std::string path = "/v1/telemetry/requests?limit=1500";
    int pages = 0;
    while (true) {
        const ApiReply r = m_api->get(path, u"council"_s);
        QCOMPARE(r.status, 200);
        const auto page = keel::domain::decodeRequestPage(r.body);
        QVERIFY2(page.ok(), page.ok() ? "" : page.error().toString().c_str());
        for (const auto &rec : page.value().items) {
            QVERIFY2(ids.insert(rec.id).second, rec.id.c_str()); // no repeats
            QVERIFY(rec.ts > lastTs || (rec.ts == lastTs && rec.id > lastId)); // ordered by (ts, id)
            lastTs = rec.ts;
            lastId = rec.id;
        }
        ++pages;
        if (!page.value().nextCursor)
            break;
        path = "/v1/telemetry/requests?limit=1500&cursor=" + *page.value().nextCursor;
    }
    QVERIFY(pages > 5);
    // No gaps: ids are dense rq_1..rq_N, and N matches the inference counters on /metrics.
    QCOMPARE(qs(*ids.rbegin()).mid(3).toLongLong(), static_cast<qint64>(ids.size()));
    const std::string metrics = m_api->get("/metrics", {}).body;
    std::int64_t counted = 0;
    std::size_t pos = 0;
    while ((pos = metrics.find("keel_inference_requests_total{", pos)) != std::string::npos) {
        const auto space = metrics.find("} ", pos);
        counted += std::stoll(metrics.substr(space + 2, metrics.find('\n', space) - space - 2));
        pos = space;
    }
    QCOMPARE(counted, static_cast<std::int64_t>(ids.size()));
}

void TstPlatformApi::requestsSinceUntil()
{
    const ApiReply first = m_api->get("/v1/telemetry/requests?limit=1", u"admin"_s);
    const auto page = keel::domain::decodeRequestPage(first.body);
    QVERIFY(page.ok());
    const std::int64_t start = page.value().items.front().ts;
    const std::string since = keel::domain::formatRfc3339(start + 3600'000);
    const std::string until = keel::domain::formatRfc3339(start + 2 * 3600'000);
    const ApiReply r = m_api->get("/v1/telemetry/requests?limit=5000&since=" + since + "&until=" + until, u"admin"_s);
    QCOMPARE(r.status, 200);
    const auto window = keel::domain::decodeRequestPage(r.body);
    QVERIFY(window.ok());
    QVERIFY(!window.value().items.empty());
    for (const auto &rec : window.value().items) {
        QVERIFY(rec.ts >= start + 3600'000);
        QVERIFY(rec.ts < start + 2 * 3600'000);
    }
}

void TstPlatformApi::reviewItemsPageToTheEnd()
{
    const auto queues = keel::domain::decodeQueuePage(m_api->get("/v1/review/queues", u"reviewer-1"_s).body);
    QVERIFY(queues.ok());
    std::int64_t expected = 0;
    for (const auto &q : queues.value().items)
        expected += q.pending + q.claimed + q.decided + q.escalated;
    std::set<std::string> ids;
    std::string path = "/v1/review/items?limit=17";
    while (true) {
        const ApiReply r = m_api->get(path, u"reviewer-1"_s);
        QCOMPARE(r.status, 200);
        const auto page = keel::domain::decodeItemPage(r.body);
        QVERIFY2(page.ok(), page.ok() ? "" : page.error().toString().c_str());
        for (const auto &it : page.value().items)
            QVERIFY2(ids.insert(it.id).second, it.id.c_str());
        if (!page.value().nextCursor)
            break;
        path = "/v1/review/items?limit=17&cursor=" + *page.value().nextCursor;
    }
    QCOMPARE(static_cast<std::int64_t>(ids.size()), expected);
    QVERIFY(expected > 50);
}

void TstPlatformApi::spendSumsAreExact()
{
    std::map<std::string, std::int64_t> totals;
    for (const char *query : {"granularity=day", "granularity=week", "granularity=month",
                              "granularity=day&group_by=model,use_case,team,customer_segment",
                              "granularity=month&group_by=use_case"}) {
        const ApiReply r = m_api->get(std::string("/v1/spend?limit=10000&") + query, u"finops"_s);
        QCOMPARE(r.status, 200);
        const auto page = keel::domain::decodeSpendPage(r.body);
        QVERIFY2(page.ok(), page.ok() ? "" : page.error().toString().c_str());
        QVERIFY(!page.value().nextCursor);
        std::int64_t sum = 0;
        for (const auto &row : page.value().items)
            sum += row.costMicros;
        totals[query] = sum;
    }
    const std::int64_t reference = totals.begin()->second;
    QVERIFY(reference > 0);
    for (const auto &[query, sum] : totals)
        QVERIFY2(sum == reference, query.c_str());
}

namespace {
std::vector<keel::domain::RequestRecord> allRequests(const ApiClient &api, const std::string &query = {})
{
    std::vector<keel::domain::RequestRecord> out;
    std::string path = "/v1/telemetry/requests?limit=5000" + query;
    for (int guard = 0; guard < 1000; ++guard) {
        const ApiReply r = api.get(path, u"finops"_s);
        if (r.status != 200)
            return {};
        auto page = keel::domain::decodeRequestPage(r.body, keel::domain::DecodeLimits{.maxItemsPerPage = 5000});
        if (!page.ok())
            return {};
        for (auto &rec : page.value().items)
            out.push_back(std::move(rec));
        if (!page.value().nextCursor)
            break;
        path = "/v1/telemetry/requests?limit=5000" + query + "&cursor=" + *page.value().nextCursor;
    }
    return out;
}
} // namespace

void TstPlatformApi::spendRollupsMatchRawRequests()
{
    // Every dimension a dashboard groups by, summed per day from the raw requests, is what the
    // roll-up answers (API 1.1: provider, route, prompt_template besides the original four).
    const auto requests = allRequests(*m_api);
    QVERIFY(requests.size() > 10000);
    using Key = std::tuple<std::int64_t, std::string, std::string, std::string>;
    std::map<Key, std::pair<std::int64_t, std::int64_t>> expected; // cost, requests
    for (const auto &r : requests) {
        auto &cell = expected[{r.ts - r.ts % 86'400'000, r.provider, r.route, r.promptTemplate}];
        cell.first += r.costMicros;
        cell.second += 1;
    }
    const ApiReply reply = m_api->get("/v1/spend?limit=10000&granularity=day&group_by=provider,route,prompt_template", u"finops"_s);
    QCOMPARE(reply.status, 200);
    const auto page = keel::domain::decodeSpendPage(reply.body);
    QVERIFY2(page.ok(), page.ok() ? "" : page.error().toString().c_str());
    std::map<Key, std::pair<std::int64_t, std::int64_t>> actual;
    for (const auto &row : page.value().items) {
        QVERIFY(row.model.empty()); // not grouped by: absent
        actual[{row.periodStart, row.provider, row.route, row.promptTemplate}] = {row.costMicros, row.requests};
    }
    QCOMPARE(actual.size(), expected.size());
    QVERIFY(actual == expected);
    std::set<std::string> templates;
    for (const auto &[key, cell] : actual)
        templates.insert(std::get<3>(key));
    QVERIFY(templates.count("claims-triage@v8")); // the spike's release is its own row

    const ApiReply bad = m_api->get("/v1/spend?group_by=region", u"finops"_s);
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.body.find("prompt_template") != std::string::npos); // the answer lists what is allowed
}

void TstPlatformApi::hourlySpendMatchesDaily()
{
    const ApiReply daily = m_api->get("/v1/spend?limit=10000&granularity=day&group_by=team", u"finops"_s);
    QCOMPARE(daily.status, 200);
    const auto days = keel::domain::decodeSpendPage(daily.body);
    QVERIFY(days.ok());
    QVERIFY(!days.value().items.empty());
    // The hours of one whole day add up to that day, per team.
    const std::int64_t day = days.value().items[days.value().items.size() / 2].periodStart;
    std::map<std::string, std::int64_t> dayCost, hourCost;
    for (const auto &row : days.value().items)
        if (row.periodStart == day)
            dayCost[row.team] += row.costMicros;
    const std::string from = keel::domain::formatRfc3339(day), to = keel::domain::formatRfc3339(day + 86'400'000);
    const ApiReply hourly = m_api->get("/v1/spend?limit=10000&granularity=hour&group_by=team&from=" + from + "&to=" + to,
                                       u"finops"_s);
    QCOMPARE(hourly.status, 200);
    const auto hours = keel::domain::decodeSpendPage(hourly.body);
    QVERIFY2(hours.ok(), hours.ok() ? "" : hours.error().toString().c_str());
    std::set<std::int64_t> starts;
    for (const auto &row : hours.value().items) {
        QCOMPARE(qs(row.granularity), u"hour"_s);
        QCOMPARE(row.periodStart % 3'600'000, std::int64_t(0));
        starts.insert(row.periodStart);
        hourCost[row.team] += row.costMicros;
    }
    QCOMPARE(starts.size(), std::size_t(24));
    QVERIFY(hourCost == dayCost);
    // Hourly answers are for dashboards, not bulk exports.
    QCOMPARE(m_api->get("/v1/spend?granularity=hour&from=2026-01-01&to=2026-06-01", u"finops"_s).status, 400);
}

void TstPlatformApi::requestsFilteredForDrillDown()
{
    const auto all = allRequests(*m_api);
    QVERIFY(!all.empty());
    const auto &probe = all[all.size() / 3];
    const std::int64_t day = probe.ts - probe.ts % 86'400'000;
    const std::string range = "&since=" + keel::domain::formatRfc3339(day) + "&until=" + keel::domain::formatRfc3339(day + 86'400'000);
    const std::string filter = "&model=" + probe.model + "&team=" + probe.team + "&use_case=" + probe.useCase
        + "&customer_segment=" + probe.customerSegment;
    const auto filtered = allRequests(*m_api, range + filter);
    std::size_t expected = 0;
    for (const auto &r : all)
        if (r.ts >= day && r.ts < day + 86'400'000 && r.model == probe.model && r.team == probe.team
            && r.useCase == probe.useCase && r.customerSegment == probe.customerSegment)
            ++expected;
    QVERIFY(expected > 0);
    QCOMPARE(filtered.size(), expected);
    for (const auto &r : filtered)
        QCOMPARE(qs(r.model), qs(probe.model));
    const ApiReply none = m_api->get("/v1/telemetry/requests?limit=10" + range + "&model=no-such-model", u"finops"_s);
    QCOMPARE(none.status, 200);
    const auto nonePage = keel::domain::decodeRequestPage(none.body);
    QVERIFY(nonePage.ok());
    QVERIFY(nonePage.value().items.empty());
    QCOMPARE(m_api->get("/v1/telemetry/requests?model=", u"finops"_s).status, 400);
}

void TstPlatformApi::sloStatusForEverySlo()
{
    const auto slos = keel::domain::decodeSloPage(m_api->get("/v1/slos", u"council"_s).body);
    QVERIFY(slos.ok());
    std::set<std::string> layers;
    for (const auto &slo : slos.value().items) {
        layers.insert(slo.layer);
        const ApiReply r = m_api->get("/v1/slos/" + slo.id + "/status?window=7d", u"council"_s);
        QCOMPARE(r.status, 200);
        const auto st = keel::domain::decodeSloStatus(r.body);
        QVERIFY2(st.ok(), st.ok() ? "" : st.error().toString().c_str());
        QCOMPARE(st.value().burnRates.size(), std::size_t(6));
        QCOMPARE(st.value().budgetBurndown.size(), std::size_t(7 * 24));
    }
    QCOMPARE(layers, (std::set<std::string>{"inference", "rag", "data", "product", "review"}));
    // The /search incident burns that SLO's budget visibly.
    const auto search = keel::domain::decodeSloStatus(m_api->get("/v1/slos/search-availability/status?window=7d", u"council"_s).body);
    QVERIFY(search.ok());
    QVERIFY(search.value().errorBudgetRemaining < 0.5);
}

void TstPlatformApi::traceOfAnEscalatedRequest()
{
    const ApiReply item = m_api->get("/v1/review/items/it_000001", u"council"_s);
    const auto it = keel::domain::decodeItem(item.body);
    QVERIFY(it.ok());
    const ApiReply r = m_api->get("/v1/telemetry/traces/" + it.value().correlationId, u"council"_s);
    QCOMPARE(r.status, 200);
    const auto trace = keel::domain::decodeTrace(r.body);
    QVERIFY2(trace.ok(), trace.ok() ? "" : trace.error().toString().c_str());
    QCOMPARE(qs(trace.value().request.id), qs(it.value().requestId));
    QCOMPARE(qs(trace.value().spans.front().name), u"edge"_s);
    QCOMPARE(qs(trace.value().reviewItemId.value_or("")), u"it_000001"_s);
    std::set<std::string> names;
    for (const auto &s : trace.value().spans)
        names.insert(s.name);
    QVERIFY(names.count("llm.generate") || names.count("response"));
    // Rebuilt on demand, deterministically.
    QCOMPARE(qs(m_api->get("/v1/telemetry/traces/" + it.value().correlationId, u"council"_s).body), qs(r.body));
}

void TstPlatformApi::metricsExposition()
{
    m_api->get("/v1/whoami", u"admin"_s);
    const ApiReply r = m_api->get("/metrics", {});
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").rfind("text/plain", 0) == 0);
    for (const char *needle : {"# TYPE keel_http_requests_total counter",
                               "keel_http_requests_total{route=\"/v1/whoami\",method=\"GET\",status=\"200\"}",
                               "# TYPE keel_http_request_duration_seconds histogram",
                               "keel_http_request_duration_seconds_bucket{route=\"/v1/whoami\",method=\"GET\",le=\"+Inf\"}",
                               "# TYPE keel_inference_latency_seconds histogram",
                               "keel_inference_requests_total{route=\"/search\",model=\"llama-3-8b\",status=\"error\"}",
                               "keel_inference_latency_seconds_bucket{route=\"/chat\",model=\"gpt-4o-mini\",status=\"ok\",le=\"30\"}"})
        QVERIFY2(r.body.find(needle) != std::string::npos, needle);
}

void TstPlatformApi::metricsPassPromtool()
{
    // The real Prometheus linter parses the exposition exactly as a scrape would.
    const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
    if (promtool.isEmpty())
        QSKIP("promtool not found (Debian package `prometheus`, installed by scripts/install-deps.sh)");
    const ApiReply r = m_api->get("/metrics", {});
    QCOMPARE(r.status, 200);
    QProcess check;
    check.start(promtool, {u"check"_s, u"metrics"_s});
    QVERIFY(check.waitForStarted());
    check.write(QByteArray::fromStdString(r.body));
    check.closeWriteChannel();
    QVERIFY(check.waitForFinished(60000));
    QVERIFY2(check.exitCode() == 0, check.readAllStandardOutput().constData());
}

void TstPlatformApi::requestIdEchoed()
{
    const ApiReply mine = m_api->raw("GET", "/v1/whoami", {{"X-Request-Id", "test-rid-123"}}, {});
    QCOMPARE(qs(mine.header("X-Request-Id")), u"test-rid-123"_s);
    const ApiReply generated = m_api->get("/v1/nowhere", u"admin"_s);
    QCOMPARE(generated.status, 404);
    QVERIFY(!generated.header("X-Request-Id").empty());
    const ApiReply hostile = m_api->raw("GET", "/v1/whoami", {{"X-Request-Id", "bad id\twith spaces"}}, {});
    QVERIFY(hostile.header("X-Request-Id") != "bad id\twith spaces");
    QVERIFY(!hostile.header("X-Request-Id").empty());
}

QTEST_GUILESS_MAIN(TstPlatformApi)
#include "tst_platformapi.moc"
