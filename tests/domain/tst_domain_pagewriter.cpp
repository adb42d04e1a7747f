// RequestPageWriter writes exactly the text the DOM path (pageToJson + dump with the server's
// replace handler) writes: generated pages, hostile strings, number and time edge cases.
#include "samples.h"

#include <domain/codec.h>
#include <domain/requestpagewriter.h>

#include <QTest>

#include <limits>
#include <random>

using namespace keel;
using namespace keel::domain;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::string)

namespace {
std::string domText(const Page<RequestRecord> &page)
{
    return pageToJson(page).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// A record whose every string member is `text`.
RequestRecord withText(const std::string &text)
{
    RequestRecord r = test::sampleRequest(7);
    r.id = r.correlationId = r.route = r.useCase = r.model = r.provider = r.team = r.customerSegment
        = r.promptTemplate = r.status = r.errorCode = text;
    r.safetyFlags = {text, "pii", text};
    return r;
}

// Deterministic pseudo-random records: random bytes in strings (valid or not), random numbers.
Page<RequestRecord> generated(unsigned seed, int n)
{
    std::mt19937_64 rng(seed);
    const auto str = [&rng] {
        std::string s(rng() % 24, ' ');
        for (char &c : s)
            c = static_cast<char>(rng() % 4 == 0 ? rng() % 256 : 0x20 + rng() % 95);
        return s;
    };
    Page<RequestRecord> page;
    for (int i = 0; i < n; ++i) {
        RequestRecord r;
        r.id = str(); r.correlationId = str(); r.route = str(); r.useCase = str(); r.model = str();
        r.provider = str(); r.team = str(); r.customerSegment = str(); r.promptTemplate = str();
        r.status = str(); r.errorCode = str();
        r.ts = static_cast<std::int64_t>(rng() % 253402300800000ULL); // years 1970..9999
        r.inputTokens = static_cast<std::int64_t>(rng());
        r.outputTokens = static_cast<std::int64_t>(rng() % 100000);
        r.cachedTokens = -static_cast<std::int64_t>(rng() % 1000);
        r.costMicros = static_cast<std::int64_t>(rng() >> 3);
        r.latencyMs = static_cast<std::int64_t>(rng() % 60000);
        r.ttftMs = static_cast<std::int64_t>(rng() % 6000);
        r.cacheHit = rng() % 2;
        r.escalated = rng() % 2;
        for (unsigned k = rng() % 4; k > 0; --k)
            r.safetyFlags.push_back(str());
        r.confidence = std::uniform_real_distribution<double>(0, 1)(rng);
        r.riskScore = static_cast<double>(rng() % 10001) / 10000.0;
        page.items.push_back(std::move(r));
    }
    page.nextCursor = seed % 2 ? std::optional(str()) : std::nullopt;
    return page;
}
} // namespace

class PageWriterTest : public QObject {
    Q_OBJECT
private slots:
    void sameTextAsDom_data();
    void sameTextAsDom();
    void generatedPages_data();
    void generatedPages();
    void timeMatchesFormatRfc3339_data();
    void timeMatchesFormatRfc3339();
    void writerIsReusable();
    void decodesBack();
};

void PageWriterTest::sameTextAsDom_data()
{
    QTest::addColumn<std::string>("text");
    QTest::addRow("plain") << std::string("claims-triage@v7");
    QTest::addRow("empty") << std::string();
    QTest::addRow("quotes and backslash") << std::string(R"(say "hi" \ \\n)");
    std::string controls;
    for (int c = 1; c < 0x20; ++c)
        controls += static_cast<char>(c);
    controls += '\x7f';
    QTest::addRow("every control char") << controls;
    QTest::addRow("nul byte") << std::string("a\0b", 3);
    QTest::addRow("html") << std::string("<b>bold</b><script>alert('x')</script>&amp;");
    QTest::addRow("latin-1 in utf-8") << std::string("Gr\xc3\xbc\xc3\x9f" "e");
    QTest::addRow("cjk and emoji") << std::string("\xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x9a\x80");
    QTest::addRow("line and paragraph separators") << std::string("\xe2\x80\xa8\xe2\x80\xa9");
    QTest::addRow("invalid utf-8 lone continuation") << std::string("a\x80z");
    QTest::addRow("invalid utf-8 truncated") << std::string("ok\xe6\x97");
    QTest::addRow("invalid utf-8 overlong") << std::string("\xc0\xaf");
    QTest::addRow("long") << std::string(100000, 'x');
}

void PageWriterTest::sameTextAsDom()
{
    QFETCH(std::string, text);
    Page<RequestRecord> page;
    page.items = {withText(text), test::sampleRequest(1)};
    page.nextCursor = text;
    QCOMPARE(QByteArray::fromStdString(writeRequestPage(page)), QByteArray::fromStdString(domText(page)));

    // Number edge cases ride along on the same page.
    RequestRecord &r = page.items[1];
    r.inputTokens = std::numeric_limits<std::int64_t>::max();
    r.outputTokens = std::numeric_limits<std::int64_t>::min();
    r.confidence = 1e-7;
    r.riskScore = 0.30000000000000004;
    page.items.push_back(r);
    page.items.back().confidence = std::numeric_limits<double>::quiet_NaN();
    page.items.back().riskScore = -0.0;
    page.items.back().ts = -1;
    page.nextCursor.reset();
    QCOMPARE(QByteArray::fromStdString(writeRequestPage(page)), QByteArray::fromStdString(domText(page)));
}

void PageWriterTest::generatedPages_data()
{
    QTest::addColumn<unsigned>("seed");
    for (unsigned seed : {1u, 2u, 3u, 42u, 1234u})
        QTest::addRow("seed %u", seed) << seed;
}

void PageWriterTest::generatedPages()
{
    QFETCH(unsigned, seed);
    const Page<RequestRecord> page = generated(seed, 300);
    QCOMPARE(QByteArray::fromStdString(writeRequestPage(page)), QByteArray::fromStdString(domText(page)));
}

void PageWriterTest::timeMatchesFormatRfc3339_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addRow("epoch") << qint64(0);
    QTest::addRow("one ms before epoch") << qint64(-1);
    QTest::addRow("1969-12-31 midnight") << qint64(-86400000);
    QTest::addRow("leap day 2024") << qint64(1709208000000);
    QTest::addRow("2026 with millis") << qint64(1795717942123);
    QTest::addRow("end of 2000") << qint64(978307199999);
    QTest::addRow("year 1") << qint64(-62135596800000);
    QTest::addRow("9999-12-31 last ms") << qint64(253402300799999);
    QTest::addRow("year 10000 (fallback)") << qint64(253402300800000);
    QTest::addRow("before year 0 (fallback)") << qint64(-62167219200001);
}

