// (b) A real keel-platform's responses, route by route, decode with the console's codecs and have
// exactly the golden fixtures' shape (member names, recursively), problem+json bodies included.
#include "codecdispatch.h"
#include "keystructure.h"

#include <platformprocess.h>

#include <QTest>

#include <httplib.h>

using namespace keel;
using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {
struct Reply {
    int status = 0;
    std::string contentType;
    std::string body;
    std::string error; // transport failure
};
} // namespace

class ServerContractTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void whoami();
    void requests();
    void trace();
    void series();
    void spend();
    void budgets();
    void slos();
    void queues();
    void itemsAndItem();
    void leaseClaimRenewRelease();
    void decisionAndFeedback();
    void problems_data();
    void problems();
    void metrics();

private:
    Reply call(const std::string &method, const std::string &path, const QString &who,
               const std::string &body = {}, const httplib::Headers &extra = {});
    // Checks status, content type, that `kind` decodes the body, and the fixture's shape.
    void expectResource(const Reply &r, int status, const std::string &kind, const std::string &fixture);
    std::string pendingItem(int index);

    test::PlatformProcess m_platform;
    std::string m_host;
    int m_port = 0;
    json m_firstRequest;
};

void ServerContractTest::initTestCase()
{
    QVERIFY2(m_platform.start(), qPrintable(m_platform.errorString()));
    m_host = m_platform.baseUrl().host().toStdString();
    m_port = m_platform.baseUrl().port();
}

Reply ServerContractTest::call(const std::string &method, const std::string &path, const QString &who,
                               const std::string &body, const httplib::Headers &extra)
{
    httplib::Client client(m_host, m_port);
    client.set_read_timeout(60, 0);
    httplib::Headers headers = extra;
    if (!who.isEmpty())
        headers.emplace("Authorization", "Bearer " + m_platform.token(who).toStdString());
    httplib::Result res = method == "GET" ? client.Get(path.c_str(), headers)
                                          : client.Post(path.c_str(), headers, body, "application/json");
    Reply r;
    if (!res) {
        r.error = httplib::to_string(res.error());
        return r;
    }
    r.status = res->status;
    r.contentType = res->get_header_value("Content-Type");
    r.body = res->body;
    return r;
}

void ServerContractTest::expectResource(const Reply &r, int status, const std::string &kind, const std::string &fixture)
{
    QVERIFY2(r.error.empty(), r.error.c_str());
    QVERIFY2(r.status == status, ("status " + std::to_string(r.status) + ", body: " + r.body.substr(0, 400)).c_str());
    const bool problem = kind == "problem";
    QCOMPARE(QString::fromStdString(r.contentType.substr(0, r.contentType.find(';'))),
             problem ? u"application/problem+json"_s : u"application/json"_s);
    const test::Reencoded decoded = test::reencode(kind, r.body);
    QVERIFY2(decoded.ok, decoded.error.c_str());
    const json expected = test::loadFixture(fixture);
    QVERIFY2(!expected.is_discarded(), fixture.c_str());
    const std::string diff = test::shapeDifference(expected, json::parse(r.body));
    QVERIFY2(diff.empty(), (fixture + ".json vs server: " + diff).c_str());
}

void ServerContractTest::whoami()
{
    for (const QString &who : {u"reviewer-1"_s, u"finops"_s, u"council"_s, u"admin"_s}) {
        const Reply r = call("GET", "/v1/whoami", who);
        expectResource(r, 200, "whoami", "whoami");
        const auto id = domain::decodeIdentity(r.body);
        QCOMPARE(QString::fromStdString(id.value().user), who);
        QCOMPARE(id.value().apiVersion.substr(0, 2), std::string("1."));
    }
}

void ServerContractTest::requests()
{
    const Reply r = call("GET", "/v1/telemetry/requests?limit=3", u"council"_s);
    expectResource(r, 200, "requests", "requests");
    const json page = json::parse(r.body);
    QCOMPARE(page["items"].size(), 3u);
    QVERIFY(page["next_cursor"].is_string());
    m_firstRequest = page["items"][0];
    // The cursor continues where the first page ended.
    const Reply next = call("GET", "/v1/telemetry/requests?limit=3&cursor=" + page["next_cursor"].get<std::string>(), u"council"_s);
    expectResource(next, 200, "requests", "requests");
    QVERIFY(json::parse(next.body)["items"][0]["id"] != page["items"][2]["id"]);
}

