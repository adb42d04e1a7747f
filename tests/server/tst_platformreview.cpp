// Review semantics over real HTTP: leases (race, re-claim, renew, release, expiry), decisions
// (lease checks, idempotent replay, key reuse), audit log and feedback.
#include "apiclient.h"

#include <domain/codec.h>

#include <QDateTime>
#include <QTest>

#include <latch>
#include <thread>
#include <testclock.h>

using namespace Qt::StringLiterals;
using keel::test::ApiClient;
using keel::test::ApiReply;
using keel::test::qs;

namespace {
std::string approveBody(const std::string &leaseId, const std::string &comment = "looks right")
{
    return nlohmann::json{{"lease_id", leaseId}, {"action", "approve"}, {"labels", {"reviewed"}},
                          {"rubric", {{"accuracy", 4}}}, {"comment", comment}, {"time_spent_ms", 12000}}
        .dump();
}
} // namespace

class TstPlatformReview : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void racingClaimsOneWinner();
    void reclaimBySameHolderExtends();
    void renewAndRelease();
    void decisionWithoutLease();
    void decisionWithSomeoneElsesLease();
    void idempotentReplay();
    void sameKeyDifferentBody();
    void decidedItemCannotBeClaimed();
    void escalateMovesItem();
    void updatedSinceSeesChanges();
    void expiredLeaseIsGone();

private:
    std::string nextPendingItem();
    std::string claim(const std::string &item, const QString &who);
    std::unique_ptr<keel::test::PlatformProcess> m_platform;
    std::unique_ptr<keel::test::PlatformProcess> m_shortLeases;
    std::unique_ptr<ApiClient> m_api;
    std::vector<std::string> m_pending;
};

void TstPlatformReview::initTestCase()
{
    m_platform = std::make_unique<keel::test::PlatformProcess>();
    QVERIFY2(m_platform->start(), qPrintable(m_platform->errorString()));
    m_api = std::make_unique<ApiClient>(*m_platform);
    const auto page = keel::domain::decodeItemPage(m_api->get("/v1/review/items?status=pending&limit=100", u"reviewer-1"_s).body);
    QVERIFY(page.ok());
    for (const auto &it : page.value().items)
        m_pending.push_back(it.id);
    QVERIFY(m_pending.size() >= 12);
}

void TstPlatformReview::cleanupTestCase()
{
    m_api.reset();
    m_platform.reset();
    m_shortLeases.reset();
}

std::string TstPlatformReview::nextPendingItem()
{
    const std::string id = m_pending.back();
    m_pending.pop_back();
    return id;
}

std::string TstPlatformReview::claim(const std::string &item, const QString &who)
{
    const ApiReply r = m_api->post("/v1/review/items/" + item + "/claim", who, {});
    if (r.status != 200)
        return {};
    const auto lease = keel::domain::decodeLease(r.body);
    return lease.ok() ? lease.value().leaseId : std::string();
}

void TstPlatformReview::racingClaimsOneWinner()
{
    const std::string item = nextPendingItem();
    ApiClient a(*m_platform), b(*m_platform);
    std::latch go(2);
    ApiReply ra, rb;
    std::thread ta([&] { go.arrive_and_wait(); ra = a.post("/v1/review/items/" + item + "/claim", u"reviewer-1"_s, {}); });
    std::thread tb([&] { go.arrive_and_wait(); rb = b.post("/v1/review/items/" + item + "/claim", u"reviewer-2"_s, {}); });
    ta.join();
    tb.join();
    QCOMPARE((ra.status == 200) + (rb.status == 200), 1);
    QCOMPARE((ra.status == 409) + (rb.status == 409), 1);
    const ApiReply &lost = ra.status == 409 ? ra : rb;
    const ApiReply &won = ra.status == 200 ? ra : rb;
    const auto lease = keel::domain::decodeLease(won.body);
    QVERIFY(lease.ok());
    const auto problem = lost.json();
    QCOMPARE(qs(problem.value("holder", "")), qs(lease.value().holder));
    QCOMPARE(keel::domain::parseRfc3339(problem.value("expires_at", "")).value_or(0), lease.value().expiresAt);
    // The item shows the live lease to everyone.
    const auto shown = keel::domain::decodeItem(m_api->get("/v1/review/items/" + item, u"council"_s).body);
    QVERIFY(shown.ok());
    QCOMPARE(qs(shown.value().status), u"claimed"_s);
    QVERIFY(shown.value().lease);
    QCOMPARE(qs(shown.value().lease->holder), qs(lease.value().holder));
}

