// The Langfuse half of tst_connectordoubles (see tst_connectordoubles.h), and the shared setup.
#include "tst_connectordoubles.h"

#include "testclock.h"

#include <QtTest>

#include <cmath>
#include <map>
#include <set>

using namespace Qt::StringLiterals;
using keel::test::DoubleClient;
using keel::test::DoubleProcess;
using keel::test::DoubleReply;
using keel::test::urlEncode;
using json = nlohmann::json;

namespace {

const std::string kQueues = "/api/public/annotation-queues";

std::unique_ptr<DoubleProcess> startDouble(const QString &kind, const QStringList &args)
{
    auto p = std::make_unique<DoubleProcess>(kind, args);
    if (!p->start())
        qFatal("%s", qPrintable(p->errorString()));
    return p;
}

std::unique_ptr<DoubleClient> langfuseClient(const DoubleProcess &p)
{
    return std::make_unique<DoubleClient>(p.baseUrl(), DoubleClient::basic(kLangfusePublicKey, kLangfuseSecretKey));
}

// The first zod issue of a Langfuse 400.
json firstIssue(const DoubleReply &r)
{
    const json j = r.json();
    if (!j.is_object() || !j.contains("error") || !j["error"].is_array() || j["error"].empty())
        return json::object();
    return j["error"][0];
}

std::string metricsQuery(const std::string &from, const std::string &to, const json &extra = json::object())
{
    json q{{"view", "observations"},
           {"metrics", json::array({json{{"measure", "totalCost"}, {"aggregation", "sum"}},
                                    json{{"measure", "latency"}, {"aggregation", "p50"}},
                                    json{{"measure", "latency"}, {"aggregation", "p95"}}})},
           {"dimensions", json::array({json{{"field", "providedModelName"}}})},
           {"fromTimestamp", from},
           {"toTimestamp", to}};
    q.update(extra);
    return "/api/public/v2/metrics?query=" + urlEncode(q.dump());
}

} // namespace

void TestConnectorDoubles::initTestCase()
{
    m_langfuse = startDouble(u"langfuse"_s, {});
    m_legacy = startDouble(u"langfuse"_s, {u"--langfuse-mode"_s, u"legacy"_s});
    m_litellm = startDouble(u"litellm"_s, {});
    m_litellmBig = startDouble(u"litellm"_s, {u"--spend-rows"_s, u"12000"_s});
    m_lf = langfuseClient(*m_langfuse);
    m_lfLegacy = langfuseClient(*m_legacy);
    m_ll = std::make_unique<DoubleClient>(m_litellm->baseUrl(), DoubleClient::bearer(kLiteLlmMasterKey));
    m_llBig = std::make_unique<DoubleClient>(m_litellmBig->baseUrl(), DoubleClient::bearer(kLiteLlmMasterKey));
}

void TestConnectorDoubles::cleanupTestCase()
{
    for (auto *p : {&m_langfuse, &m_legacy, &m_litellm, &m_litellmBig})
        if (*p)
            (*p)->stop();
}

json TestConnectorDoubles::state(const DoubleProcess &p) const
{
    DoubleClient admin(p.baseUrl());
    return admin.get("/__double/state").json();
}

std::string TestConnectorDoubles::queueId(int index) const
{
    return m_lf->get(kQueues).json()["data"][index]["id"].get<std::string>();
}

std::string TestConnectorDoubles::configId(const std::string &name) const
{
    const json configs = m_lf->get("/api/public/score-configs").json()["data"];
    for (const json &c : configs)
        if (c["name"] == name)
            return c["id"].get<std::string>();
    return {};
}

std::string TestConnectorDoubles::pendingItem(int queueIndex, int skip) const
{
    const json page = m_lf->get(kQueues + "/" + queueId(queueIndex) + "/items?status=PENDING&limit=100").json();
    return page["data"][skip]["id"].get<std::string>();
}