void ServerContractTest::trace()
{
    if (m_firstRequest.is_null())
        QSKIP("requests() failed");
    const Reply r = call("GET", "/v1/telemetry/traces/" + m_firstRequest["correlation_id"].get<std::string>(), u"council"_s);
    expectResource(r, 200, "trace", "trace");
}

void ServerContractTest::series()
{
    const Reply r = call("GET", "/v1/telemetry/series?metric=latency_p95_ms&step=3600&group_by=route", u"council"_s);
    expectResource(r, 200, "series", "series");
}

void ServerContractTest::spend()
{
    const Reply r = call("GET", "/v1/spend?granularity=day&group_by=model,use_case&limit=5", u"finops"_s);
    expectResource(r, 200, "spend", "spend");
}

void ServerContractTest::budgets()
{
    expectResource(call("GET", "/v1/budgets", u"finops"_s), 200, "budgets", "budgets");
}

void ServerContractTest::slos()
{
    const Reply r = call("GET", "/v1/slos", u"council"_s);
    expectResource(r, 200, "slos", "slos");
    const json page = json::parse(r.body);
    QVERIFY(!page["items"].empty());
    // The fixture's second SLO has no threshold; compare a latency SLO's status too.
    const std::string id = page["items"][0]["id"].get<std::string>();
    expectResource(call("GET", "/v1/slos/" + id + "/status", u"council"_s), 200, "slo_status", "slo_status");
}

void ServerContractTest::queues()
{
    expectResource(call("GET", "/v1/review/queues", u"reviewer-1"_s), 200, "queues", "queues");
}

std::string ServerContractTest::pendingItem(int index)
{
    const Reply r = call("GET", "/v1/review/items?status=pending&limit=10", u"reviewer-1"_s);
    if (r.status != 200)
        return {};
    const json page = json::parse(r.body, nullptr, false);
    if (page.is_discarded() || !page.contains("items") || page["items"].size() <= std::size_t(index))
        return {};
    return page["items"][std::size_t(index)]["id"].get<std::string>();
}

void ServerContractTest::itemsAndItem()
{
    const Reply r = call("GET", "/v1/review/items?status=pending&limit=2", u"reviewer-1"_s);
    expectResource(r, 200, "items", "items");
    const std::string id = pendingItem(0);
    QVERIFY(!id.empty());
    expectResource(call("GET", "/v1/review/items/" + id, u"reviewer-1"_s), 200, "item", "item");
}

void ServerContractTest::leaseClaimRenewRelease()
{
    const std::string id = pendingItem(1);
    QVERIFY(!id.empty());
    const Reply claim = call("POST", "/v1/review/items/" + id + "/claim", u"reviewer-1"_s);
    expectResource(claim, 200, "lease", "lease");
    const auto lease = domain::decodeLease(claim.body);
    QCOMPARE(lease.value().holder, std::string("reviewer-1"));
    QCOMPARE(lease.value().itemId, id);
    const std::string leaseBody = json{{"lease_id", lease.value().leaseId}}.dump();
    expectResource(call("POST", "/v1/review/items/" + id + "/lease/renew", u"reviewer-1"_s, leaseBody), 200, "lease", "lease");

    // While held, the item shows its lease, and another reviewer gets the holder in a 409.
    const Reply held = call("GET", "/v1/review/items/" + id, u"reviewer-2"_s);
    expectResource(held, 200, "item", "item");
    QVERIFY(domain::decodeItem(held.body).value().lease.has_value());
    const Reply conflict = call("POST", "/v1/review/items/" + id + "/claim", u"reviewer-2"_s);
    expectResource(conflict, 409, "problem", "problem_409");
    const auto problem = domain::decodeProblem(conflict.body);
    QCOMPARE(problem.value().holder, std::string("reviewer-1"));
    QVERIFY(domain::parseRfc3339(problem.value().expiresAt).has_value());

    const Reply release = call("POST", "/v1/review/items/" + id + "/lease/release", u"reviewer-1"_s, leaseBody);
    QCOMPARE(release.status, 204);
    QVERIFY(release.body.empty());
}

