// (a) Every golden fixture decodes with the console's codecs and re-encodes to the same JSON, so
// the fixtures, the codecs and therefore the server (which encodes with the same codecs) agree.
#include "codecdispatch.h"
#include "keystructure.h"

#include <testdirs.h>

#include <QDir>
#include <QTest>

using namespace keel;
using namespace Qt::StringLiterals;

namespace {
// Fixture file name (without .json) → the codec that reads it.
const std::vector<std::pair<std::string, std::string>> &fixtureKinds()
{
    static const std::vector<std::pair<std::string, std::string>> kinds = {
        {"whoami", "whoami"}, {"requests", "requests"}, {"trace", "trace"}, {"series", "series"},
        {"spend", "spend"}, {"budgets", "budgets"}, {"slos", "slos"}, {"slo_status", "slo_status"},
        {"queues", "queues"}, {"items", "items"}, {"item", "item"}, {"lease", "lease"},
        {"decision", "decision"}, {"receipt", "receipt"}, {"feedback", "feedback"},
        {"problem_401", "problem"}, {"problem_403", "problem"}, {"problem_404", "problem"},
        {"problem_409", "problem"}, {"problem_422", "problem"}};
    return kinds;
}
} // namespace

class FixturesTest : public QObject {
    Q_OBJECT
private slots:
    void decodeReencode_data();
    void decodeReencode();
    void everyFixtureFileIsListed();
    void shapeCheckerSeesDifferences();
};

void FixturesTest::decodeReencode_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    for (const auto &[name, kind] : fixtureKinds())
        QTest::addRow("%s", name.c_str()) << QString::fromStdString(name) << QString::fromStdString(kind);
}

void FixturesTest::decodeReencode()
{
    QFETCH(QString, name);
    QFETCH(QString, kind);
    const nlohmann::json fixture = test::loadFixture(name.toStdString());
    QVERIFY2(!fixture.is_discarded(), "fixture missing or not JSON");
    // Decode the fixture's text exactly as it would come off the wire.
    const test::Reencoded r = test::reencode(kind.toStdString(), fixture.dump());
    QVERIFY2(r.ok, r.error.c_str());
    QVERIFY2(r.json == fixture, ("re-encoded: " + r.json.dump(1) + "\nfixture: " + fixture.dump(1)).c_str());
}

void FixturesTest::everyFixtureFileIsListed()
{
    const QStringList files = QDir(test::sourcePath(u"contract/fixtures"_s)).entryList({u"*.json"_s}, QDir::Files);
    QCOMPARE(files.size(), qsizetype(fixtureKinds().size()));
    for (const auto &[name, kind] : fixtureKinds())
        QVERIFY2(files.contains(QString::fromStdString(name) + u".json"_s), name.c_str());
}

void FixturesTest::shapeCheckerSeesDifferences()
{
    const nlohmann::json item = test::loadFixture("item");
    nlohmann::json extra = item;
    extra["surprise"] = 1;
    nlohmann::json missing = item;
    missing.erase("sla_due");
    nlohmann::json retyped = item;
    retyped["risk_score"] = "0.8";
    nlohmann::json nested = test::loadFixture("queues");
    nested["items"][0]["counts"].erase("claimed");
    QCOMPARE(test::shapeDifference(item, item), std::string());
    QCOMPARE(test::shapeDifference(item, extra), std::string("(document): response has extra member \"surprise\""));
    QCOMPARE(test::shapeDifference(item, missing), std::string("(document): response lacks member \"sla_due\""));
    QCOMPARE(test::shapeDifference(item, retyped), std::string("risk_score: fixture has number, response has string"));
    nlohmann::json otherAttributes = test::loadFixture("trace");
    otherAttributes["spans"][0]["attributes"] = {{"cache.hit", "false"}};
    QCOMPARE(test::shapeDifference(test::loadFixture("trace"), otherAttributes), std::string());
    QCOMPARE(test::shapeDifference(test::loadFixture("queues"), nested),
             std::string("items[0].counts: response lacks member \"claimed\""));
}

QTEST_GUILESS_MAIN(FixturesTest)
#include "tst_contract_fixtures.moc"
