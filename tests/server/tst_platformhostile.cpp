// keel-platform against requests an attacker or a broken client sends (issue: hostile input and
// faults). Each case below was accepted, or cost the server dearly, before its fix.
#include "apiclient.h"

#include <logtext.h>

#include <domain/codec.h>

#include <nlohmann/json.hpp>

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using keel::test::ApiClient;
using keel::test::ApiReply;
using keel::test::rawExchange;

namespace {

using keel::test::statusOf;

std::string headersOf(const std::string &reply) { return reply.substr(0, reply.find("\r\n\r\n")); }

} // namespace

class TstPlatformHostile : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void multiRangeIsServedWhole();
    void conflictingContentLengthsRefused();
    void nulAfterDecisionRefused();
    void deepBodiesRefusedEverywhere_data();
    void deepBodiesRefusedEverywhere();
    void tokenComparedExactly_data();
    void tokenComparedExactly();
    void logEscapesControlCharacters();
    void logLinesCannotBeForged();
    void feedbackPagesByCursor();
    void loopCursorFaultSurvivesBinaryCursor();

private:
    std::string get(const std::string &path, const std::string &extraHeaders = {}) const
    {
        return rawExchange(*m_platform, "GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + extraHeaders + "\r\n");
    }
    std::string token(const QString &who) const { return m_platform->token(who).toStdString(); }

    std::unique_ptr<keel::test::PlatformProcess> m_platform;
    std::unique_ptr<ApiClient> m_api;
};

void TstPlatformHostile::initTestCase()
{
    keel::test::PlatformOptions options;
    options.days = 2;
    options.requestsPerDay = 500;
    m_platform = std::make_unique<keel::test::PlatformProcess>(options);
    QVERIFY2(m_platform->start(), qPrintable(m_platform->errorString()));
    m_api = std::make_unique<ApiClient>(*m_platform);
}

void TstPlatformHostile::multiRangeIsServedWhole()
{
    // One unauthenticated header asking for the whole /metrics 2,000 times over: httplib 0.11 would
    // build a multipart answer of 2,000 copies in memory.
    const std::string plain = get("/metrics");
    QCOMPARE(statusOf(plain), 200);
    std::string ranges = "Range: bytes=0-";
    for (int i = 0; i < 2000; ++i)
        ranges += ",0-";
    const std::string reply = get("/metrics", ranges + "\r\n");
    QCOMPARE(statusOf(reply), 200);
    QVERIFY2(headersOf(reply).find("multipart/byteranges") == std::string::npos, headersOf(reply).c_str());
    QVERIFY2(reply.size() < plain.size() * 2, std::to_string(reply.size()).c_str());
    // A single range is not served either: the answer is the whole document, never a slice of JSON.
    const std::string one = get("/metrics", "Range: bytes=0-9\r\n");
    QCOMPARE(statusOf(one), 200);
    QVERIFY(one.size() > plain.size() / 2);
}

void TstPlatformHostile::conflictingContentLengthsRefused()
{
    const std::string body = R"({"error_5xx":0})";
    auto put = [&](const std::string &lengths) {
        return rawExchange(*m_platform, "PUT /v1/admin/faults HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token(u"admin"_s)
                                            + "\r\nContent-Type: application/json\r\n" + lengths + "\r\n" + body);
    };
    const std::string conflicting = put("Content-Length: " + std::to_string(body.size()) + "\r\nContent-Length: 3\r\n");
    QCOMPARE(statusOf(conflicting), 400);
    QVERIFY2(conflicting.find("Content-Length") != std::string::npos, conflicting.c_str());
    // The same length twice is one framing (RFC 9112 §6.3 lets a recipient fold it): served.
    const std::string same = put("Content-Length: " + std::to_string(body.size()) + "\r\nContent-Length: "
                                 + std::to_string(body.size()) + "\r\nConnection: close\r\n");
    QCOMPARE(statusOf(same), 200);
}

