// decodeRequestPage's fast path takes keel-platform's own page text and gives exactly what the
// SAX decoder gives; on anything else it steps aside, so results and error messages never change.
#include "samples.h"

#include <domain/codec.h>
#include <domain/requestpagefastpath.h>
#include <domain/requestpagewriter.h>

#include <QTest>

using namespace keel;
using namespace keel::domain;

Q_DECLARE_METATYPE(std::string)

namespace {
std::string validPage()
{
    Page<RequestRecord> page;
    for (int i = 0; i < 3; ++i)
        page.items.push_back(test::sampleRequest(i));
    page.items[1].status = "error";
    page.items[1].errorCode = "upstream_timeout";
    page.items[1].safetyFlags = {};
    page.items[2].safetyFlags = {"pii", "jailbreak_attempt"};
    page.items[2].confidence = 0.1234;
    page.items[2].riskScore = 1;
    page.nextCursor = "c_abc";
    return writeRequestPage(page);
}

std::string replaced(std::string text, const std::string &from, const std::string &to)
{
    const auto at = text.find(from);
    if (at == std::string::npos)
        qFatal("test data: '%s' not in the page", from.c_str());
    return text.replace(at, from.size(), to);
}

// Same outcome: both decoded to the same page (compared as written text), or the same error.
void compareOutcomes(const Decoded<Page<RequestRecord>> &actual, const Decoded<Page<RequestRecord>> &expected)
{
    QCOMPARE(actual.ok(), expected.ok());
    if (actual.ok()) {
        QCOMPARE(QByteArray::fromStdString(writeRequestPage(actual.value())),
                 QByteArray::fromStdString(writeRequestPage(expected.value())));
    } else {
        QCOMPARE(QByteArray::fromStdString(actual.error().toString()), QByteArray::fromStdString(expected.error().toString()));
    }
}
} // namespace

class FastPathTest : public QObject {
    Q_OBJECT
private slots:
    void takesServerPages_data();
    void takesServerPages();
    void stepsAsideOnAnythingElse_data();
    void stepsAsideOnAnythingElse();
};

void FastPathTest::takesServerPages_data()
{
    QTest::addColumn<std::string>("body");
    const std::string page = validPage();
    QTest::addRow("writer output") << page;
    QTest::addRow("empty last page") << std::string(R"({"items":[],"next_cursor":null})");
    QTest::addRow("whitespace everywhere") << replaced(replaced(replaced(page, "{", " {\n "), ":", " : "), ",", " ,\t");
    QTest::addRow("null error_code and safety_flags")
        << replaced(replaced(page, R"("error_code":"")", R"("error_code":null)"), R"("safety_flags":[])", R"("safety_flags":null)");
    QTest::addRow("exponent and integer scores")
        << replaced(replaced(page, R"("confidence":0.62)", R"("confidence":6.2e-1)"), R"("risk_score":0.81)", R"("risk_score":0)");
    QTest::addRow("no optional members") << replaced(replaced(page, R"("error_code":"",)", ""), R"("safety_flags":["pii"],)", "");
    QTest::addRow("members in another order")
        << replaced(replaced(page, R"("cache_hit":false,"cached_tokens":1024,)", ""), R"("use_case":"claims_triage"})",
                    R"("use_case":"claims_triage","cached_tokens":1024,"cache_hit":false})");
    Page<RequestRecord> big;
    for (int i = 0; i < 2000; ++i)
        big.items.push_back(test::sampleRequest(i));
    QTest::addRow("2000 records") << writeRequestPage(big);
}

void FastPathTest::takesServerPages()
{
    QFETCH(std::string, body);
    const auto fast = detail::fastDecodeRequestPage(body, DecodeLimits{});
    const auto sax = detail::saxDecodeRequestPage(body, DecodeLimits{});
    const bool saxOk = sax.ok();
    QVERIFY2(saxOk, saxOk ? "" : sax.error().toString().c_str());
    QVERIFY(fast.has_value());
    compareOutcomes(Decoded<Page<RequestRecord>>(*fast), sax);
    compareOutcomes(decodeRequestPage(body), sax);
}