void TestConnectorDoubles::langfuseAuth()
{
    DoubleClient anonymous(m_langfuse->baseUrl());
    const DoubleReply health = anonymous.get("/api/public/health");
    QCOMPARE(health.status, 200); // health needs no auth
    QCOMPARE(qs(health.json().value("version", "")), u"4.16.0"_s);

    const DoubleReply none = anonymous.get(kQueues);
    QCOMPARE(none.status, 401);
    QVERIFY(none.json().contains("message"));
    DoubleClient wrongSecret(m_langfuse->baseUrl(), DoubleClient::basic(kLangfusePublicKey, "sk-lf-wrong"));
    QCOMPARE(wrongSecret.get(kQueues).status, 401);
    QCOMPARE(m_lf->get(kQueues).status, 200);

    // A Bearer public key is enough for POST /scores only.
    DoubleClient publicOnly(m_langfuse->baseUrl(), DoubleClient::bearer(kLangfusePublicKey));
    QCOMPARE(publicOnly.get(kQueues).status, 401);
    const std::string trace = m_lf->get("/api/public/v2/observations?limit=1").json()["data"][0]["traceId"];
    const DoubleReply score = publicOnly.send("POST", "/api/public/scores",
                                              json{{"traceId", trace}, {"name", "user-feedback"}, {"value", 1}});
    QCOMPARE(score.status, 200);
}

void TestConnectorDoubles::langfusePageCap()
{
    const std::string items = kQueues + "/" + queueId(0) + "/items";
    const DoubleReply over = m_lf->get(items + "?limit=101");
    QCOMPARE(over.status, 400);
    QCOMPARE(qs(over.json().value("message", "")), u"Invalid request data"_s);
    const json issue = firstIssue(over);
    QCOMPARE(qs(issue.value("code", "")), u"too_big"_s);
    QCOMPARE(issue.value("path", json()), json::array({"limit"}));
    QCOMPARE(issue.value("maximum", 0), 100);
    QCOMPARE(qs(firstIssue(m_lf->get(items + "?limit=0")).value("code", "")), u"too_small"_s);
    QCOMPARE(m_lf->get(items + "?page=0").status, 400);
    QCOMPARE(m_lf->get(items + "?limit=2.5").status, 400);

    // At the cap, paging visits every item once and meta adds up.
    std::set<std::string> seen;
    json meta;
    for (int page = 1;; ++page) {
        const DoubleReply r = m_lf->get(items + "?limit=100&page=" + std::to_string(page));
        QCOMPARE(r.status, 200);
        const json body = r.json();
        meta = body["meta"];
        QCOMPARE(meta["limit"].get<int>(), 100);
        for (const json &item : body["data"])
            QVERIFY2(seen.insert(item["id"].get<std::string>()).second, "an item came back twice");
        if (page >= meta["totalPages"].get<int>())
            break;
        QVERIFY(page < 50);
    }
    QVERIFY(meta["totalItems"].get<std::size_t>() > 100); // the queue needs more than one page
    QCOMPARE(seen.size(), meta["totalItems"].get<std::size_t>());
    QCOMPARE(meta["totalPages"].get<std::size_t>(), (seen.size() + 99) / 100);
}

void TestConnectorDoubles::langfuseStrictQuery()
{
    const DoubleReply unknown = m_lf->get(kQueues + "?limit=10&orderBy=name");
    QCOMPARE(unknown.status, 400);
    QCOMPARE(qs(firstIssue(unknown).value("code", "")), u"unrecognized_keys"_s);
    QCOMPARE(firstIssue(unknown).value("keys", json()), json::array({"orderBy"}));
    const DoubleReply status = m_lf->get(kQueues + "/" + queueId(0) + "/items?status=DONE");
    QCOMPARE(status.status, 400);
    QCOMPARE(qs(firstIssue(status).value("code", "")), u"invalid_enum_value"_s);
    QCOMPARE(m_lf->get(kQueues + "/" + queueId(0) + "/items?status=COMPLETED").status, 200);
}

void TestConnectorDoubles::langfuseStrictBody()
{
    const std::string item = kQueues + "/" + queueId(2) + "/items/" + pendingItem(2, 0);
    const DoubleReply extra = m_lf->send("PATCH", item, json{{"status", "COMPLETED"}, {"note", "looks fine"}});
    QCOMPARE(extra.status, 400);
    QCOMPARE(qs(firstIssue(extra).value("code", "")), u"unrecognized_keys"_s);
    QCOMPARE(firstIssue(extra).value("keys", json()), json::array({"note"}));
    QCOMPARE(qs(m_lf->get(item).json().value("status", "")), u"PENDING"_s); // nothing was applied

    const std::string trace = m_lf->get(item).json()["objectId"];
    const DoubleReply score = m_lf->send("POST", "/api/public/scores",
                                         json{{"traceId", trace}, {"name", "user-feedback"}, {"value", 1}, {"author", "x"}});
    QCOMPARE(score.status, 400);
    QCOMPARE(firstIssue(score).value("keys", json()), json::array({"author"}));
}

