// The SLO definition file: the shipped example loads; every kind of mistake gets a clear error
// naming the place.
#include <api/platformclient.h>
#include <prometheus/slisourcefactory.h>
#include <slo/slodefinition.h>

#include <QSettings>
#include <QTemporaryDir>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keel::slo;

namespace {
// One valid SLO with `patch` merged over it (a JSON fragment of members, or a replacement).
QByteArray file(const QByteArray &slo)
{
    return "{\"version\": 1, \"slos\": [" + slo + "]}";
}
const QByteArray kValid =
    "{\"id\": \"chat-availability\", \"name\": \"Chat\", \"layer\": \"inference\", \"objective\": 0.99, \"window\": \"30d\","
    " \"sli\": {\"error_query\": \"sum(rate(e[{{.window}}]))\", \"total_query\": \"sum(rate(t[{{.window}}]))\"}}";
QByteArray with(const QByteArray &from, const QByteArray &to)
{
    QByteArray s = kValid;
    s.replace(from, to);
    return file(s);
}
} // namespace

class TestSloDefinition : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exampleFileLoads()
    {
        const auto load = loadSloDefinitions(QStringLiteral(KEEL_SOURCE_DIR "/resources/slo/keel-slos.json"));
        QVERIFY2(load.ok(), qPrintable(load.error));
        QVERIFY(load.set.slos.size() >= 4);
        const auto &first = load.set.slos.front();
        QCOMPARE(first.id, u"chat-availability"_s);
        QCOMPARE(first.windowDays, 30);
        QCOMPARE(first.errorRatioQuery(u"1h"_s),
                 u"(sum(rate(keel_inference_requests_total{route=\"/chat\",status=\"error\"}[1h]))) / "
                 "(sum(rate(keel_inference_requests_total{route=\"/chat\"}[1h])))"_s);
    }

    void goodQueryBecomesErrorRatio()
    {
        const auto load = parseSloDefinitions(with("\"error_query\"", "\"good_query\""));
        QVERIFY2(load.ok(), qPrintable(load.error));
        QCOMPARE(load.set.slos.front().errorRatioQuery(u"5m"_s), u"1 - ((sum(rate(e[5m]))) / (sum(rate(t[5m]))))"_s);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error"); // the message must contain this
        QTest::addRow("not-json") << QByteArray("{\"version\": 1,") << u"not valid JSON near byte"_s;
        QTest::addRow("not-object") << QByteArray("[]") << u"expected a JSON object"_s;
        QTest::addRow("wrong-version") << QByteArray("{\"version\": 2, \"slos\": []}") << u"version: expected 1"_s;
        QTest::addRow("no-slos") << QByteArray("{\"version\": 1}") << u"slos: expected an array"_s;
        QTest::addRow("empty-slos") << QByteArray("{\"version\": 1, \"slos\": []}") << u"at least one SLO"_s;
        QTest::addRow("missing-id") << with("\"id\": \"chat-availability\",", "") << u"slos[0].id: is required"_s;
        QTest::addRow("bad-id") << with("chat-availability", "Chat Availability!") << u"slos[0].id: use lower-case"_s;
        QTest::addRow("id-wrong-type") << with("\"chat-availability\"", "42") << u"slos[0].id: expected a string"_s;
        QTest::addRow("unknown-layer") << with("inference", "kitchen") << u"slos[0].layer: must be one of"_s;
        QTest::addRow("objective-1") << with("0.99", "1") << u"slos[0].objective: must be between 0 and 1"_s;
        QTest::addRow("objective-percent") << with("0.99", "99.9") << u"slos[0].objective: must be between 0 and 1"_s;
        QTest::addRow("objective-string") << with("0.99", "\"0.99\"") << u"slos[0].objective: expected a number"_s;
        QTest::addRow("window-hours") << with("30d", "720h") << u"slos[0].window: expected a whole number of days"_s;
        QTest::addRow("window-too-long") << with("30d", "400d") << u"slos[0].window: must be between 1d and 90d"_s;
        QTest::addRow("no-sli") << with(", \"sli\": {\"error_query\": \"sum(rate(e[{{.window}}]))\", \"total_query\": \"sum(rate(t[{{.window}}]))\"}", "")
                                << u"slos[0].sli: expected an object"_s;
        QTest::addRow("both-good-and-error") << with("\"error_query\": \"sum(rate(e[{{.window}}]))\"",
                                                     "\"error_query\": \"sum(rate(e[{{.window}}]))\", \"good_query\": \"g[{{.window}}]\"")
                                             << u"slos[0].sli: give exactly one of good_query and error_query"_s;
        QTest::addRow("no-total") << with(", \"total_query\": \"sum(rate(t[{{.window}}]))\"", "") << u"slos[0].sli.total_query: is required"_s;
        QTest::addRow("no-placeholder") << with("e[{{.window}}]", "e[5m]") << u"slos[0].sli.error_query: must contain the range placeholder"_s;
        QTest::addRow("unbalanced") << with("sum(rate(t[{{.window}}]))", "sum(rate(t[{{.window}}])") << u"slos[0].sli.total_query: unbalanced parentheses"_s;
        QTest::addRow("duplicate-id") << QByteArray("{\"version\": 1, \"slos\": [" + kValid + "," + kValid + "]}")
                                      << u"slos[1].id: \"chat-availability\" is defined twice"_s;
        QTest::addRow("huge-name") << with("\"Chat\"", QByteArray("\"") + QByteArray(20000, 'x') + QByteArray("\"")) << u"slos[0].name: longer than"_s;
        QTest::addRow("deep-nesting") << (QByteArray(5000, '[') + QByteArray(5000, ']')) << u"expected a JSON object"_s;
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto load = parseSloDefinitions(json);
        QVERIFY(!load.ok());
        QVERIFY2(load.error.contains(error), qPrintable(load.error));
        QVERIFY(load.set.slos.isEmpty()); // nothing half-loaded
    }

    void sourceChoiceFollowsSettings()
    {
        QTemporaryDir dir;
        keel::api::PlatformClient platform(keel::api::ConnectionSettings{});
        QSettings settings(dir.filePath(u"keel.ini"_s), QSettings::IniFormat);
        QString warning;
        // Nothing configured: the Platform API.
        auto source = keel::prometheus::createSliSource(&platform, settings, &warning);
        QVERIFY(source->describe().startsWith(u"Platform API"_s));
        QVERIFY(warning.isEmpty());
        // Prometheus with the example file.
        settings.setValue(u"slo/prometheus_url"_s, u"http://127.0.0.1:9090"_s);
        settings.setValue(u"slo/definitions_file"_s, QStringLiteral(KEEL_SOURCE_DIR "/resources/slo/keel-slos.json"));
        source = keel::prometheus::createSliSource(&platform, settings, &warning);
        QCOMPARE(source->describe(), u"Prometheus at http://127.0.0.1:9090"_s);
        // A broken file: said so, and the platform is used instead.
        settings.setValue(u"slo/definitions_file"_s, dir.filePath(u"missing.json"_s));
        source = keel::prometheus::createSliSource(&platform, settings, &warning);
        QVERIFY(source->describe().startsWith(u"Platform API"_s));
        QVERIFY2(warning.contains(u"missing.json: cannot open"_s), qPrintable(warning));
    }

    void missingFileNamesThePath()
    {
        const auto load = loadSloDefinitions(u"/nonexistent/keel-slos.json"_s);
        QVERIFY(!load.ok());
        QVERIFY(load.error.startsWith(u"/nonexistent/keel-slos.json: cannot open"_s));
    }
};

QTEST_GUILESS_MAIN(TestSloDefinition)
#include "tst_slodefinition.moc"