void TstPlatformHostile::nulAfterDecisionRefused()
{
    const auto list = keel::domain::decodeItemPage(m_api->get("/v1/review/items?status=pending&limit=1", u"reviewer-1"_s).body);
    QVERIFY(list.ok() && !list.value().items.empty());
    const std::string id = list.value().items.front().id;
    const ApiReply claim = m_api->post("/v1/review/items/" + id + "/claim", u"reviewer-1"_s, {});
    QCOMPARE(claim.status, 200);
    const auto lease = keel::domain::decodeLease(claim.body);
    QVERIFY(lease.ok());
    std::string body = R"({"lease_id":")" + lease.value().leaseId + R"(","action":"approve"})";
    body += std::string("\0{\"action\":\"reject\"}", 20);
    const ApiReply r = m_api->post("/v1/review/items/" + id + "/decision", u"reviewer-1"_s, body,
                                   {{"Idempotency-Key", "hostile-nul-1"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.problemField(), std::string("body"));
    QVERIFY2(r.body.find("NUL byte") != std::string::npos, r.body.c_str());
    const auto item = keel::domain::decodeItem(m_api->get("/v1/review/items/" + id, u"reviewer-1"_s).body);
    QVERIFY(item.ok());
    QCOMPARE(item.value().status, std::string("claimed")); // nothing was applied
}

void TstPlatformHostile::deepBodiesRefusedEverywhere_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("identity");
    QTest::addColumn<QByteArray>("body");
    const QByteArray open(1024 * 1000, '[');
    const QByteArray deepValid = "{\"error_5xx\":0,\"note\":" + QByteArray(100, '[') + QByteArray(100, ']') + "}";
    QTest::addRow("renew, 1 MB of [") << u"POST"_s << u"/v1/review/items/none/lease/renew"_s << u"reviewer-1"_s << open;
    QTest::addRow("release, 1 MB of [") << u"POST"_s << u"/v1/review/items/none/lease/release"_s << u"reviewer-1"_s << open;
    QTest::addRow("faults, well-formed but 100 deep") << u"PUT"_s << u"/v1/admin/faults"_s << u"admin"_s << deepValid;
    QTest::addRow("faults, NUL then more") << u"PUT"_s << u"/v1/admin/faults"_s << u"admin"_s
                                           << QByteArray("{\"error_5xx\":0}\0{\"error_5xx\":1}", 31);
}

void TstPlatformHostile::deepBodiesRefusedEverywhere()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, identity);
    QFETCH(QByteArray, body);
    const ApiReply r = m_api->raw(method.toStdString(), path.toStdString(),
                                  {{"Authorization", "Bearer " + token(identity)}, {"Content-Type", "application/json"}},
                                  body.toStdString());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.problemField(), std::string("body"));
    QVERIFY2(r.body.find("nests deeper than 64") != std::string::npos || r.body.find("NUL byte") != std::string::npos,
             r.body.c_str());
    const auto faults = m_api->get("/v1/admin/faults", u"admin"_s).json();
    QCOMPARE(faults.value("error_5xx", -1.0), 0.0); // the refused body set nothing
}

void TstPlatformHostile::tokenComparedExactly_data()
{
    QTest::addColumn<QByteArray>("authorization"); // %1 is a valid token
    QTest::addColumn<int>("status");
    QTest::addRow("valid") << QByteArray("Authorization: Bearer %1\r\n") << 200;
    // RFC 9110 §5.5: a NUL in a field value means the whole message is refused, before any token
    // is looked at (an engine that cut the value at the NUL would let "token\0garbage" in).
    QTest::addRow("NUL and more") << QByteArray("Authorization: Bearer %1\0garbage\r\n", 34) << 400;
    QTest::addRow("inner space") << QByteArray("Authorization: Bearer %1 x\r\n") << 401;
    QTest::addRow("two headers") << QByteArray("Authorization: Bearer %1\r\nAuthorization: Bearer %1\r\n") << 401;
}

void TstPlatformHostile::tokenComparedExactly()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    const QByteArray header = authorization.replace("%1", QByteArray::fromStdString(token(u"council"_s)));
    const std::string reply = get("/v1/whoami", header.toStdString());
    QCOMPARE(statusOf(reply), status);
}

void TstPlatformHostile::logEscapesControlCharacters()
{
    using keel::platform::escapeForLog;
    QCOMPARE(escapeForLog("/v1/ok/ünïcode"), std::string("/v1/ok/ünïcode"));
    QCOMPARE(escapeForLog("/a\r\nkeel-platform: GET /forged 200"), std::string("/a\\x0d\\x0akeel-platform: GET /forged 200"));
    QCOMPARE(escapeForLog(std::string("x\0y\x1b[2J\x7f\\", 9)), std::string("x\\x00y\\x1b[2J\\x7f\\x5c"));
}