void TestConnectorDoubles::langfuseScoreValueRules_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    const QString trace = u"\"traceId\": \"%1\""_s.arg(
        qs(m_lf->get("/api/public/v2/observations?limit=1").json()["data"][0]["traceId"]));
    auto row = [&](const char *name, const QString &fields, int status) {
        QTest::newRow(name) << (u"{"_s + trace + u", "_s + fields + u"}"_s) << status;
    };
    const QString boolean = qs(configId("correctness")), verdict = qs(configId("verdict"));
    const QString quality = qs(configId("quality")), archived = qs(configId("helpfulness-legacy"));
    row("boolean 2", uR"("name": "correctness", "value": 2, "configId": "%1")"_s.arg(boolean), 400);
    row("boolean 1", uR"("name": "correctness", "value": 1, "configId": "%1")"_s.arg(boolean), 200);
    row("boolean as text", uR"("name": "correctness", "value": "true", "configId": "%1")"_s.arg(boolean), 400);
    row("category not in config", uR"("name": "verdict", "value": "ship-it", "configId": "%1")"_s.arg(verdict), 400);
    row("category in config", uR"("name": "verdict", "value": "accept", "configId": "%1")"_s.arg(verdict), 200);
    row("numeric above max", uR"("name": "quality", "value": 6, "configId": "%1")"_s.arg(quality), 400);
    row("numeric at max", uR"("name": "quality", "value": 5, "configId": "%1")"_s.arg(quality), 200);
    row("name differs from config", uR"("name": "qualty", "value": 3, "configId": "%1")"_s.arg(quality), 400);
    row("archived config", uR"("name": "helpfulness-legacy", "value": 3, "configId": "%1")"_s.arg(archived), 400);
    row("unknown config", uR"("name": "quality", "value": 3, "configId": "cm-no-such-config")"_s, 400);
    row("annotation without config", uR"("name": "quality", "value": 3, "source": "ANNOTATION")"_s, 400);
    row("annotation correction without config",
        uR"("name": "output", "value": "Use the v2 endpoint.", "source": "ANNOTATION", "dataType": "CORRECTION")"_s, 200);
    row("eval source", uR"("name": "quality", "value": 3, "source": "EVAL")"_s, 400);
    row("numeric default refuses text", uR"("name": "tone", "value": "friendly")"_s, 400);
    row("text too long", uR"("name": "note", "dataType": "TEXT", "value": "%1")"_s.arg(QString(501, u'x')), 400);
    row("environment langfuse-*", uR"("name": "tone", "value": 1, "environment": "langfuse-prod")"_s, 400);
    QTest::newRow("no subject") << uR"({"name": "tone", "value": 1})"_s << 400;
}

void TestConnectorDoubles::langfuseScoreValueRules()
{
    QFETCH(QString, body);
    QFETCH(int, status);
    const DoubleReply r = m_lf->send("POST", "/api/public/scores", body.toStdString(),
                                     DoubleClient::basic(kLangfusePublicKey, kLangfuseSecretKey));
    QVERIFY2(r.status == status, qPrintable(u"%1: %2 for %3"_s.arg(r.status).arg(qs(r.body), body)));
    if (status == 200)
        QVERIFY(!r.json().value("id", "").empty());
    else
        QVERIFY(r.json().contains("message"));
}

