// Langfuse io as plain text and decisions as scores, pure (no server): the shapes io comes in
// (strings, serialised JSON from v4, chat messages, parts), and which score each decision becomes
// on each kind of queue config, with ids that stay the same for the same idempotency key.
#include "sources/langfuse/langfusecontent.h"
#include "sources/langfuse/scoreplan.h"

#include <QTest>

#include <set>

using namespace Qt::StringLiterals;
using Json = nlohmann::json;
namespace lf = keel::sources::langfuse;
using keel::domain::DecisionAction;

namespace {
QString str(const Json &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString::fromStdString(v.dump());
}
} // namespace

class TestLangfuseMapping : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ioText_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("text");
        QTest::addRow("plain string") << u"\"Hello <b>there</b> &amp;\""_s << u"Hello <b>there</b> &amp;"_s;
        QTest::addRow("v4 raw string holding JSON") << u"\"{\\\"role\\\":\\\"assistant\\\",\\\"content\\\":\\\"Hi\\\"}\""_s
                                                    << u"assistant: Hi"_s;
        QTest::addRow("v4 raw string that only looks like JSON") << u"\"{not json\""_s << u"{not json"_s;
        QTest::addRow("messages") << u"[{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":\"Why?\"}]"_s
                                  << u"system: Be brief.\n\nuser: Why?"_s;
        QTest::addRow("content parts") << u"{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"a\"},{\"type\":\"text\",\"text\":\"b\"}]}"_s
                                       << u"user: a\nb"_s;
        QTest::addRow("one-member object") << u"{\"answer\":\"42 <script>x</script>\"}"_s << u"42 <script>x</script>"_s;
        QTest::addRow("null") << u"null"_s << QString();
        QTest::addRow("other JSON indented") << u"{\"a\":1,\"b\":[true]}"_s
                                             << u"{\n  \"a\": 1,\n  \"b\": [\n    true\n  ]\n}"_s;
    }
    void ioText()
    {
        QFETCH(QString, json);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(lf::ioText(Json::parse(json.toStdString()))), text);
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("configs");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("v4");
        QTest::addColumn<QString>("value"); // the verdict's value as JSON
        QTest::addColumn<int>("scores");
        const QString cat = u"[{\"id\":\"c1\",\"name\":\"verdict\",\"dataType\":\"CATEGORICAL\",\"categories\":[{\"value\":0,\"label\":\"Reject\"},{\"value\":1,\"label\":\"needs-edit\"},{\"value\":2,\"label\":\"accept\"}]}]"_s;
        const QString boolean = u"[{\"id\":\"b1\",\"name\":\"ok\",\"dataType\":\"BOOLEAN\"}]"_s;
        const QString numeric = u"[{\"id\":\"n1\",\"name\":\"quality\",\"dataType\":\"NUMERIC\",\"minValue\":1,\"maxValue\":5}]"_s;
        const QString oddLabels = u"[{\"id\":\"c2\",\"name\":\"v\",\"dataType\":\"CATEGORICAL\",\"categories\":[{\"value\":3,\"label\":\"great\"},{\"value\":-1,\"label\":\"awful\"}]}]"_s;
        QTest::addRow("categorical approve") << cat << int(DecisionAction::Approve) << true << u"\"accept\""_s << 1;
        QTest::addRow("categorical reject, label case") << cat << int(DecisionAction::Reject) << true << u"\"Reject\""_s << 1;
        QTest::addRow("categorical escalate falls to reject") << cat << int(DecisionAction::Escalate) << true
                                                               << u"\"Reject\""_s << 1;
        QTest::addRow("categorical edit v4 adds correction") << cat << int(DecisionAction::Edit) << true
                                                              << u"\"needs-edit\""_s << 2;
        QTest::addRow("categorical edit v3 in the comment") << cat << int(DecisionAction::Edit) << false
                                                             << u"\"needs-edit\""_s << 1;
        QTest::addRow("unknown labels approve: highest") << oddLabels << int(DecisionAction::Approve) << true
                                                         << u"\"great\""_s << 1;
        QTest::addRow("unknown labels reject: lowest") << oddLabels << int(DecisionAction::Reject) << true
                                                       << u"\"awful\""_s << 1;
        QTest::addRow("boolean approve") << boolean << int(DecisionAction::Approve) << true << u"1"_s << 1;
        QTest::addRow("boolean escalate") << boolean << int(DecisionAction::Escalate) << true << u"0"_s << 1;
        QTest::addRow("numeric approve") << numeric << int(DecisionAction::Approve) << true << u"5.0"_s << 1;
        QTest::addRow("numeric reject") << numeric << int(DecisionAction::Reject) << true << u"1.0"_s << 1;
    }
    void verdicts()
    {
        QFETCH(QString, configs);
        QFETCH(int, action);
        QFETCH(bool, v4);
        QFETCH(QString, value);
        QFETCH(int, scores);
        std::vector<lf::ScoreConfig> parsed;
        for (const Json &c : Json::parse(configs.toStdString()))
            parsed.push_back(*lf::readScoreConfig(c));
        keel::domain::Decision d;
        d.action = DecisionAction(action);
        d.editedOutput = "fixed";
        const auto plan = lf::planScores(d, parsed, {"t1", {}, {}}, "q1", v4, "key-1");
        QVERIFY(plan.error.isEmpty());
        QCOMPARE(int(plan.scores.size()), scores);
        const Json &verdict = plan.scores.front();
        QCOMPARE(QString::fromStdString(verdict["value"].dump()), value);
        QCOMPARE(str(verdict["source"]), u"ANNOTATION"_s);
        QCOMPARE(str(verdict["queueId"]), u"q1"_s);
        QCOMPARE(str(verdict["traceId"]), u"t1"_s);
        QCOMPARE(str(verdict["configId"]), QString::fromStdString(parsed.front().id));
        QCOMPARE(str(verdict["id"]), QString::fromStdString(lf::scoreId("key-1", "verdict")));
        // Only CreateScoreRequest members: the server is .strict().
        static const std::set<std::string> known = {"id", "traceId", "sessionId", "observationId", "datasetRunId", "name",
                                                    "value", "comment", "metadata", "environment", "queueId",
                                                    "dataType", "configId", "source"};
        for (const Json &s : plan.scores)
            for (const auto &[k, v] : s.items())
                QVERIFY2(known.count(k), k.c_str());
        if (d.action == DecisionAction::Edit && !v4)
            QVERIFY(verdict["comment"].get<std::string>().find("Edited output:\nfixed") != std::string::npos);
        if (scores == 2) {
            QCOMPARE(str(plan.scores[1]["dataType"]), u"CORRECTION"_s);
            QCOMPARE(str(plan.scores[1]["value"]), u"fixed"_s);
            QVERIFY(!plan.scores[1].contains("configId"));
        }
    }

    void noUsableConfigIsAnError()
    {
        const auto text = lf::readScoreConfig(Json{{"id", "t"}, {"name", "note"}, {"dataType", "TEXT"}});
        const auto plan = lf::planScores({}, {*text}, {"t1", {}, {}}, "q1", true, "k");
        QVERIFY(plan.scores.empty());
        QVERIFY(!plan.error.isEmpty());
    }

    void idsAreStablePerKeyAndRole()
    {
        QCOMPARE(lf::scoreId("k", "verdict"), lf::scoreId("k", "verdict"));
        QVERIFY(lf::scoreId("k", "verdict") != lf::scoreId("k", "correction"));
        QVERIFY(lf::scoreId("k", "verdict") != lf::scoreId("k2", "verdict"));
        QCOMPARE(lf::scoreId("k", "verdict").size(), std::size_t(36));
    }

    void itemKeys()
    {
        QString q, i;
        QVERIFY(lf::splitItemKey(lf::itemKey("queue1", "item1"), &q, &i));
        QCOMPARE(q, u"queue1"_s);
        QCOMPARE(i, u"item1"_s);
        QVERIFY(!lf::splitItemKey(u"it_000123"_s, &q, &i));
        QVERIFY(!lf::splitItemKey(u":x"_s, &q, &i));
    }
};

QTEST_GUILESS_MAIN(TestLangfuseMapping)
#include "tst_langfusemapping.moc"
