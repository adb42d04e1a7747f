// Fault injection (flags and admin endpoint) and process lifecycle: 5xx, hang past the client's
// timeout, drop mid-body, malformed JSON; SIGTERM ends a hanging server; reopening a data
// directory serves the same dataset and tokens without regenerating. /metrics counts the faults
// injected; --review-items gives a load test its queue.
#include "apiclient.h"

#include <domain/codec.h>

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using keel::test::ApiClient;
using keel::test::ApiReply;
using keel::test::qs;

class TstPlatformFaults : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void error5xx();
    void malformedJson();
    void dropMidBody();
    void hangPastClientTimeout();
    void pathPrefixFromCommandLine();
    void sigtermEndsHangingServer();
    void reopenKeepsDataset();
    void injectedFaultsAreCounted();
    void reviewItemsOption();
    void reviewItemsRefusesBadValues();

private:
    void setFaults(const nlohmann::json &faults);
    std::unique_ptr<keel::test::PlatformProcess> m_platform;
    std::unique_ptr<ApiClient> m_api;
};

void TstPlatformFaults::initTestCase()
{
    keel::test::PlatformOptions options;
    options.days = 2;
    options.requestsPerDay = 1000;
    m_platform = std::make_unique<keel::test::PlatformProcess>(options);
    QVERIFY2(m_platform->start(), qPrintable(m_platform->errorString()));
    m_api = std::make_unique<ApiClient>(*m_platform);
}

void TstPlatformFaults::cleanupTestCase()
{
    m_api.reset();
    m_platform.reset();
}

void TstPlatformFaults::cleanup()
{
    if (m_platform && m_platform->isRunning())
        setFaults(nlohmann::json::object());
}

void TstPlatformFaults::setFaults(const nlohmann::json &faults)
{
    const ApiReply r = m_api->put("/v1/admin/faults", u"admin"_s, faults.dump());
    QCOMPARE(r.status, 200);
}

void TstPlatformFaults::error5xx()
{
    setFaults({{"error_5xx", 1.0}});
    const ApiReply r = m_api->get("/v1/whoami", u"reviewer-1"_s);
    QCOMPARE(r.status, 503);
    QCOMPARE(qs(r.header("Content-Type")), u"application/problem+json"_s);
    QVERIFY(keel::domain::decodeProblem(r.body).ok());
    // The admin endpoint is never faulted, so faults can always be switched off.
    setFaults(nlohmann::json::object());
    QCOMPARE(m_api->get("/v1/whoami", u"reviewer-1"_s).status, 200);
}

void TstPlatformFaults::malformedJson()
{
    setFaults({{"malformed", 1.0}});
    const ApiReply r = m_api->get("/v1/review/queues", u"reviewer-1"_s);
    QCOMPARE(r.status, 200);
    const auto decoded = keel::domain::decodeQueuePage(r.body);
    QVERIFY(!decoded.ok());
    QVERIFY(r.json().is_discarded());
}

void TstPlatformFaults::dropMidBody()
{
    setFaults({{"drop", 1.0}});
    const ApiReply viaClient = m_api->get("/v1/review/queues", u"reviewer-1"_s);
    QCOMPARE(viaClient.status, 0); // the client saw the connection end before the body did
    QVERIFY(viaClient.error != httplib::Error::Success);
    const std::string token = m_platform->token(u"reviewer-1"_s).toStdString();
    const std::string raw = keel::test::rawExchange(*m_platform, "GET /v1/review/queues HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                                                                     + token + "\r\n\r\n");
    const auto headerEnd = raw.find("\r\n\r\n");
    QVERIFY(headerEnd != std::string::npos);
    const auto cl = raw.find("Content-Length: ");
    QVERIFY(cl != std::string::npos);
    const auto declared = std::stoul(raw.substr(cl + 16, raw.find("\r\n", cl) - cl - 16));
    QVERIFY(raw.size() - headerEnd - 4 < declared); // truncated
}

void TstPlatformFaults::hangPastClientTimeout()
{
    setFaults({{"hang", 1.0}, {"hang_ms", 20000}});
    ApiClient impatient(*m_platform, 500);
    const ApiReply r = impatient.get("/v1/whoami", u"reviewer-1"_s);
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, httplib::Error::Read);
    setFaults(nlohmann::json::object());
    QCOMPARE(m_api->get("/v1/whoami", u"reviewer-1"_s).status, 200);
}