void TestConnectorDoubles::langfuseScoreUpsertById()
{
    const std::string trace = m_lf->get("/api/public/v2/observations?limit=1").json()["data"][0]["traceId"];
    const std::string id = "keel-upsert-probe";
    const json first{{"id", id}, {"traceId", trace}, {"name", "correctness"}, {"value", 0},
                     {"configId", configId("correctness")}};
    QCOMPARE(qs(m_lf->send("POST", "/api/public/scores", first).json().value("id", "")), qs(id));
    json second = first;
    second["value"] = 1;
    QCOMPARE(m_lf->send("POST", "/api/public/scores", second).status, 200);

    const json listed = m_lf->get("/api/public/v2/scores?scoreIds=" + id).json();
    QCOMPARE(listed["meta"]["totalItems"].get<int>(), 1);
    QCOMPARE(listed["data"][0]["value"].get<double>(), 1.0); // the later write won
    QCOMPARE(qs(listed["data"][0]["stringValue"].get<std::string>()), u"True"_s);
    QCOMPARE(m_lf->get("/api/public/v3/scores?id=" + id).json()["data"].size(), std::size_t(1));
    int inState = 0;
    const json storedScores = state(*m_langfuse)["state"]["scores"];
    for (const json &s : storedScores)
        inState += s["id"] == id;
    QCOMPARE(inState, 1);

    // Without an id every POST is a new score.
    const json anonymous{{"traceId", trace}, {"name", "user-feedback"}, {"value", -1}};
    const std::string a = m_lf->send("POST", "/api/public/scores", anonymous).json()["id"];
    const std::string b = m_lf->send("POST", "/api/public/scores", anonymous).json()["id"];
    QVERIFY(a != b);
}

void TestConnectorDoubles::langfusePatchCompletedPersists()
{
    const std::string queue = queueId(0), itemId = pendingItem(0, 0);
    const std::string item = kQueues + "/" + queue + "/items/" + itemId;
    QCOMPARE(qs(m_lf->get(item).json()["status"].get<std::string>()), u"PENDING"_s);
    QVERIFY(m_lf->get(item).json()["completedAt"].is_null());
    const qint64 before = keel::test::nowMs();
    const DoubleReply patched = m_lf->send("PATCH", item, json{{"status", "COMPLETED"}});
    QCOMPARE(patched.status, 200);
    QCOMPARE(qs(patched.json()["status"].get<std::string>()), u"COMPLETED"_s);

    const json again = m_lf->get(item).json();
    QCOMPARE(qs(again["status"].get<std::string>()), u"COMPLETED"_s);
    QCOMPARE(again["completedAt"], patched.json()["completedAt"]);
    const QDateTime completed = QDateTime::fromString(qs(again["completedAt"].get<std::string>()), Qt::ISODateWithMs);
    QVERIFY(completed.isValid());
    QVERIFY(completed.toMSecsSinceEpoch() >= before - 2000); // on the pinned clock, not the wall clock
    QVERIFY(completed.toMSecsSinceEpoch() <= keel::test::nowMs() + 2000);

    auto listed = [&](const char *status) {
        for (int page = 1; page <= 5; ++page) {
            const json items = m_lf->get(kQueues + "/" + queue + "/items?limit=100&status=" + status + "&page="
                                         + std::to_string(page)).json()["data"];
            for (const json &i : items)
                if (i["id"] == itemId)
                    return true;
        }
        return false;
    };
    QVERIFY(!listed("PENDING"));
    QVERIFY(listed("COMPLETED"));
}