void ServerContractTest::decisionAndFeedback()
{
    const std::string id = pendingItem(2);
    QVERIFY(!id.empty());
    const Reply claim = call("POST", "/v1/review/items/" + id + "/claim", u"reviewer-1"_s);
    QCOMPARE(claim.status, 200);
    domain::Decision d;
    d.leaseId = domain::decodeLease(claim.body).value().leaseId;
    d.action = domain::DecisionAction::Escalate;
    d.escalationTier = "legal";
    d.escalationReason = "coverage_dispute";
    d.labels = {"needs_counsel"};
    d.rubric = {{"accuracy", 3}};
    d.comment = "Coverage unclear.";
    d.timeSpentMs = 41000;
    const std::string body = domain::toJson(d).dump();
    const httplib::Headers key{{"Idempotency-Key", "b7c1f9d2-contract-" + id}};
    const Reply first = call("POST", "/v1/review/items/" + id + "/decision", u"reviewer-1"_s, body, key);
    expectResource(first, 201, "receipt", "receipt");
    // The same key and body replays the first answer.
    const Reply replay = call("POST", "/v1/review/items/" + id + "/decision", u"reviewer-1"_s, body, key);
    QCOMPARE(replay.status, 201);
    QVERIFY2(json::parse(replay.body) == json::parse(first.body), replay.body.c_str());

    const Reply feed = call("GET", "/v1/review/feedback?since=1970-01-01T00:00:00Z", u"council"_s);
    QCOMPARE(feed.status, 200);
    QCOMPARE(QString::fromStdString(feed.contentType.substr(0, feed.contentType.find(';'))), u"application/x-ndjson"_s);
    std::size_t lines = 0;
    std::string last;
    for (std::size_t start = 0; start < feed.body.size();) {
        std::size_t end = feed.body.find('\n', start);
        if (end == std::string::npos)
            end = feed.body.size();
        const std::string line = feed.body.substr(start, end - start);
        start = end + 1;
        if (line.empty())
            continue;
        const auto rec = domain::decodeFeedbackLine(line);
        QVERIFY2(rec.ok(), rec.ok() ? "" : rec.error().toString().c_str());
        ++lines;
        last = line;
    }
    QVERIFY(lines >= 1);
    const std::string diff = test::shapeDifference(test::loadFixture("feedback"), json::parse(last));
    QVERIFY2(diff.empty(), ("feedback.json vs server: " + diff).c_str());
    QCOMPARE(domain::decodeFeedbackLine(last).value().itemId, id);
}

void ServerContractTest::problems_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("fixture");
    QTest::addRow("401 no token") << QString() << u"GET"_s << u"/v1/whoami"_s << QString() << 401 << u"problem_401"_s;
    QTest::addRow("403 finops claims") << u"finops"_s << u"POST"_s << u"/v1/review/items/{pending}/claim"_s << QString()
                                       << 403 << u"problem_403"_s;
    QTest::addRow("404 unknown item") << u"reviewer-1"_s << u"GET"_s << u"/v1/review/items/it_999999"_s << QString()
                                      << 404 << u"problem_404"_s;
    QTest::addRow("422 unknown action") << u"reviewer-1"_s << u"POST"_s << u"/v1/review/items/{pending}/decision"_s
                                        << u"{\"lease_id\":\"ls_x\",\"action\":\"maybe\"}"_s << 422 << u"problem_422"_s;
}

void ServerContractTest::problems()
{
    QFETCH(QString, who);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(QString, fixture);
    std::string p = path.toStdString();
    if (const auto at = p.find("{pending}"); at != std::string::npos)
        p.replace(at, 9, pendingItem(3));
    const Reply r = call(method.toStdString(), p, who, body.toStdString(), {{"Idempotency-Key", "contract-problem-key"}});
    expectResource(r, status, "problem", fixture.toStdString());
    const auto problem = domain::decodeProblem(r.body);
    QCOMPARE(problem.value().status, status);
    QVERIFY(!problem.value().title.empty());
}

void ServerContractTest::metrics()
{
    const Reply r = call("GET", "/metrics", QString());
    QCOMPARE(r.status, 200);
    QVERIFY2(r.contentType.rfind("text/plain", 0) == 0, r.contentType.c_str());
    QVERIFY(r.body.find("# TYPE ") != std::string::npos);
    QVERIFY(r.body.find("_bucket{") != std::string::npos);
}

QTEST_GUILESS_MAIN(ServerContractTest)
#include "tst_contract_server.moc"