void TstPlatformFaults::pathPrefixFromCommandLine()
{
    keel::test::PlatformOptions options;
    options.days = 1;
    options.requestsPerDay = 500;
    options.extraArgs = {u"--fault-5xx"_s, u"1"_s, u"--fault-path-prefix"_s, u"/v1/review"_s};
    keel::test::PlatformProcess faulty(options);
    QVERIFY2(faulty.start(), qPrintable(faulty.errorString()));
    ApiClient api(faulty);
    QCOMPARE(api.get("/v1/review/queues", u"reviewer-1"_s).status, 503);
    QCOMPARE(api.get("/v1/whoami", u"reviewer-1"_s).status, 200);
    const auto current = api.get("/v1/admin/faults", u"admin"_s).json();
    QCOMPARE(current.value("error_5xx", 0.0), 1.0);
    QCOMPARE(qs(current.value("path_prefix", "")), u"/v1/review"_s);
}

void TstPlatformFaults::sigtermEndsHangingServer()
{
    keel::test::PlatformOptions options;
    options.days = 1;
    options.requestsPerDay = 500;
    options.extraArgs = {u"--fault-hang"_s, u"1"_s, u"--hang-ms"_s, u"120000"_s};
    keel::test::PlatformProcess hanging(options);
    QVERIFY2(hanging.start(), qPrintable(hanging.errorString()));
    ApiReply reply;
    std::thread client([&] {
        ApiClient api(hanging, 60000);
        reply = api.get("/v1/whoami", u"reviewer-1"_s);
    });
    // Wait until the request is in the server (it logs nothing until it answers, so poll /metrics,
    // which is never faulted, for the server being up) and then stop it.
    ApiClient probe(hanging);
    QTRY_COMPARE_WITH_TIMEOUT(probe.get("/metrics", {}).status, 200, 10000);
    hanging.stop();
    client.join();
    QVERIFY(!hanging.isRunning());
    QVERIFY2(hanging.stderrText().contains(u"keel-platform: stopped"_s), "server did not stop cleanly");
    QVERIFY(reply.status == 503 || reply.status == 0);
}

namespace {
// A one-day dataset in a folder the test owns, so it can reopen it or look inside.
keel::test::PlatformOptions smallDatasetIn(const QTemporaryDir &dir)
{
    keel::test::PlatformOptions options;
    options.days = 1;
    options.requestsPerDay = 500;
    options.dataDir = dir.path();
    return options;
}
} // namespace

void TstPlatformFaults::reopenKeepsDataset()
{
    QTemporaryDir dir;
    keel::test::PlatformOptions options = smallDatasetIn(dir);
    std::string firstPage;
    QString token;
    {
        keel::test::PlatformProcess first(options);
        QVERIFY2(first.start(), qPrintable(first.errorString()));
        firstPage = ApiClient(first).get("/v1/telemetry/requests?limit=100", u"admin"_s).body;
        token = first.token(u"admin"_s);
        first.stop();
    }
    const QFileInfo tokens(dir.path() + u"/demo-tokens.json"_s);
    QCOMPARE(tokens.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());
    options.seed = 99; // ignored: the directory already holds a dataset
    keel::test::PlatformProcess second(options);
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    QCOMPARE(second.token(u"admin"_s), token);
    QCOMPARE(qs(ApiClient(second).get("/v1/telemetry/requests?limit=100", u"admin"_s).body), qs(firstPage));
    QVERIFY(!second.stderrText().contains(u"generated"_s));
}

namespace {
long long faultCount(const ApiClient &api, const std::string &fault)
{
    const std::string body = api.get("/metrics", {}).body;
    const std::string series = "keel_platform_faults_injected_total{fault=\"" + fault + "\"} ";
    const auto at = body.find(series);
    return at == std::string::npos ? -1 : std::stoll(body.substr(at + series.size()));
}
} // namespace

