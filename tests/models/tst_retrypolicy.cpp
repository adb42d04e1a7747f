// Pure decisions of the platform client: backoff, Retry-After, curl error mapping, retryability.
#include "api/retrypolicy.h"

#include <QTest>

#include <curl/curl.h>

using namespace Qt::StringLiterals;
using keel::api::ApiError;

class TestRetryPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void backoff_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("base");
        QTest::addColumn<int>("max");
        QTest::addColumn<double>("unit");
        QTest::addColumn<int>("expected");
        QTest::addRow("first retry, top of range") << 0 << 200 << 10000 << 0.999999 << 199;
        QTest::addRow("first retry, bottom") << 0 << 200 << 10000 << 0.0 << 0;
        QTest::addRow("third retry, half") << 2 << 200 << 10000 << 0.5 << 400;
        QTest::addRow("capped") << 10 << 200 << 10000 << 0.5 << 5000;
        QTest::addRow("huge attempt stays capped") << 1000 << 200 << 10000 << 1.0 << 10000;
        QTest::addRow("unit above one clamped") << 1 << 100 << 10000 << 7.0 << 200;
    }
    void backoff()
    {
        QFETCH(int, attempt);
        QFETCH(int, base);
        QFETCH(int, max);
        QFETCH(double, unit);
        QFETCH(int, expected);
        QCOMPARE(keel::api::backoffDelayMs(attempt, base, max, unit), expected);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected"); // -1 = unparseable
        QTest::addRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::addRow("zero") << QByteArray("0") << qint64(0);
        QTest::addRow("spaces") << QByteArray("  3 ") << qint64(3000);
        QTest::addRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::addRow("http date 30 s ahead") << QByteArray("Thu, 26 Nov 2026 18:00:30 GMT") << qint64(30000);
        QTest::addRow("http date in the past") << QByteArray("Thu, 26 Nov 2026 17:00:00 GMT") << qint64(0);
        QTest::addRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::addRow("empty") << QByteArray("") << qint64(-1);
    }
    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2026, 11, 26), QTime(18, 0, 0), Qt::UTC);
        const auto got = keel::api::parseRetryAfterMs(value, now);
        QCOMPARE(got.value_or(-1), expected);
    }

    void curlMapping_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addRow("resolve") << int(CURLE_COULDNT_RESOLVE_HOST) << ApiError::Kind::NameResolution;
        QTest::addRow("connect") << int(CURLE_COULDNT_CONNECT) << ApiError::Kind::Connect;
        QTest::addRow("timeout") << int(CURLE_OPERATION_TIMEDOUT) << ApiError::Kind::Timeout;
        QTest::addRow("ssl connect") << int(CURLE_SSL_CONNECT_ERROR) << ApiError::Kind::Tls;
        QTest::addRow("peer verification") << int(CURLE_PEER_FAILED_VERIFICATION) << ApiError::Kind::Tls;
        QTest::addRow("bad CA file") << int(CURLE_SSL_CACERT_BADFILE) << ApiError::Kind::Tls;
        QTest::addRow("partial") << int(CURLE_PARTIAL_FILE) << ApiError::Kind::ConnectionDropped;
        QTest::addRow("recv") << int(CURLE_RECV_ERROR) << ApiError::Kind::ConnectionDropped;
        QTest::addRow("got nothing") << int(CURLE_GOT_NOTHING) << ApiError::Kind::ConnectionDropped;
        QTest::addRow("bad url") << int(CURLE_URL_MALFORMAT) << ApiError::Kind::InvalidUrl;
        QTest::addRow("ok") << int(CURLE_OK) << ApiError::Kind::None;
    }
    void curlMapping()
    {
        QFETCH(int, code);
        QFETCH(ApiError::Kind, kind);
        QCOMPARE(keel::api::kindForCurlCode(code), kind);
    }

    void retryable_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("hasKey");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retry");
        using K = ApiError::Kind;
        QTest::addRow("GET 503") << QByteArray("GET") << false << K::Http << 503 << true;
        QTest::addRow("GET 500") << QByteArray("GET") << false << K::Http << 500 << true;
        QTest::addRow("GET 404") << QByteArray("GET") << false << K::Http << 404 << false;
        QTest::addRow("GET timeout") << QByteArray("GET") << false << K::Timeout << 0 << true;
        QTest::addRow("GET drop") << QByteArray("GET") << false << K::ConnectionDropped << 0 << true;
        QTest::addRow("GET dns") << QByteArray("GET") << false << K::NameResolution << 0 << false;
        QTest::addRow("GET tls") << QByteArray("GET") << false << K::Tls << 0 << false;
        QTest::addRow("keyed POST 502") << QByteArray("POST") << true << K::Http << 502 << true;
        QTest::addRow("keyed POST drop") << QByteArray("POST") << true << K::ConnectionDropped << 0 << true;
        QTest::addRow("keyed POST 409") << QByteArray("POST") << true << K::Http << 409 << false;
        QTest::addRow("plain POST 503") << QByteArray("POST") << false << K::Http << 503 << false;
        QTest::addRow("plain POST timeout") << QByteArray("POST") << false << K::Timeout << 0 << false;
        QTest::addRow("plain POST 429") << QByteArray("POST") << false << K::Http << 429 << true;
        QTest::addRow("plain POST refused") << QByteArray("POST") << false << K::Connect << 0 << true;
    }
    void retryable()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, hasKey);
        QFETCH(ApiError::Kind, kind);
        QFETCH(int, status);
        QFETCH(bool, retry);
        QCOMPARE(keel::api::shouldRetry(kind, status, keel::api::isIdempotent(method, hasKey)), retry);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
