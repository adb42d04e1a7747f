// TLS: verification is on by default (a self-signed platform is refused), a custom CA bundle
// makes it trusted, a missing bundle file is a TLS error, and turning verification off (an
// explicit user choice) connects. Real TLS on loopback: cpp-httplib's SSLServer with a
// certificate made by the openssl CLI for this test.
#include "api/platformclient.h"

#include <httplib.h>

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <thread>

using namespace Qt::StringLiterals;
using keel::api::ApiError;
using keel::api::ApiResponse;
using keel::api::ConnectionSettings;

class TestTls : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cert = m_dir.filePath(u"cert.pem"_s);
        const QString key = m_dir.filePath(u"key.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, key,
                                     u"-out"_s, m_cert, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                                     u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s});
        QVERIFY(openssl.waitForFinished(60000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        m_server = std::make_unique<httplib::SSLServer>(m_cert.toLocal8Bit().constData(), key.toLocal8Bit().constData());
        QVERIFY(m_server->is_valid());
        m_server->Get("/v1/whoami", [](const httplib::Request &, httplib::Response &res) {
            res.set_content(R"({"user":"u","display_name":"U","roles":["reviewer"],"api_version":"1.0"})", "application/json");
        });
        m_port = m_server->bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server->listen_after_bind(); });
        while (!m_server->is_running())
            std::this_thread::yield();
    }
    void cleanupTestCase()
    {
        if (m_server)
            m_server->stop();
        if (m_thread.joinable())
            m_thread.join();
    }

    void verification_data()
    {
        QTest::addColumn<bool>("verify");
        QTest::addColumn<QString>("caBundle"); // "cert" = the server's own certificate
        QTest::addColumn<bool>("ok");
        QTest::addRow("default: self-signed refused") << true << QString() << false;
        QTest::addRow("custom CA bundle trusted") << true << u"cert"_s << true;
        QTest::addRow("missing CA bundle file") << true << u"/nonexistent/ca.pem"_s << false;
        QTest::addRow("verification off by choice") << false << QString() << true;
    }
    void verification()
    {
        QFETCH(bool, verify);
        QFETCH(QString, caBundle);
        QFETCH(bool, ok);
        ConnectionSettings s;
        s.baseUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(m_port));
        s.verifyTls = verify;
        s.caBundlePath = caBundle == u"cert"_s ? m_cert : caBundle;
        s.maxRetries = 0;
        keel::api::PlatformClient client(s);
        keel::api::ApiRequest r;
        r.path = u"/v1/whoami"_s;
        auto *reply = client.send(r);
        QSignalSpy spy(reply, &keel::api::ApiReply::finished);
        QVERIFY(spy.wait(20000));
        const auto res = spy.first().first().value<ApiResponse>();
        if (ok) {
            QVERIFY2(res.ok(), qPrintable(res.error.message));
            QCOMPARE(res.httpStatus, 200);
        } else {
            QCOMPARE(res.error.kind, ApiError::Kind::Tls);
            QVERIFY(keel::api::describe(res.error).contains(u"TLS"_s));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_cert;
    std::unique_ptr<httplib::SSLServer> m_server;
    std::thread m_thread;
    int m_port = 0;
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
