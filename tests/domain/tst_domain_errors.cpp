// Each class of bad input, for several resources, gives one specific message naming the resource
// and the field: malformed text, wrong type, missing member, huge/overflowing numbers, out of range
// values, unknown enum values, over-long strings, oversize pages.
#include "codecdispatch.h"
#include "samples.h"

#include <QTest>

using namespace keel;
using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

json sampleOf(const std::string &kind)
{
    for (const test::Sample &s : test::samples())
        if (s.kind == kind)
            return s.json;
    return {};
}

// The first sample of `kind` with the member at JSON pointer `ptr` replaced (or removed when
// `value` is discarded), as text.
QByteArray mutated(const std::string &kind, const std::string &ptr, const json &value)
{
    json j = sampleOf(kind);
    const json::json_pointer p(ptr);
    if (value.is_discarded())
        j[p.parent_pointer()].erase(p.back());
    else
        j[p] = value;
    return QByteArray::fromStdString(j.dump());
}

const json kRemove = json(json::value_t::discarded);

// Replaces the first `"key":<value>` of `kind`'s sample text with raw text, for inputs a DOM
// cannot hold (1e999, integers beyond 64 bits).
QByteArray rawValue(const std::string &kind, const std::string &key, const std::string &raw)
{
    std::string text = sampleOf(kind).dump();
    const std::string needle = "\"" + key + "\":";
    const auto at = text.find(needle) + needle.size();
    const auto end = text.find_first_of(",}", at);
    text.replace(at, end - at, raw);
    return QByteArray::fromStdString(text);
}

} // namespace

class ErrorsTest : public QObject {
    Q_OBJECT
private slots:
    void badInput_data();
    void badInput();
    void oversizePage_data();
    void oversizePage();
};