void TstPlatformHostile::logLinesCannotBeForged()
{
    const std::string reply = get("/v1/x%0d%0akeel-platform:%20GET%20/forged%20200%0d%0a",
                                  "X-Request-Id: hostile-log-check\r\n");
    QVERIFY(statusOf(reply) > 0);
    QString log;
    for (int i = 0; i < 100 && !log.contains(u"hostile-log-check"_s); ++i) {
        QTest::qWait(50);
        log += m_platform->stderrText();
    }
    QVERIFY2(log.contains(u"hostile-log-check"_s), qPrintable(log.right(500)));
    static const QRegularExpression forged(u"^keel-platform: GET /forged"_s, QRegularExpression::MultilineOption);
    QVERIFY2(!forged.match(log).hasMatch(), qPrintable(log.right(500)));
    QVERIFY2(log.contains(u"/v1/x\\x0d\\x0akeel-platform: GET /forged 200\\x0d\\x0a"_s), qPrintable(log.right(500)));
}

void TstPlatformHostile::feedbackPagesByCursor()
{
    // Three more decisions on top of the seeded ones, then the whole feed paged 2 lines at a time
    // by Next-Cursor: the same lines as one big page, none twice. With `since` alone a client
    // would loop forever on a millisecond holding more decisions than its page size.
    const auto pending = keel::domain::decodeItemPage(m_api->get("/v1/review/items?status=pending&limit=3", u"reviewer-2"_s).body);
    QVERIFY(pending.ok() && pending.value().items.size() == 3);
    int n = 0;
    for (const auto &item : pending.value().items) {
        const ApiReply claim = m_api->post("/v1/review/items/" + item.id + "/claim", u"reviewer-2"_s, {});
        QCOMPARE(claim.status, 200);
        const std::string body = R"({"lease_id":")" + keel::domain::decodeLease(claim.body).value().leaseId + R"(","action":"approve"})";
        QCOMPARE(m_api->post("/v1/review/items/" + item.id + "/decision", u"reviewer-2"_s, body,
                             {{"Idempotency-Key", "hostile-feed-" + std::to_string(++n)}}).status, 201);
    }
    const ApiReply whole = m_api->get("/v1/review/feedback?limit=100000", u"council"_s);
    QCOMPARE(whole.status, 200);
    QVERIFY(whole.header("Next-Cursor").empty()); // not a full page: nothing follows
    QStringList expected = QString::fromStdString(whole.body).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(expected.size() >= 3);

    QStringList paged;
    std::string path = "/v1/review/feedback?limit=2";
    for (int page = 0; page < 10000; ++page) {
        const ApiReply r = m_api->get(path, u"council"_s);
        QCOMPARE(r.status, 200);
        paged += QString::fromStdString(r.body).split(u'\n', Qt::SkipEmptyParts);
        const std::string next = r.header("Next-Cursor");
        if (next.empty())
            break;
        QVERIFY2(r.header("Link").find("rel=\"next\"") != std::string::npos, r.header("Link").c_str());
        path = "/v1/review/feedback?limit=2&cursor=" + next;
    }
    QCOMPARE(paged, expected);
    QCOMPARE(m_api->get("/v1/review/feedback?cursor=bm90LWEtY3Vyc29y", u"council"_s).status, 400);
}

void TstPlatformHostile::loopCursorFaultSurvivesBinaryCursor()
{
    // With the loop_cursor fault on, the request's cursor is echoed into next_cursor; a cursor
    // that is not UTF-8 made the JSON writer throw (500). Found by fuzzing.
    QCOMPARE(m_api->put("/v1/admin/faults", u"admin"_s, R"({"loop_cursor":true})").status, 200);
    const ApiReply r = m_api->get("/v1/review/queues?cursor=%FF%FE", u"council"_s);
    QCOMPARE(m_api->put("/v1/admin/faults", u"admin"_s, R"({"loop_cursor":false})").status, 200);
    QCOMPARE(r.status, 200);
    QVERIFY2(nlohmann::json::accept(r.body), r.body.c_str());
}

QTEST_GUILESS_MAIN(TstPlatformHostile)
#include "tst_platformhostile.moc"