void TestConnectorDoubles::langfuseDecisionResumesAfterFaults()
{
    DoubleClient admin(m_langfuse->baseUrl());
    const std::string queue = queueId(1);
    auto decide = [&](const std::string &itemId) {
        const std::string path = kQueues + "/" + queue + "/items/" + itemId;
        const json item = m_lf->get(path).json();
        const json score{{"id", "keel-decision-" + itemId}, {"traceId", item["objectType"] == "TRACE" ? item["objectId"]
                                                                    : m_lf->get("/api/public/observations/"
                                                                        + item["objectId"].get<std::string>()).json()["traceId"]},
                         {"name", "quality"}, {"value", 4}, {"configId", configId("quality")}, {"source", "ANNOTATION"},
                         {"queueId", queue}};
        const int scored = m_lf->send("POST", "/api/public/scores", score).status;
        const int completed = m_lf->send("PATCH", path, json{{"status", "COMPLETED"}}).status;
        return std::make_pair(scored, completed);
    };
    auto inState = [&](const std::string &itemId) {
        const json st = state(*m_langfuse)["state"];
        int scores = 0;
        std::string status;
        for (const json &s : st["scores"])
            scores += s["id"] == "keel-decision-" + itemId;
        for (const json &i : st["items"])
            if (i["id"] == itemId)
                status = i["status"];
        return std::make_pair(scores, status);
    };

    // The PATCH fails after the score went in: the decision is half done, and a retry finishes it.
    const std::string first = pendingItem(1, 0);
    QCOMPARE(admin.send("POST", "/__double/faults",
                        json{{"method", "PATCH"}, {"path", kQueues + "/" + queue + "/items/" + first}, {"status", 500}})
                 .status,
             200);
    QCOMPARE(decide(first), std::make_pair(200, 500));
    QCOMPARE(inState(first), std::make_pair(1, std::string("PENDING")));
    QCOMPARE(decide(first), std::make_pair(200, 200));
    QCOMPARE(inState(first), std::make_pair(1, std::string("COMPLETED"))); // one score, not two

    // The score's answer is lost on the wire although the server kept it; the retry upserts.
    const std::string second = pendingItem(1, 0);
    QVERIFY(second != first);
    QCOMPARE(admin.send("POST", "/__double/faults",
                        json{{"method", "POST"}, {"path", "/api/public/scores"}, {"mode", "drop-after"}})
                 .status,
             200);
    const auto lost = decide(second);
    QCOMPARE(lost.first, 0); // transport error: no status
    QCOMPARE(lost.second, 200);
    QCOMPARE(inState(second), std::make_pair(1, std::string("COMPLETED")));
    QCOMPARE(decide(second), std::make_pair(200, 200));
    QCOMPARE(inState(second).first, 1);

    // The request log shows what happened.
    int dropped = 0;
    const json requests = state(*m_langfuse)["requests"];
    for (const json &r : requests)
        dropped += r["outcome"] == "handled, then fault:drop-after";
    QCOMPARE(dropped, 1);
}

void TestConnectorDoubles::langfuseV4VersusLegacy()
{
    const std::string trace = m_lf->get("/api/public/v2/observations?limit=1").json()["data"][0]["traceId"];
    const std::string from = "2026-01-01T00:00:00Z", to = "2027-01-01T00:00:00Z";
    const std::string daily = "/api/public/metrics/daily?limit=5";
    QCOMPARE(m_lf->get("/api/public/v2/observations?limit=5").status, 200);
    QCOMPARE(m_lf->get(metricsQuery(from, to)).status, 200);
    QCOMPARE(m_lf->get("/api/public/v3/scores?limit=5").status, 200);
    QCOMPARE(m_lf->get(daily).status, 404); // refused in events_only mode
    const json v4Trace = m_lf->get("/api/public/traces/" + trace).json();
    QVERIFY(v4Trace.contains("_deprecation"));

    QVERIFY(m_lfLegacy->get("/api/public/health").json()["version"].get<std::string>().rfind("3.", 0) == 0);
    const DoubleReply v2 = m_lfLegacy->get("/api/public/v2/observations?limit=5");
    QCOMPARE(v2.status, 404);
    QVERIFY(v2.json().value("message", "").find("v4") != std::string::npos);
    QCOMPARE(m_lfLegacy->get(metricsQuery(from, to)).status, 404);
    QCOMPARE(m_lfLegacy->get("/api/public/v3/scores?limit=5").status, 404);
    const DoubleReply legacyDaily = m_lfLegacy->get(daily);
    QCOMPARE(legacyDaily.status, 200);
    QCOMPARE(legacyDaily.json()["data"].size(), std::size_t(5));
    // Same seed, same trace ids: the legacy read works on both, without _deprecation on a v3 server.
    const DoubleReply legacyTrace = m_lfLegacy->get("/api/public/traces/" + trace);
    QCOMPARE(legacyTrace.status, 200);
    QVERIFY(!legacyTrace.json().contains("_deprecation"));
    QCOMPARE(legacyTrace.json()["observations"].size(), v4Trace["observations"].size());
}