void TstPlatformReview::reclaimBySameHolderExtends()
{
    const std::string item = nextPendingItem();
    const ApiReply first = m_api->post("/v1/review/items/" + item + "/claim", u"reviewer-1"_s, {});
    const ApiReply again = m_api->post("/v1/review/items/" + item + "/claim", u"reviewer-1"_s, {});
    QCOMPARE(first.status, 200);
    QCOMPARE(again.status, 200);
    const auto l1 = keel::domain::decodeLease(first.body), l2 = keel::domain::decodeLease(again.body);
    QVERIFY(l1.ok() && l2.ok());
    QCOMPARE(qs(l2.value().leaseId), qs(l1.value().leaseId));
    QVERIFY(l2.value().expiresAt >= l1.value().expiresAt);
}

void TstPlatformReview::renewAndRelease()
{
    const std::string item = nextPendingItem();
    const std::string lease = claim(item, u"reviewer-1"_s);
    QVERIFY(!lease.empty());
    const std::string body = nlohmann::json{{"lease_id", lease}}.dump();
    QCOMPARE(m_api->post("/v1/review/items/" + item + "/lease/renew", u"reviewer-2"_s, body).status, 409);
    const ApiReply renewed = m_api->post("/v1/review/items/" + item + "/lease/renew", u"reviewer-1"_s, body);
    QCOMPARE(renewed.status, 200);
    QVERIFY(keel::domain::decodeLease(renewed.body).ok());
    QCOMPARE(m_api->post("/v1/review/items/" + item + "/lease/release", u"reviewer-1"_s, body).status, 204);
    // Released: the other reviewer can take it now, and the old lease is dead.
    QVERIFY(!claim(item, u"reviewer-2"_s).empty());
    QCOMPARE(m_api->post("/v1/review/items/" + item + "/lease/renew", u"reviewer-1"_s, body).status, 409);
}

void TstPlatformReview::decisionWithoutLease()
{
    const std::string item = nextPendingItem();
    const ApiReply r = m_api->post("/v1/review/items/" + item + "/decision", u"reviewer-1"_s, approveBody("ls_made_up"),
                                   {{"Idempotency-Key", "k-nolease"}});
    QCOMPARE(r.status, 409);
    QCOMPARE(qs(r.header("Content-Type")), u"application/problem+json"_s);
    QCOMPARE(qs(r.json().value("type", "")), u"https://keel.dev/problems/no-lease"_s);
}

void TstPlatformReview::decisionWithSomeoneElsesLease()
{
    const std::string item = nextPendingItem();
    const std::string lease = claim(item, u"reviewer-2"_s);
    QVERIFY(!lease.empty());
    const ApiReply r = m_api->post("/v1/review/items/" + item + "/decision", u"reviewer-1"_s, approveBody(lease),
                                   {{"Idempotency-Key", "k-other"}});
    QCOMPARE(r.status, 409);
    QCOMPARE(qs(r.json().value("holder", "")), u"reviewer-2"_s);
}

