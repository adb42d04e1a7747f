// tst_connectordoubles: Langfuse decisions: score value rules, upsert by id, the two-call decision under faults, comments.
#include "tst_connectordoubles.h"

#include "testclock.h"

#include <QtTest>

#include <cmath>
#include <map>
#include <set>

using namespace Qt::StringLiterals;
using namespace doubletest;
using keel::test::DoubleClient;
using keel::test::DoubleProcess;
using keel::test::DoubleReply;
using keel::test::urlEncode;
using json = nlohmann::json;

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