void TestConnectorDoubles::langfuseObservationsCursor()
{
    QCOMPARE(m_lf->get("/api/public/v2/observations?limit=1001").status, 400);
    QCOMPARE(m_lf->get("/api/public/v2/observations?limit=1000").status, 200);
    QCOMPARE(m_lf->get("/api/public/v2/observations?parseIoAsJson=true").status, 400);
    QCOMPARE(m_lf->get("/api/public/v2/observations?fields=core,everything").status, 400);

    // Rebuild one trace from v2 pages of two and compare with the legacy full trace.
    std::string trace;
    const json tools = m_lf->get("/api/public/v2/observations?limit=200&type=TOOL").json()["data"];
    for (const json &o : tools)
        trace = o["traceId"]; // SQL traces have four or five observations
    QVERIFY(!trace.empty());
    std::set<std::string> ids;
    std::string cursor;
    int pages = 0;
    for (;;) {
        const DoubleReply r = m_lf->get("/api/public/v2/observations?limit=2&fields=core,basic,metrics&traceId=" + trace
                                        + (cursor.empty() ? "" : "&cursor=" + urlEncode(cursor)));
        QCOMPARE(r.status, 200);
        ++pages;
        const json observations = r.json()["data"];
        for (const json &o : observations)
            QVERIFY2(ids.insert(o["id"].get<std::string>()).second, "an observation came back twice");
        const json meta = r.json()["meta"];
        if (!meta.contains("cursor"))
            break; // absent on the last page
        cursor = meta["cursor"];
        QVERIFY(pages < 20);
    }
    std::set<std::string> legacy;
    const json legacyObservations = m_lf->get("/api/public/traces/" + trace).json()["observations"];
    for (const json &o : legacyObservations)
        legacy.insert(o["id"].get<std::string>());
    QCOMPARE(ids, legacy);
    QCOMPARE(pages, static_cast<int>((legacy.size() + 1) / 2));
    QCOMPARE(m_lf->get("/api/public/v2/observations?cursor=not-a-cursor").status, 400);

    // v2 latency is in seconds; the legacy view's latency too, both from the same instants.
    const json v2 = m_lf->get("/api/public/v2/observations?limit=1&fields=core,metrics&type=GENERATION").json()["data"][0];
    const json v1 = m_lf->get("/api/public/observations/" + v2["id"].get<std::string>()).json();
    const double ms = QDateTime::fromString(qs(v1["endTime"]), Qt::ISODateWithMs).toMSecsSinceEpoch()
        - QDateTime::fromString(qs(v1["startTime"]), Qt::ISODateWithMs).toMSecsSinceEpoch();
    QCOMPARE(v2["latency"].get<double>(), ms / 1000.0);
}

void TestConnectorDoubles::langfuseMetricsAgreeWithObservations()
{
    const std::string from = "2026-01-01T00:00:00Z", to = "2027-01-01T00:00:00Z";
    const DoubleReply missing = m_lf->get("/api/public/v2/metrics?query="
                                          + urlEncode(json{{"view", "observations"},
                                                           {"metrics", json::array({json{{"measure", "count"},
                                                                                         {"aggregation", "count"}}})},
                                                           {"toTimestamp", to}}.dump()));
    QCOMPARE(missing.status, 400);
    QCOMPARE(firstIssue(missing).value("path", json()), json::array({"fromTimestamp"}));
    QCOMPARE(m_lf->get("/api/public/v2/metrics?query=" + urlEncode(R"({"view":"traces"})")).status, 400);
    // userId is high-cardinality: only as a top-N query.
    QCOMPARE(m_lf->get(metricsQuery(from, to, json{{"dimensions", json::array({json{{"field", "userId"}}})}})).status, 400);
    QCOMPARE(m_lf->get(metricsQuery(from, to, json{{"dimensions", json::array({json{{"field", "userId"}}})},
                                                   {"config", {{"row_limit", 5}}},
                                                   {"orderBy", json::array({json{{"field", "sum_totalCost"},
                                                                                  {"direction", "desc"}}})}}))
                 .json()["data"].size(),
             std::size_t(5));

    // Cost per model from the metrics API equals the sum over every observation's totalCost.
    std::map<std::string, double> expected;
    std::string cursor;
    for (int pages = 0; pages < 50; ++pages) {
        const json page = m_lf->get("/api/public/v2/observations?limit=1000&fields=core,model,usage"
                                    + (cursor.empty() ? "" : "&cursor=" + urlEncode(cursor))).json();
        for (const json &o : page["data"])
            if (!o["providedModelName"].is_null())
                expected[o["providedModelName"]] += o["totalCost"].get<double>();
        if (!page["meta"].contains("cursor"))
            break;
        cursor = page["meta"]["cursor"];
    }
    QVERIFY(expected.size() >= 3);
    const json rows = m_lf->get(metricsQuery(from, to)).json()["data"];
    QCOMPARE(rows.size(), expected.size() + 1); // plus the row of spans without a model (null)
    for (const json &row : rows) {
        if (row["providedModelName"].is_null())
            continue;
        const std::string model = row["providedModelName"];
        QVERIFY2(std::fabs(row["sum_totalCost"].get<double>() - expected[model]) < 1e-6, model.c_str());
        QVERIFY(row["p95_latency"].get<double>() >= row["p50_latency"].get<double>());
    }
    const json byDay = m_lf->get(metricsQuery(from, to, json{{"timeDimension", {{"granularity", "day"}}}})).json()["data"];
    QVERIFY(byDay.size() > 30); // several models on each of ~30 days
    QVERIFY(byDay[0].contains("time_dimension"));
}