void PageWriterTest::timeMatchesFormatRfc3339()
{
    QFETCH(qint64, ms);
    std::string out;
    detail::appendRfc3339(out, ms);
    QCOMPARE(QByteArray::fromStdString(out), QByteArray::fromStdString(formatRfc3339(ms)));
}

void PageWriterTest::writerIsReusable()
{
    RequestPageWriter writer;
    QCOMPARE(QByteArray::fromStdString(writer.finish(std::nullopt)), QByteArray(R"({"items":[],"next_cursor":null})"));
    const Page<RequestRecord> page = generated(9, 3);
    for (const auto &r : page.items)
        writer.add(r);
    QCOMPARE(writer.count(), std::size_t(3));
    QCOMPARE(QByteArray::fromStdString(writer.finish(page.nextCursor)), QByteArray::fromStdString(domText(page)));
    QCOMPARE(writer.count(), std::size_t(0));
}

void PageWriterTest::decodesBack()
{
    Page<RequestRecord> page;
    for (int i = 0; i < 50; ++i)
        page.items.push_back(test::sampleRequest(i));
    page.items[3].errorCode = "quote \" and \n newline";
    page.nextCursor = "abc";
    const auto decoded = decodeRequestPage(writeRequestPage(page));
    QVERIFY2(decoded, decoded ? "" : decoded.error().toString().c_str());
    QCOMPARE(decoded.value().items.size(), page.items.size());
    QCOMPARE(QByteArray::fromStdString(decoded.value().items[3].errorCode), QByteArray::fromStdString(page.items[3].errorCode));
    QCOMPARE(decoded.value().items[49].ts, page.items[49].ts);
    QCOMPARE(decoded.value().nextCursor, page.nextCursor);
}

QTEST_APPLESS_MAIN(PageWriterTest)
#include "tst_domain_pagewriter.moc"