void FastPathTest::stepsAsideOnAnythingElse_data()
{
    QTest::addColumn<std::string>("body");
    const std::string page = validPage();
    QTest::addRow("escaped quote") << replaced(page, "claims-ops", R"(claims\"ops)");
    QTest::addRow("unicode escape") << replaced(page, "claims-ops", R"(claims\u00e9ops)");
    QTest::addRow("raw utf-8") << replaced(page, "claims-ops", "claims-\xc3\xa9ops");
    QTest::addRow("invalid utf-8") << replaced(page, "claims-ops", "claims-\xc3ops");
    QTest::addRow("raw control char") << replaced(page, "claims-ops", "claims\x01ops");
    QTest::addRow("unknown member") << replaced(page, R"("cache_hit":false)", R"("cache_hit":false,"extra":{"a":[1]})");
    QTest::addRow("repeated member") << replaced(page, R"("team":"claims-ops")", R"("team":"a","team":"b")");
    QTest::addRow("missing id") << replaced(page, R"("id":"rq_000000001000",)", "");
    QTest::addRow("empty id") << replaced(page, R"("id":"rq_000000001000")", R"("id":"")");
    QTest::addRow("negative tokens") << replaced(page, R"("input_tokens":1843)", R"("input_tokens":-1843)");
    QTest::addRow("float tokens") << replaced(page, R"("input_tokens":1843)", R"("input_tokens":1843.5)");
    QTest::addRow("leading zero") << replaced(page, R"("input_tokens":1843)", R"("input_tokens":01843)");
    QTest::addRow("int64 overflow") << replaced(page, R"("input_tokens":1843)", R"("input_tokens":9223372036854775808)");
    QTest::addRow("score above 1") << replaced(page, R"("confidence":0.62)", R"("confidence":1.5)");
    QTest::addRow("score overflow") << replaced(page, R"("confidence":0.62)", R"("confidence":1e400)");
    QTest::addRow("score as string") << replaced(page, R"("confidence":0.62)", R"("confidence":"0.62")");
    QTest::addRow("bad time") << replaced(page, R"("ts":"2026-11-19T14:03:27.412Z")", R"("ts":"2026-13-19T14:03:27Z")");
    QTest::addRow("time as number") << replaced(page, R"("ts":"2026-11-19T14:03:27.412Z")", R"("ts":1795717942123)");
    QTest::addRow("unknown status") << replaced(page, R"("status":"ok")", R"("status":"fine")");
    QTest::addRow("boolean as string") << replaced(page, R"("cache_hit":false)", R"("cache_hit":"false")");
    QTest::addRow("flag not a string") << replaced(page, R"("safety_flags":["pii"])", R"("safety_flags":[1])");
    QTest::addRow("long id") << replaced(page, R"("id":"rq_000000001000")", "\"id\":\"" + std::string(300, 'x') + '"');
    QTest::addRow("truncated") << page.substr(0, page.size() / 2);
    QTest::addRow("trailing garbage") << page + "x";
    QTest::addRow("extra top-level member") << replaced(page, R"("next_cursor")", R"("total":3,"next_cursor")");
    QTest::addRow("empty cursor") << replaced(page, R"("next_cursor":"c_abc")", R"("next_cursor":"")");
    QTest::addRow("items not an array") << std::string(R"({"items":{},"next_cursor":null})");
    QTest::addRow("item not an object") << std::string(R"({"items":[1],"next_cursor":null})");
    QTest::addRow("not json") << std::string("<html>502 Bad Gateway</html>");
    QTest::addRow("empty body") << std::string();
}

void FastPathTest::stepsAsideOnAnythingElse()
{
    QFETCH(std::string, body);
    QVERIFY(!detail::fastDecodeRequestPage(body, DecodeLimits{}).has_value());
    compareOutcomes(decodeRequestPage(body), detail::saxDecodeRequestPage(body, DecodeLimits{}));
}

QTEST_APPLESS_MAIN(FastPathTest)
#include "tst_domain_fastpath.moc"