void TestConnectorDoubles::langfuseMetricsRateLimit()
{
    auto limited = startDouble(u"langfuse"_s, {u"--rate-limit"_s, u"metrics=3/60s"_s});
    auto client = langfuseClient(*limited);
    const std::string query = metricsQuery("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z");
    for (int i = 0; i < 3; ++i)
        QCOMPARE(client->get(query).status, 200);
    const DoubleReply refused = client->get(query);
    QCOMPARE(refused.status, 429);
    const int retryAfter = std::atoi(refused.header("Retry-After").c_str());
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, refused.header("Retry-After").c_str());
    QCOMPARE(qs(refused.header("X-RateLimit-Limit")), u"3"_s);
    QCOMPARE(qs(refused.header("X-RateLimit-Remaining")), u"0"_s);
    QVERIFY(!refused.header("X-RateLimit-Reset").empty());
    QCOMPARE(qs(refused.json().value("code", "")), u"rate_limited"_s);
    QCOMPARE(refused.json()["details"]["retryAfterSeconds"].get<int>(), retryAfter);
    QCOMPARE(client->get(kQueues).status, 200); // other buckets are not affected

    DoubleClient admin(limited->baseUrl());
    QCOMPARE(admin.send("POST", "/__double/clock", json{{"advanceMs", 61000}}).status, 200);
    QCOMPARE(client->get(query).status, 200); // a new window
}

void TestConnectorDoubles::langfuseComments()
{
    const json st = state(*m_langfuse)["state"];
    const std::string project = st["projectId"];
    const std::string trace = m_lf->get("/api/public/v2/observations?limit=1").json()["data"][0]["traceId"];
    const json ok{{"projectId", project}, {"objectType", "trace"}, {"objectId", trace},
                  {"content", "Escalated: the **refund** amount is wrong."}, {"authorUserId", "user-reviewer-ana"}};
    json noProject = ok;
    noProject.erase("projectId");
    QCOMPARE(m_lf->send("POST", "/api/public/comments", noProject).status, 400);
    json otherProject = ok;
    otherProject["projectId"] = "proj-elsewhere";
    QCOMPARE(m_lf->send("POST", "/api/public/comments", otherProject).status, 403);
    json missingTrace = ok;
    missingTrace["objectId"] = "0000";
    QCOMPARE(m_lf->send("POST", "/api/public/comments", missingTrace).status, 404);
    json stranger = ok;
    stranger["authorUserId"] = "user-outsider";
    QCOMPARE(m_lf->send("POST", "/api/public/comments", stranger).status, 400);
    const DoubleReply created = m_lf->send("POST", "/api/public/comments", ok);
    QCOMPARE(created.status, 200);
    bool stored = false;
    const json comments = state(*m_langfuse)["state"]["comments"];
    for (const json &c : comments)
        stored = stored || (c["id"] == created.json()["id"] && c["objectType"] == "TRACE" && c["objectId"] == trace);
    QVERIFY(stored);
}

QTEST_GUILESS_MAIN(TestConnectorDoubles)
