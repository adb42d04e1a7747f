// Hostile sizes: a 50 MB string and 10,000-deep nesting are refused with a clear message, by the
// SAX bulk decoder and by the DOM decoders alike, without exhausting the stack or building a DOM.
#include "codecdispatch.h"
#include "samples.h"

#include <QTest>

using namespace keel;
using namespace Qt::StringLiterals;
using nlohmann::json;

class LimitsTest : public QObject {
    Q_OBJECT
private slots:
    void hugeString_data();
    void hugeString();
    void deepNesting_data();
    void deepNesting();
    void customTextLimit();
    void escapedQuotesDoNotFoolTheScan();
};

namespace {
constexpr qsizetype kHuge = 50 * 1024 * 1024;
constexpr qsizetype kLarge = 5 * 1024 * 1024;

// `prefix` + a string of `size` 'a's + `suffix`, built without an intermediate DOM.
QByteArray withHugeString(const char *prefix, const char *suffix, qsizetype size)
{
    QByteArray body(prefix);
    body.append('"');
    body.append(QByteArray(size, 'a'));
    body.append('"');
    body.append(suffix);
    return body;
}

QByteArray nested(const char *prefix, int depth, const char *suffix)
{
    return QByteArray(QByteArray(prefix) + QByteArray(depth, '[') + QByteArray(depth, ']') + QByteArray(suffix));
}
} // namespace

void LimitsTest::hugeString_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    // 50 MB is refused by the pre-parse scan (its spelling alone is over 6 × the limit), 5 MB by the
    // SAX string callback, which knows the full path.
    QTest::addRow("requests route 50 MB") << u"requests"_s << withHugeString(R"({"items":[{"id":"rq_1","route":)", "}]}", kHuge)
        << u"requests: string of 52428800 bytes at byte 31 (member \"route\") exceeds the limit of 4194304"_s;
    QTest::addRow("item output 50 MB") << u"item"_s << withHugeString(R"({"id":"it_1","output":)", "}", kHuge)
        << u"review item: string of 52428800 bytes at byte 22 (member \"output\") exceeds the limit of 4194304"_s;
    QTest::addRow("requests route 5 MB") << u"requests"_s << withHugeString(R"({"items":[{"id":"rq_1","route":)", "}]}", kLarge)
        << u"requests: items[0].route: string of 5242880 bytes exceeds the limit of 4194304"_s;
    QTest::addRow("item output 5 MB") << u"item"_s << withHugeString(R"({"id":"it_1","output":)", "}", kLarge)
        << u"review item: output: string of 5242880 bytes exceeds the limit of 4194304"_s;
    QTest::addRow("decision comment 5 MB") << u"decision"_s << withHugeString(R"({"lease_id":"l","comment":)", "}", kLarge)
        << u"decision: comment: string of 5242880 bytes exceeds the limit of 4194304"_s;
}

void LimitsTest::hugeString()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const test::Reencoded r = test::reencode(kind.toStdString(), std::string_view(body.constData(), size_t(body.size())));
    QVERIFY(!r.ok);
    QCOMPARE(QString::fromStdString(r.error), expected);
}

void LimitsTest::deepNesting_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::addRow("requests unknown member") << u"requests"_s << nested(R"({"items":[],"x":)", 10000, "}")
        << u"requests: JSON nests deeper than 64 levels"_s;
    QTest::addRow("requests inside a record") << u"requests"_s << nested(R"({"items":[{"x":)", 10000, "}]}")
        << u"requests: items[0]: JSON nests deeper than 64 levels"_s;
    QTest::addRow("requests bare arrays") << u"requests"_s << nested("", 10000, "")
        << u"requests: expected object, got array"_s;
    QTest::addRow("whoami bare arrays") << u"whoami"_s << nested("", 10000, "")
        << u"whoami: [0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: JSON nests deeper than 64 levels"_s;
    QTest::addRow("item member") << u"item"_s << nested(R"({"id":"it_1","sources":)", 10000, "}")
        << u"review item: sources[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: JSON nests deeper than 64 levels"_s;
    QTest::addRow("decision objects") << u"decision"_s
        << QByteArray(QByteArray(R"({"lease_id":)") + QByteArray(R"({"a":)").repeated(10000) + "1" + QByteArray(10000, '}') + "}")
        << u"decision: lease_id.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a: JSON nests deeper than 64 levels"_s;
}

void LimitsTest::deepNesting()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const test::Reencoded r = test::reencode(kind.toStdString(), body.toStdString());
    QVERIFY(!r.ok);
    QCOMPARE(QString::fromStdString(r.error), expected);
}

void LimitsTest::customTextLimit()
{
    // The limit is the caller's: a 1 KiB output passes the default and fails a 100-byte limit.
    json item = toJson(test::sampleItem());
    item["output"] = std::string(1024, 'o');
    domain::DecodeLimits small;
    small.maxTextLength = 100;
    QVERIFY(domain::decodeItem(item.dump()).ok());
    const auto d = domain::decodeItem(item.dump(), small);
    QVERIFY(!d.ok());
    QCOMPARE(QString::fromStdString(d.error().toString()),
             u"review item: string of 1024 bytes at byte 178 (member \"output\") exceeds the limit of 100"_s);
    // Between the limit and the scan's certainty threshold the parser's own check names the path.
    item["output"] = std::string(300, 'o');
    const auto e = domain::decodeItem(item.dump(), small);
    QCOMPARE(QString::fromStdString(e.error().toString()),
             u"review item: output: string of 300 bytes exceeds the limit of 100"_s);
}

void LimitsTest::escapedQuotesDoNotFoolTheScan()
{
    // Many short strings full of escaped quotes and backslashes in a body over the scan threshold:
    // valid, so it must decode; the scan must not pair quotes wrongly and see one giant string.
    domain::DecodeLimits limits;
    limits.maxTextLength = 64;
    limits.maxItemsPerPage = 100000;
    json page = json::parse(R"({"items":[],"next_cursor":null})");
    json record = toJson(test::sampleRequest());
    record["prompt_template"] = "say \"hi\" \\ then \\\"quote\\\"";
    for (int i = 0; i < 200; ++i)
        page["items"].push_back(record);
    const std::string body = page.dump();
    QVERIFY(body.size() > 6 * limits.maxTextLength);
    const auto d = domain::decodeRequestPage(body, limits);
    QVERIFY2(d.ok(), d.ok() ? "" : d.error().toString().c_str());
    QCOMPARE(d.value().items.size(), 200u);
    QCOMPARE(d.value().items[199].promptTemplate, record["prompt_template"].get<std::string>());
}

QTEST_GUILESS_MAIN(LimitsTest)
#include "tst_domain_limits.moc"