void TstPlatformReview::idempotentReplay()
{
    const std::string item = nextPendingItem();
    const std::string before = keel::domain::formatRfc3339(keel::test::nowMs() - 60'000);
    const std::string lease = claim(item, u"reviewer-1"_s);
    QVERIFY(!lease.empty());
    const std::string body = approveBody(lease);
    const ApiReply first = m_api->post("/v1/review/items/" + item + "/decision", u"reviewer-1"_s, body, {{"Idempotency-Key", "k-replay-1"}});
    QCOMPARE(first.status, 201);
    const auto receipt = keel::domain::decodeDecisionReceipt(first.body);
    QVERIFY2(receipt.ok(), first.body.c_str());
    QCOMPARE(qs(receipt.value().itemStatus), u"decided"_s);
    // Same key, same body (re-serialised differently): the first answer, byte for byte.
    const std::string sameBody = nlohmann::json::parse(body).dump(2);
    const ApiReply replay = m_api->post("/v1/review/items/" + item + "/decision", u"reviewer-1"_s, sameBody, {{"Idempotency-Key", "k-replay-1"}});
    QCOMPARE(replay.status, 201);
    QCOMPARE(qs(replay.body), qs(first.body));
    // One effect: one decision in the audit log, one feedback line.
    const auto audit = m_api->get("/v1/admin/audit?item_id=" + item, u"admin"_s).json();
    int decisions = 0;
    for (const auto &row : audit["items"])
        decisions += row["action"] == "decision";
    QCOMPARE(decisions, 1);
    const ApiReply feedback = m_api->get("/v1/review/feedback?since=" + before, u"reviewer-1"_s);
    QCOMPARE(feedback.status, 200);
    QCOMPARE(qs(feedback.header("Content-Type")), u"application/x-ndjson"_s);
    int lines = 0;
    std::size_t start = 0;
    while (start < feedback.body.size()) {
        const auto end = feedback.body.find('\n', start);
        const auto line = feedback.body.substr(start, end - start);
        start = end == std::string::npos ? feedback.body.size() : end + 1;
        const auto rec = keel::domain::decodeFeedbackLine(line);
        QVERIFY2(rec.ok(), line.c_str());
        if (rec.value().itemId == item) {
            ++lines;
            QCOMPARE(qs(rec.value().reviewer), u"reviewer-1"_s);
            QCOMPARE(qs(rec.value().action), u"approve"_s);
            QCOMPARE(qs(rec.value().comment), u"looks right"_s);
            QCOMPARE(rec.value().rubric.at("accuracy"), 4);
            QVERIFY(!rec.value().originalOutput.empty());
        }
    }
    QCOMPARE(lines, 1);
}

void TstPlatformReview::sameKeyDifferentBody()
{
    const std::string item = nextPendingItem();
    const std::string lease = claim(item, u"reviewer-1"_s);
    QCOMPARE(m_api->post("/v1/review/items/" + item + "/decision", u"reviewer-1"_s, approveBody(lease), {{"Idempotency-Key", "k-diff"}}).status, 201);
    const ApiReply r = m_api->post("/v1/review/items/" + item + "/decision", u"reviewer-1"_s, approveBody(lease, "changed my mind"),
                                   {{"Idempotency-Key", "k-diff"}});
    QCOMPARE(r.status, 422);
    QCOMPARE(qs(r.problemField()), u"Idempotency-Key"_s);
}

void TstPlatformReview::decidedItemCannotBeClaimed()
{
    const std::string item = nextPendingItem();
    const std::string lease = claim(item, u"reviewer-2"_s);
    QCOMPARE(m_api->post("/v1/review/items/" + item + "/decision", u"reviewer-2"_s, approveBody(lease), {{"Idempotency-Key", "k-decided"}}).status, 201);
    const ApiReply r = m_api->post("/v1/review/items/" + item + "/claim", u"reviewer-1"_s, {});
    QCOMPARE(r.status, 409);
    QCOMPARE(qs(r.json().value("type", "")), u"https://keel.dev/problems/already-decided"_s);
}

void TstPlatformReview::escalateMovesItem()
{
    const std::string item = nextPendingItem();
    const std::string lease = claim(item, u"reviewer-1"_s);
    const std::string body = nlohmann::json{{"lease_id", lease}, {"action", "escalate"},
                                            {"escalation", {{"tier", "legal"}, {"reason", "contract_question"}}}}.dump();
    const ApiReply r = m_api->post("/v1/review/items/" + item + "/decision", u"reviewer-1"_s, body, {{"Idempotency-Key", "k-esc"}});
    QCOMPARE(r.status, 201);
    const auto it = keel::domain::decodeItem(m_api->get("/v1/review/items/" + item, u"reviewer-1"_s).body);
    QVERIFY(it.ok());
    QCOMPARE(qs(it.value().status), u"escalated"_s);
    QVERIFY(!it.value().lease);
}

void TstPlatformReview::updatedSinceSeesChanges()
{
    // Incremental sync: everything changed since a point in time, and nothing older.
    // A second of slack: the platform was pinned to our clock when it started, a few ms late.
    const qint64 before = keel::test::nowMs() - 1000;
    const std::string item = nextPendingItem();
    QVERIFY(!claim(item, u"reviewer-2"_s).empty());
    const ApiReply r = m_api->get("/v1/review/items?limit=1000&updated_since=" + keel::domain::formatRfc3339(before), u"reviewer-1"_s);
    QCOMPARE(r.status, 200);
    const auto page = keel::domain::decodeItemPage(r.body);
    QVERIFY(page.ok());
    bool seen = false;
    for (const auto &it : page.value().items) {
        QVERIFY(it.updatedAt >= before);
        seen = seen || (it.id == item && it.status == "claimed");
    }
    QVERIFY(seen);
    const auto all = keel::domain::decodeItemPage(m_api->get("/v1/review/items?limit=1000", u"reviewer-1"_s).body);
    QVERIFY(all.ok());
    QVERIFY(page.value().items.size() < all.value().items.size());
}

void TstPlatformReview::expiredLeaseIsGone()
{
    keel::test::PlatformOptions options;
    options.days = 3;
    options.requestsPerDay = 1500;
    options.extraArgs = {u"--lease-seconds"_s, u"1"_s};
    m_shortLeases = std::make_unique<keel::test::PlatformProcess>(options);
    QVERIFY2(m_shortLeases->start(), qPrintable(m_shortLeases->errorString()));
    ApiClient api(*m_shortLeases);
    const auto page = keel::domain::decodeItemPage(api.get("/v1/review/items?status=pending&limit=1", u"reviewer-1"_s).body);
    QVERIFY(page.ok() && !page.value().items.empty());
    const std::string item = page.value().items.front().id;
    const ApiReply claimed = api.post("/v1/review/items/" + item + "/claim", u"reviewer-1"_s, {});
    QCOMPARE(claimed.status, 200);
    const auto lease = keel::domain::decodeLease(claimed.body);
    QVERIFY(lease.ok());
    // Wait (by polling the item, no fixed sleep) until the server shows the lease as ended.
    QTRY_VERIFY_WITH_TIMEOUT(keel::domain::decodeItem(api.get("/v1/review/items/" + item, u"reviewer-1"_s).body).value().status == "pending", 10000);
    const ApiReply r = api.post("/v1/review/items/" + item + "/decision", u"reviewer-1"_s, approveBody(lease.value().leaseId),
                                {{"Idempotency-Key", "k-expired"}});
    QCOMPARE(r.status, 410);
    QCOMPARE(qs(r.json().value("type", "")), u"https://keel.dev/problems/lease-expired"_s);
    QCOMPARE(api.post("/v1/review/items/" + item + "/lease/renew", u"reviewer-1"_s, {}).status, 410);
    // Another reviewer may take it now.
    QCOMPARE(api.post("/v1/review/items/" + item + "/claim", u"reviewer-2"_s, {}).status, 200);
}

QTEST_GUILESS_MAIN(TstPlatformReview)
#include "tst_platformreview.moc"