void ErrorsTest::badInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    const std::string longId(300, 'x');

    // --- requests: the SAX bulk decoder ---
    QTest::addRow("requests empty body") << u"requests"_s << QByteArray()
        << u"requests: malformed JSON at byte 1: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal"_s;
    QTest::addRow("requests truncated") << u"requests"_s << QByteArray(R"({"items":[{"id":"rq_1",)")
        << u"requests: malformed JSON at byte 24 (in items[0]): syntax error while parsing object key - unexpected end of input; expected string literal"_s;
    QTest::addRow("requests trailing garbage") << u"requests"_s << QByteArray(R"({"items":[]} x)")
        << u"requests: malformed JSON at byte 14: syntax error while parsing value - invalid literal; expected end of input"_s;
    // nlohmann reads NUL as the end of input: a valid page followed by NUL and more must not pass.
    QTest::addRow("requests NUL then more") << u"requests"_s << QByteArray("{\"items\":[]}\0{\"items\":[1]}", 26)
        << u"requests: NUL byte at byte 12 (JSON text has none; nothing may follow the document)"_s;
    QTest::addRow("spend NUL then more") << u"spend"_s << QByteArray("{\"items\":[]}\0x", 14)
        << u"spend: NUL byte at byte 12 (JSON text has none; nothing may follow the document)"_s;
    QTest::addRow("requests top-level array") << u"requests"_s << QByteArray("[]")
        << u"requests: expected object, got array"_s;
    QTest::addRow("requests items missing") << u"requests"_s << QByteArray(R"({"next_cursor":null})")
        << u"requests: items: missing"_s;
    QTest::addRow("requests items not array") << u"requests"_s << QByteArray(R"({"items":{}})")
        << u"requests: items: expected array, got object"_s;
    QTest::addRow("requests item not object") << u"requests"_s << mutated("requests", "/items/1", 7)
        << u"requests: items[1]: expected object, got integer"_s;
    QTest::addRow("requests cost as string") << u"requests"_s << mutated("requests", "/items/1/cost_micros", "11709")
        << u"requests: items[1].cost_micros: expected integer, got string"_s;
    QTest::addRow("requests cost fractional") << u"requests"_s << mutated("requests", "/items/0/cost_micros", 1.5)
        << u"requests: items[0].cost_micros: expected integer, got non-integral or out-of-range number"_s;
    QTest::addRow("requests cost beyond 64 bits") << u"requests"_s << rawValue("requests", "cost_micros", "99999999999999999999999")
        << u"requests: items[0].cost_micros: expected integer, got non-integral or out-of-range number"_s;
    QTest::addRow("requests cost 1e999") << u"requests"_s << rawValue("requests", "cost_micros", "1e999")
        << u"requests: malformed JSON at byte 139 (in items[0].cost_micros): number overflow parsing '1e999'"_s;
    QTest::addRow("requests NaN literal") << u"requests"_s << rawValue("requests", "confidence", "NaN")
        << u"requests: malformed JSON at byte 64 (in items[0].confidence): syntax error while parsing value - invalid literal"_s;
    QTest::addRow("requests -Infinity literal") << u"requests"_s << rawValue("requests", "risk_score", "-Infinity")
        << u"requests: malformed JSON at byte 389 (in items[0].risk_score): syntax error while parsing value - invalid number; expected digit after '-'"_s;
    QTest::addRow("requests risk 1e308") << u"requests"_s << rawValue("requests", "risk_score", "1e308")
        << u"requests: items[0].risk_score: must be between 0 and 1, got 1e+308"_s;
    QTest::addRow("requests negative tokens") << u"requests"_s << mutated("requests", "/items/2/input_tokens", -5)
        << u"requests: items[2].input_tokens: must not be negative, got -5"_s;
    QTest::addRow("requests negative cost") << u"requests"_s << mutated("requests", "/items/0/cost_micros", -1)
        << u"requests: items[0].cost_micros: must not be negative, got -1"_s;
    QTest::addRow("requests confidence above 1") << u"requests"_s << mutated("requests", "/items/0/confidence", 1.5)
        << u"requests: items[0].confidence: must be between 0 and 1, got 1.5"_s;
    QTest::addRow("requests risk as bool") << u"requests"_s << mutated("requests", "/items/0/risk_score", true)
        << u"requests: items[0].risk_score: expected number, got boolean"_s;
    QTest::addRow("requests ts missing") << u"requests"_s << mutated("requests", "/items/0/ts", kRemove)
        << u"requests: items[0].ts: missing"_s;
    QTest::addRow("requests ts null") << u"requests"_s << mutated("requests", "/items/0/ts", nullptr)
        << u"requests: items[0].ts: expected RFC 3339 time string, got null"_s;
    QTest::addRow("requests ts Feb 30") << u"requests"_s << mutated("requests", "/items/0/ts", "2026-02-30T00:00:00Z")
        << u"requests: items[0].ts: invalid RFC 3339 time \"2026-02-30T00:00:00Z\""_s;
    QTest::addRow("requests unknown status") << u"requests"_s << mutated("requests", "/items/0/status", "meh")
        << u"requests: items[0].status: unknown value \"meh\" (expected one of: ok, error)"_s;
    QTest::addRow("requests id too long") << u"requests"_s << mutated("requests", "/items/0/id", longId)
        << u"requests: items[0].id: string of 300 bytes exceeds the limit of 256"_s;
    QTest::addRow("requests id empty") << u"requests"_s << mutated("requests", "/items/0/id", "")
        << u"requests: items[0].id: must not be empty"_s;
    QTest::addRow("requests flag not string") << u"requests"_s << mutated("requests", "/items/0/safety_flags", json::array({"pii", 3}))
        << u"requests: items[0].safety_flags[1]: expected string, got integer"_s;
    QTest::addRow("requests cache_hit as string") << u"requests"_s << mutated("requests", "/items/0/cache_hit", "false")
        << u"requests: items[0].cache_hit: expected boolean, got string"_s;
    QTest::addRow("requests next_cursor number") << u"requests"_s << mutated("requests", "/next_cursor", 3)
        << u"requests: next_cursor: expected string or null, got integer"_s;

    // --- review item / items page ---
    QTest::addRow("item malformed") << u"item"_s << QByteArray(R"({"id": "it_1", "queue": })")
        << u"review item: malformed JSON at byte 25 (in queue): syntax error while parsing value - unexpected '}'; expected '[', '{', or a literal"_s;
    QTest::addRow("item risk as string") << u"item"_s << mutated("item", "/risk_score", "0.8")
        << u"review item: risk_score: expected number, got string"_s;
    QTest::addRow("item confidence negative") << u"item"_s << mutated("item", "/confidence", -0.1)
        << u"review item: confidence: must be between 0 and 1, got -0.1"_s;
    QTest::addRow("item prompt missing") << u"item"_s << mutated("item", "/prompt", kRemove)
        << u"review item: prompt: missing"_s;
    QTest::addRow("item unknown status") << u"item"_s << mutated("item", "/status", "archived")
        << u"review item: status: unknown value \"archived\" (expected one of: pending, claimed, decided, escalated)"_s;
    QTest::addRow("item source title number") << u"item"_s << mutated("item", "/sources/0/title", 12)
        << u"review item: sources[0].title: expected string, got integer"_s;
    QTest::addRow("item lease bad time") << u"item"_s
        << mutated("item", "/lease", json{{"lease_id", "l"}, {"item_id", "i"}, {"holder", "h"}, {"expires_at", "tomorrow"}})
        << u"review item: lease.expires_at: invalid RFC 3339 time \"tomorrow\""_s;
    QTest::addRow("item risk 1e999") << u"item"_s << rawValue("item", "risk_score", "1e999")
        << u"review item: malformed JSON at byte 563 (in risk_score): number overflow parsing '1e999'"_s;
    QTest::addRow("items page item wrong type") << u"items"_s << mutated("items", "/items/1/created_at", 1732640000)
        << u"review items: items[1].created_at: expected RFC 3339 time string, got integer"_s;

    // --- decision (the server's request body) ---
    QTest::addRow("decision unknown action") << u"decision"_s << mutated("decision", "/action", "maybe")
        << u"decision: action: unknown value \"maybe\" (expected one of: approve, edit, escalate, reject)"_s;
    QTest::addRow("decision lease missing") << u"decision"_s << mutated("decision", "/lease_id", kRemove)
        << u"decision: lease_id: missing"_s;
    QTest::addRow("decision edit without output") << u"decision"_s << mutated("decision", "/action", "edit")
        << u"decision: edited_output: missing"_s;
    QTest::addRow("decision escalate bad tier") << u"decision"_s
        << QByteArray(R"({"lease_id":"l","action":"escalate","escalation":{"tier":"ceo","reason":"x"}})")
        << u"decision: escalation.tier: unknown value \"ceo\" (expected one of: tier2, legal, safety)"_s;
    QTest::addRow("decision rubric out of range") << u"decision"_s << mutated("decision", "/rubric/tone", 7)
        << u"decision: rubric.tone: must be between 1 and 5, got 7"_s;
    QTest::addRow("decision labels not array") << u"decision"_s << mutated("decision", "/labels", "correct")
        << u"decision: labels: expected array, got string"_s;

    // --- the rest ---
    QTest::addRow("whoami unknown role") << u"whoami"_s << mutated("whoami", "/roles/0", "superuser")
        << u"whoami: roles[0]: unknown value \"superuser\" (expected one of: reviewer, finops, council, admin)"_s;
    QTest::addRow("whoami bad version") << u"whoami"_s << mutated("whoami", "/api_version", "v1")
        << u"whoami: api_version: expected \"MAJOR.MINOR\", got \"v1\""_s;
    QTest::addRow("problem status as string") << u"problem"_s << mutated("problem", "/status", "401")
        << u"problem: status: expected integer, got string"_s;
    QTest::addRow("trace nested request") << u"trace"_s << mutated("trace", "/request/cost_micros", "1")
        << u"trace: request.cost_micros: expected integer, got string"_s;
    QTest::addRow("trace span kind") << u"trace"_s << mutated("trace", "/spans/1/kind", "weird")
        << u"trace: spans[1].kind: unknown value \"weird\" (expected one of: server, internal, client)"_s;
    QTest::addRow("series step too small") << u"series"_s << mutated("series", "/step_s", 10)
        << u"series: step_s: must be between 60 and 86400, got 10"_s;
    QTest::addRow("series point value string") << u"series"_s << mutated("series", "/series/0/points/0/1", "812")
        << u"series: series[0].points[0][1]: expected number, got string"_s;
    QTest::addRow("series unknown metric") << u"series"_s << mutated("series", "/metric", "vibes")
        << u"series: metric: unknown value \"vibes\" (expected one of: request_rate, error_rate, latency_p50_ms, latency_p95_ms, latency_p99_ms, ttft_p95_ms, tokens_per_s, cost_per_hour_micros)"_s;
    QTest::addRow("spend other currency") << u"spend"_s << mutated("spend", "/currency", "EUR")
        << u"spend: currency: unsupported currency \"EUR\" (expected USD)"_s;
    QTest::addRow("spend negative cost") << u"spend"_s << mutated("spend", "/items/0/cost_micros", -3)
        << u"spend: items[0].cost_micros: must be between 0 and 9223372036854775807, got -3"_s;
    QTest::addRow("spend cost as float") << u"spend"_s << mutated("spend", "/items/0/cost_micros", 48.12)
        << u"spend: items[0].cost_micros: expected integer, got non-integral or out-of-range number"_s;
    QTest::addRow("budget unknown scope") << u"budgets"_s << mutated("budgets", "/items/0/scope_kind", "org")
        << u"budgets: items[0].scope_kind: unknown value \"org\" (expected one of: team, use_case, model)"_s;
    QTest::addRow("slo objective 1") << u"slos"_s << mutated("slos", "/items/1/objective", 1)
        << u"slos: items[1].objective: must be strictly between 0 and 1"_s;
    QTest::addRow("slo latency without threshold") << u"slos"_s << mutated("slos", "/items/0/threshold_ms", nullptr)
        << u"slos: items[0].threshold_ms: missing (required for a latency SLI)"_s;
    QTest::addRow("slo status good > total") << u"slo_status"_s << mutated("slo_status", "/good_events", 2000000)
        << u"slo status: good_events: exceeds total_events"_s;
    QTest::addRow("slo status unknown alert") << u"slo_status"_s << mutated("slo_status", "/alert", "panic")
        << u"slo status: alert: unknown value \"panic\" (expected one of: ok, ticket, page)"_s;
    QTest::addRow("queue negative count") << u"queues"_s << mutated("queues", "/items/0/counts/pending", -1)
        << u"review queues: items[0].counts.pending: must be between 0 and 9223372036854775807, got -1"_s;
    QTest::addRow("queue unknown tier") << u"queues"_s << mutated("queues", "/items/1/risk_tier", "extreme")
        << u"review queues: items[1].risk_tier: unknown value \"extreme\" (expected one of: high, medium, low)"_s;
    QTest::addRow("lease holder missing") << u"lease"_s << mutated("lease", "/holder", kRemove)
        << u"lease: holder: missing"_s;
    QTest::addRow("receipt pending status") << u"receipt"_s << mutated("receipt", "/item_status", "pending")
        << u"decision receipt: item_status: unknown value \"pending\" (expected one of: decided, escalated)"_s;
    QTest::addRow("feedback unknown action") << u"feedback"_s << mutated("feedback", "/action", "shrug")
        << u"feedback: action: unknown value \"shrug\" (expected one of: approve, edit, escalate, reject)"_s;
    QTest::addRow("feedback key over limit") << u"feedback"_s
        << QByteArray::fromStdString(json{{std::string(300, 'k'), 1}}.dump())
        << u"feedback: object key of 300 bytes exceeds the limit of 256"_s;
}

