// Every wire type survives encode → text → decode → encode unchanged, including the variants of
// its optional members; the SAX request-page decoder yields exactly the records it was given.
#include "codecdispatch.h"
#include "samples.h"

#include <QTest>

#include <limits>

using namespace keel;
using namespace keel::domain;
using namespace Qt::StringLiterals;

class RoundTripTest : public QObject {
    Q_OBJECT
private slots:
    void everyType_data();
    void everyType();
    void everyKindHasASample();
    void requestPageFieldsExact();
    void unknownMembersIgnored_data();
    void unknownMembersIgnored();
    void nullAndAbsentOptionalsAgree();
    void decisionActionStrings_data();
    void decisionActionStrings();
};

void RoundTripTest::everyType_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");
    for (const test::Sample &s : test::samples())
        QTest::addRow("%s", s.name.c_str()) << QString::fromStdString(s.kind) << QByteArray::fromStdString(s.json.dump());
}

void RoundTripTest::everyType()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    const test::Reencoded r = test::reencode(kind.toStdString(), body.toStdString());
    QVERIFY2(r.ok, r.error.c_str());
    const nlohmann::json original = nlohmann::json::parse(body.toStdString());
    QVERIFY2(r.json == original, ("re-encoded: " + r.json.dump() + "\noriginal:   " + original.dump()).c_str());
}

void RoundTripTest::everyKindHasASample()
{
    for (const std::string &kind : test::codecKinds()) {
        bool found = false;
        for (const test::Sample &s : test::samples())
            found = found || s.kind == kind;
        QVERIFY2(found, kind.c_str());
    }
}

void RoundTripTest::requestPageFieldsExact()
{
    Page<RequestRecord> page;
    page.items = {test::sampleRequest(0), test::sampleRequest(1)};
    page.items[1].costMicros = std::numeric_limits<Micros>::max();
    page.items[1].safetyFlags = {"pii", "jailbreak_attempt"};
    page.items[1].errorCode = "content_filter";
    page.items[1].status = "error";
    page.nextCursor = "next";
    const auto decoded = decodeRequestPage(pageToJson(page).dump());
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : decoded.error().toString().c_str());
    const auto &items = decoded.value().items;
    QCOMPARE(items.size(), 2u);
    QCOMPARE(decoded.value().nextCursor.value_or(""), std::string("next"));
    const RequestRecord &a = items[1];
    const RequestRecord &e = page.items[1];
    QCOMPARE(a.id, e.id);
    QCOMPARE(a.ts, e.ts);
    QCOMPARE(a.costMicros, std::numeric_limits<Micros>::max());
    QCOMPARE(a.safetyFlags, e.safetyFlags);
    QCOMPARE(a.errorCode, e.errorCode);
    QCOMPARE(a.confidence, e.confidence);
    QCOMPARE(a.riskScore, e.riskScore);
    QCOMPARE(a.cachedTokens, e.cachedTokens);
    QCOMPARE(a.escalated, e.escalated);
}

void RoundTripTest::unknownMembersIgnored_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");
    // Clients must ignore members they do not know (additive changes within v1).
    for (const test::Sample &s : test::samples()) {
        nlohmann::json j = s.json;
        j["added_in_v1_9"] = {{"nested", {1, 2, {{"deep", true}}}}, {"text", "x"}};
        if (j.contains("items") && !j["items"].empty())
            j["items"][0]["future_member"] = nlohmann::json::array({nullptr, 1.5, "s"});
        QTest::addRow("%s", s.name.c_str()) << QString::fromStdString(s.kind) << QByteArray::fromStdString(j.dump());
    }
}

void RoundTripTest::unknownMembersIgnored()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    const test::Reencoded r = test::reencode(kind.toStdString(), body.toStdString());
    QVERIFY2(r.ok, r.error.c_str());
    QVERIFY(!r.json.contains("added_in_v1_9"));
}

void RoundTripTest::nullAndAbsentOptionalsAgree()
{
    nlohmann::json record = toJson(test::sampleRequest());
    record["error_code"] = nullptr;
    record.erase("safety_flags");
    const auto d = decodeRequestPage(nlohmann::json{{"items", {record}}}.dump());
    QVERIFY2(d.ok(), d.ok() ? "" : d.error().toString().c_str());
    QVERIFY(d.value().items[0].errorCode.empty());
    QVERIFY(d.value().items[0].safetyFlags.empty());
    QVERIFY(!d.value().nextCursor);

    nlohmann::json item = toJson(test::sampleItem());
    item.erase("lease");
    item["reason_escalated"] = nullptr;
    const auto i = decodeItem(item.dump());
    QVERIFY2(i.ok(), i.ok() ? "" : i.error().toString().c_str());
    QVERIFY(!i.value().lease);
    QVERIFY(i.value().reasonEscalated.empty());
}

void RoundTripTest::decisionActionStrings_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("text");
    QTest::addRow("approve") << int(DecisionAction::Approve) << u"approve"_s;
    QTest::addRow("edit") << int(DecisionAction::Edit) << u"edit"_s;
    QTest::addRow("escalate") << int(DecisionAction::Escalate) << u"escalate"_s;
    QTest::addRow("reject") << int(DecisionAction::Reject) << u"reject"_s;
}

void RoundTripTest::decisionActionStrings()
{
    QFETCH(int, action);
    QFETCH(QString, text);
    const auto a = static_cast<DecisionAction>(action);
    QCOMPARE(QString::fromUtf8(toString(a).data(), qsizetype(toString(a).size())), text);
    QCOMPARE(decisionActionFromString(text.toStdString()), std::optional<DecisionAction>(a));
    QVERIFY(!decisionActionFromString(text.toUpper().toStdString()));
    QVERIFY(!decisionActionFromString(""));
}

QTEST_GUILESS_MAIN(RoundTripTest)
#include "tst_domain_roundtrip.moc"