void TstPlatformFaults::injectedFaultsAreCounted()
{
    const long long before5xx = faultCount(*m_api, "error_5xx");
    const long long beforeDrop = faultCount(*m_api, "drop");
    QVERIFY(before5xx >= 0 && beforeDrop >= 0);
    setFaults({{"error_5xx", 1.0}});
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_api->get("/v1/whoami", u"reviewer-1"_s).status, 503);
    QCOMPARE(m_api->get("/v1/admin/faults", u"admin"_s).status, 200); // never faulted, never counted
    setFaults({{"drop", 1.0}});
    QCOMPARE(m_api->get("/v1/whoami", u"reviewer-1"_s).status, 0);
    setFaults(nlohmann::json::object());
    QCOMPARE(m_api->get("/v1/whoami", u"reviewer-1"_s).status, 200);
    QCOMPARE(faultCount(*m_api, "error_5xx"), before5xx + 3);
    QCOMPARE(faultCount(*m_api, "drop"), beforeDrop + 1);
}

void TstPlatformFaults::reviewItemsOption()
{
    // A load test's queue: 1,500 pending items on a dataset that seeds a handful.
    QTemporaryDir dir;
    keel::test::PlatformOptions options = smallDatasetIn(dir);
    options.extraArgs = {u"--review-items"_s, u"1500"_s};
    auto pendingTotal = [](const ApiClient &api) {
        long long pending = 0;
        const nlohmann::json queues = api.get("/v1/review/queues", u"reviewer-1"_s).json();
        for (const auto &q : queues["items"])
            pending += q["counts"].value("pending", 0LL);
        return pending;
    };
    std::string lastId;
    {
        keel::test::PlatformProcess platform(options);
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        ApiClient api(platform);
        QCOMPARE(pendingTotal(api), 1500);
        QVERIFY(platform.stderrText().contains(u"pending review items (--review-items 1500)"_s));
        // The newest item is a whole one: listed, claimed and decided like any other.
        std::string cursor;
        for (int page = 0; page < 100; ++page) {
            const ApiReply r = api.get("/v1/review/items?status=pending&limit=1000" + (cursor.empty() ? "" : "&cursor=" + cursor),
                                       u"reviewer-1"_s);
            const auto decoded = keel::domain::decodeItemPage(r.body);
            QVERIFY2(decoded.ok(), r.body.substr(0, 200).c_str());
            for (const auto &item : decoded.value().items)
                lastId = std::max(lastId, item.id);
            if (!decoded.value().nextCursor)
                break;
            cursor = *decoded.value().nextCursor;
        }
        const ApiReply claim = api.post("/v1/review/items/" + lastId + "/claim", u"reviewer-1"_s, {});
        QCOMPARE(claim.status, 200);
        const std::string body = R"({"lease_id":")" + keel::domain::decodeLease(claim.body).value().leaseId + R"(","action":"approve"})";
        QCOMPARE(api.post("/v1/review/items/" + lastId + "/decision", u"reviewer-1"_s, body, {{"Idempotency-Key", "backlog-1"}}).status, 201);
        QCOMPARE(pendingTotal(api), 1499);
        platform.stop();
    }
    // Reopened with the option again: the folder already got its backlog, nothing is added.
    keel::test::PlatformProcess again(options);
    QVERIFY2(again.start(), qPrintable(again.errorString()));
    QCOMPARE(pendingTotal(ApiClient(again)), 1499);
    QVERIFY(!again.stderrText().contains(u"pending review items"_s));
}

void TstPlatformFaults::reviewItemsRefusesBadValues()
{
    for (const QString &value : {u"0"_s, u"-5"_s, u"lots"_s, u"1000001"_s}) {
        QTemporaryDir dir;
        QProcess p;
        p.start(QString::fromUtf8(KEEL_PLATFORM_BIN), {u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, dir.path(),
                                                       u"--review-items"_s, value});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(u"--review-items expects an integer between 1 and 1000000"_s));
        QVERIFY(!QFile::exists(dir.filePath(u"platform.db"_s)));
    }
}

QTEST_GUILESS_MAIN(TstPlatformFaults)
#include "tst_platformfaults.moc"
