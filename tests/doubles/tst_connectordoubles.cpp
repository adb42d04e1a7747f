// The Langfuse queue half of tst_connectordoubles (see tst_connectordoubles.h), and the shared setup.
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

QTEST_GUILESS_MAIN(TestConnectorDoubles)