void ErrorsTest::badInput()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const test::Reencoded r = test::reencode(kind.toStdString(), body.toStdString());
    QVERIFY2(!r.ok, "bad input was accepted");
    QCOMPARE(QString::fromStdString(r.error), expected);
}

void ErrorsTest::oversizePage_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::addRow("requests") << u"requests"_s << u"requests: items: page has more than 2 items"_s;
    QTest::addRow("items") << u"items"_s << u"review items: items: page of 3 items exceeds the limit of 2"_s;
    QTest::addRow("queues") << u"queues"_s << u"review queues: items: page of 3 items exceeds the limit of 2"_s;
}

void ErrorsTest::oversizePage()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    json page = sampleOf(kind.toStdString());
    while (page["items"].size() < 3)
        page["items"].push_back(page["items"][0]);
    domain::DecodeLimits limits;
    limits.maxItemsPerPage = 2;
    const test::Reencoded r = test::reencode(kind.toStdString(), page.dump(), limits);
    QVERIFY(!r.ok);
    QCOMPARE(QString::fromStdString(r.error), expected);
    // The same page within the default limits decodes.
    QVERIFY(test::reencode(kind.toStdString(), page.dump()).ok);
}

QTEST_GUILESS_MAIN(ErrorsTest)
#include "tst_domain_errors.moc"
