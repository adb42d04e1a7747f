// Decoding of Prometheus query API answers, including hostile and odd ones.
#include <prometheus/promresult.h>

#include <QTest>

using namespace Qt::StringLiterals;
using keel::prometheus::parsePromResponse;

class TestPromResult : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("http");
        QTest::addColumn<QString>("errorType"); // "" = success
        QTest::addColumn<int>("series");
        QTest::addColumn<int>("samples");      // in the first series
        QTest::addColumn<QString>("first");    // first value, "none" = no data
        QTest::addColumn<int>("warnings");

        QTest::addRow("vector") << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{\"route\":\"/chat\"},\"value\":[1795544730.5,\"0.0125\"]}]}}")
                                << 200 << QString() << 1 << 1 << u"0.0125"_s << 0;
        QTest::addRow("matrix") << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{},\"values\":[[1,\"1\"],[2,\"2\"],[3,\"3\"]]},{\"metric\":{\"a\":\"b\"},\"values\":[]}]}}")
                                << 200 << QString() << 2 << 3 << u"1"_s << 0;
        QTest::addRow("scalar") << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\",\"result\":[5,\"42\"]}}")
                                << 200 << QString() << 1 << 1 << u"42"_s << 0;
        // 0/0 over a quiet window: NaN is "no data", never 0.
        QTest::addRow("nan-is-no-data") << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{},\"value\":[1,\"NaN\"]}]}}") << 200 << QString() << 1 << 1 << u"none"_s << 0;
        QTest::addRow("inf-is-no-data") << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{},\"value\":[1,\"+Inf\"]}]}}") << 200 << QString() << 1 << 1 << u"none"_s << 0;
        QTest::addRow("empty-vector") << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}")
                                      << 200 << QString() << 0 << 0 << u"none"_s << 0;
        QTest::addRow("warnings-kept") << QByteArray("{\"status\":\"success\",\"warnings\":[\"partial response\"],\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{},\"value\":[1,\"2\"]}]}}")
                                       << 200 << QString() << 1 << 1 << u"2"_s << 1;
        QTest::addRow("prometheus-error") << QByteArray("{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"parse error at char 5\"}")
                                          << 400 << u"bad_data"_s << 0 << 0 << u"none"_s << 0;
        // VictoriaMetrics puts the HTTP status in errorType; it means what Prometheus' name says.
        QTest::addRow("victoriametrics-error")
            << QByteArray("{\"status\":\"error\",\"errorType\":\"422\",\"error\":\"error when executing query=\\\"sum(\\\": "
                          "cannot parse the query: unexpected end of stream\"}")
            << 422 << u"bad_data"_s << 0 << 0 << u"none"_s << 0;
        QTest::addRow("victoriametrics-unavailable")
            << QByteArray("{\"status\":\"error\",\"errorType\":\"503\",\"error\":\"storage is starting\"}")
            << 503 << u"unavailable"_s << 0 << 0 << u"none"_s << 0;
        QTest::addRow("html-502") << QByteArray("<html><body>Bad gateway</body></html>") << 502 << u"decode"_s << 0 << 0
                                  << u"none"_s << 0;
        QTest::addRow("truncated") << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vec") << 200 << u"decode"_s
                                   << 0 << 0 << u"none"_s << 0;
        QTest::addRow("value-not-number") << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{},\"value\":[1,\"abc\"]}]}}") << 200 << u"decode"_s << 0 << 0 << u"none"_s << 0;
        QTest::addRow("value-wrong-type") << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{},\"value\":[1,{\"x\":1}]}]}}") << 200 << u"decode"_s << 0 << 0 << u"none"_s << 0;
        QTest::addRow("label-wrong-type") << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{\"route\":5},\"value\":[1,\"1\"]}]}}") << 200 << u"decode"_s << 0 << 0 << u"none"_s << 0;
        QTest::addRow("missing-data") << QByteArray("{\"status\":\"success\"}") << 200 << u"decode"_s << 0 << 0 << u"none"_s << 0;
        QTest::addRow("unknown-result-type") << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"string\",\"result\":[]}}")
                                             << 200 << QString() << 0 << 0 << u"none"_s << 0;
        QTest::addRow("deep-nesting") << (QByteArray(10000, '[') + QByteArray(10000, ']')) << 200 << u"decode"_s << 0 << 0
                                      << u"none"_s << 0;
        QTest::addRow("not-an-object") << QByteArray("[1,2]") << 200 << u"decode"_s << 0 << 0 << u"none"_s << 0;
    }
    void decode()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, http);
        QFETCH(QString, errorType);
        QFETCH(int, series);
        QFETCH(int, samples);
        QFETCH(QString, first);
        QFETCH(int, warnings);
        const auto r = parsePromResponse(body, http);
        QCOMPARE(r.errorType, errorType);
        QCOMPARE(r.ok(), errorType.isEmpty());
        if (!r.ok())
            QVERIFY(!r.error.isEmpty());
        QCOMPARE(r.series.size(), series);
        if (series > 0)
            QCOMPARE(r.series.front().samples.size(), samples);
        const auto v = r.firstValue();
        QCOMPARE(v ? QString::number(*v) : u"none"_s, first);
        QCOMPARE(r.warnings.size(), warnings);
    }
    void hugeErrorTextIsBounded()
    {
        const QByteArray body = "{\"status\":\"error\",\"errorType\":\"execution\",\"error\":\"" + QByteArray(1 << 20, 'x') + "\"}";
        const auto r = parsePromResponse(body, 422);
        QVERIFY(!r.ok());
        QVERIFY(r.error.size() <= 2000);
    }
};

QTEST_GUILESS_MAIN(TestPromResult)
#include "tst_promresult.moc"
