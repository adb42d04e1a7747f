// "Test connection" says exactly what failed. Success, 401 and TCP against a real keel-platform;
// DNS against a reserved .invalid name; TLS by speaking https to a plain-http port; 403 and an
// unsupported API version from a scripted loopback server (keel-platform never answers those
// for /v1/whoami).
#include "api/connectiontester.h"

#include <platformprocess.h>

#include <httplib.h>

#include <QSignalSpy>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using keel::api::ConnectionSettings;
using keel::api::ConnectionTester;
using Outcome = keel::api::ConnectionTester::Outcome;

namespace {

struct Result {
    Outcome outcome = Outcome::Other;
    QString message;
    keel::domain::Identity identity;
};

Result runTester(const ConnectionSettings &settings)
{
    ConnectionTester tester;
    QSignalSpy spy(&tester, &ConnectionTester::finished);
    tester.start(settings);
    if (!spy.wait(30000))
        return {Outcome::Other, u"no answer"_s, {}};
    return {spy.first().at(0).value<Outcome>(), spy.first().at(1).toString(),
            spy.first().at(2).value<keel::domain::Identity>()};
}

ConnectionSettings at(const QString &url, const QString &token = u"t"_s)
{
    ConnectionSettings s;
    s.baseUrl = QUrl(url);
    s.token = token;
    s.connectTimeoutMs = 3000;
    s.totalTimeoutMs = 5000;
    return s;
}

struct Scripted {
    httplib::Server http;
    std::thread thread;
    int port = 0;
    explicit Scripted(std::function<void(httplib::Response &)> answer)
    {
        http.Get("/v1/whoami", [answer](const httplib::Request &, httplib::Response &res) { answer(res); });
        port = http.bind_to_any_port("127.0.0.1");
        thread = std::thread([this] { http.listen_after_bind(); });
        while (!http.is_running())
            std::this_thread::yield();
    }
    ~Scripted()
    {
        http.stop();
        thread.join();
    }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(port); }
};

} // namespace

class TestConnectionTester : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void againstKeelPlatform()
    {
        keel::test::PlatformProcess platform;
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        const QString url = platform.baseUrl().toString();

        const Result ok = runTester(at(url, platform.token(u"reviewer-1"_s)));
        QCOMPARE(ok.outcome, Outcome::Ok);
        QCOMPARE(ok.identity.user, std::string("reviewer-1"));
        QVERIFY(ok.message.contains(u"1.1"_s));

        const Result unauthorized = runTester(at(url, u"not-a-token"_s));
        QCOMPARE(unauthorized.outcome, Outcome::Unauthorized);
        QVERIFY(unauthorized.message.contains(u"401"_s));

        // TLS: https spoken to a plain-http port fails in the handshake
        QUrl https = platform.baseUrl();
        https.setScheme(u"https"_s);
        const Result tls = runTester(at(https.toString()));
        QCOMPARE(tls.outcome, Outcome::Tls);
        QVERIFY(tls.message.contains(u"TLS"_s));

        const int port = platform.baseUrl().port();
        platform.stop();
        const Result refused = runTester(at(u"http://127.0.0.1:%1"_s.arg(port)));
        QCOMPARE(refused.outcome, Outcome::Connect);
        QVERIFY(refused.message.contains(u"TCP"_s));
    }

    void nameResolution()
    {
        const Result r = runTester(at(u"http://keel-platform.invalid"_s));
        QCOMPARE(r.outcome, Outcome::NameResolution);
        QVERIFY(r.message.contains(u"DNS"_s));
    }

    void forbidden()
    {
        Scripted s([](httplib::Response &res) {
            res.status = 403;
            res.set_content(R"({"type":"about:blank","title":"Forbidden","status":403,"detail":"role missing"})",
                            "application/problem+json");
        });
        const Result r = runTester(at(s.url()));
        QCOMPARE(r.outcome, Outcome::Forbidden);
        QVERIFY(r.message.contains(u"403"_s));
    }

    void unsupportedApiVersion()
    {
        Scripted s([](httplib::Response &res) {
            res.set_content(R"({"user":"u","display_name":"U","roles":["reviewer"],"api_version":"2.3"})", "application/json");
        });
        const Result r = runTester(at(s.url()));
        QCOMPARE(r.outcome, Outcome::UnsupportedApiVersion);
        QVERIFY2(r.message.contains(u"2.3"_s), qPrintable(r.message));
    }
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
