// The Langfuse spend source's mapping without a server: a generation (v2 ObservationV2, v1
// ObservationsView) as a request record (seconds → ms, USD → micro-dollars, usage keys summed as
// Langfuse sums them, missing and hostile fields), v2 metrics rows and legacy daily metrics as
// spend_daily rows (both key spellings, nulls, numeric strings), the metrics query, and how a
// full window is split. Captured answers of the test double (tests/doubles/fixtures) parse too.
#include "sources/langfuse/metricsrollup.h"
#include "sources/langfuse/observationrecords.h"
#include "sources/langfuse/spendpull.h"
#include "sources/langfuse/spendreading.h"

#include <domain/timeutil.h>
#include <testdirs.h>

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using Json = nlohmann::json;
namespace lf = keel::sources::langfuse;
using keel::domain::RequestRecord;
using keel::domain::SpendRow;

namespace {

Json fixture(const char *name)
{
    QFile f(keel::test::sourcePath(u"doubles/fixtures/"_s + QString::fromLatin1(name) + u".json"_s));
    if (!f.open(QIODevice::ReadOnly))
        return Json();
    return Json::parse(f.readAll().toStdString(), nullptr, false);
}

std::int64_t at(const char *iso)
{
    return *keel::domain::parseRfc3339(iso);
}

Json generation()
{
    return Json{{"id", "obs-1"},
                {"traceId", "trace-1"},
                {"startTime", "2026-03-17T09:15:00.250Z"},
                {"endTime", "2026-03-17T09:15:02.000Z"},
                {"type", "GENERATION"},
                {"name", "chat-completion"},
                {"level", "DEFAULT"},
                {"statusMessage", nullptr},
                {"providedModelName", "gpt-4o"},
                {"usageDetails", {{"input", 100}, {"input_cached_tokens", 40}, {"output", 20},
                                  {"output_reasoning_tokens", 5}, {"total", 165}}},
                {"costDetails", {{"input", 0.001}, {"output", 0.00025}, {"total", 0.00125}}},
                {"totalCost", 0.00125},
                {"promptName", "support-answer"},
                {"latency", 1.2345},
                {"timeToFirstToken", 0.25},
                {"traceName", "support"}};
}

RequestRecord mapped(const Json &o, lf::ObservationShape shape = lf::ObservationShape::V2)
{
    RequestRecord r;
    std::string error;
    if (!lf::requestFromObservation(o, shape, r, error))
        qWarning("not mapped: %s", error.c_str());
    return r;
}

QString refusal(const Json &o)
{
    RequestRecord r;
    std::string error;
    return lf::requestFromObservation(o, lf::ObservationShape::V2, r, error) ? QString() : QString::fromStdString(error);
}

bool validUtf8(const std::string &s)
{
    return QString::fromUtf8(s).toUtf8().toStdString() == s;
}

} // namespace

class TestLangfuseSpendMapping : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void generationAsRequest()
    {
        const RequestRecord r = mapped(generation());
        QCOMPARE(r.id, std::string("obs-1"));
        QCOMPARE(r.ts, at("2026-03-17T09:15:00.250Z"));
        QCOMPARE(r.correlationId, std::string("trace-1")); // a drill-down opens the trace
        QCOMPARE(r.model, std::string("gpt-4o"));
        QCOMPARE(r.useCase, std::string("support"));
        QCOMPARE(r.route, std::string("chat-completion"));
        QCOMPARE(r.promptTemplate, std::string("support-answer"));
        QCOMPARE(r.costMicros, std::int64_t(1250));      // USD → micro-dollars
        QCOMPARE(r.latencyMs, std::int64_t(1235));        // seconds → ms, rounded
        QCOMPARE(r.ttftMs, std::int64_t(250));
        QCOMPARE(r.inputTokens, std::int64_t(140));       // input + input_cached_tokens, as Langfuse sums input
        QCOMPARE(r.cachedTokens, std::int64_t(40));
        QCOMPARE(r.outputTokens, std::int64_t(25));       // reasoning tokens are output
        QCOMPARE(r.status, std::string("ok"));
        QVERIFY(r.errorCode.empty());
        QVERIFY(r.provider.empty() && r.team.empty() && r.customerSegment.empty());
        QCOMPARE(r.confidence, 1.0);                      // no scores: as LiteLLM
        QCOMPARE(r.riskScore, 0.0);
        QVERIFY(!r.escalated && !r.cacheHit && r.safetyFlags.empty());
    }

    void usageKeys_data()
    {
        QTest::addColumn<QString>("usage");
        QTest::addColumn<qint64>("input");
        QTest::addColumn<qint64>("output");
        QTest::addColumn<qint64>("cached");
        QTest::addRow("anthropic") << u"{\"input\":10,\"cache_read_input_tokens\":30,\"cache_creation_input_tokens\":5,\"output\":7}"_s
                                   << qint64(45) << qint64(7) << qint64(30);
        QTest::addRow("openai style") << u"{\"input\":100,\"input_cache_read\":60,\"output\":9,\"total\":169}"_s
                                      << qint64(160) << qint64(9) << qint64(60);
        QTest::addRow("numeric strings, junk") << u"{\"input\":\"12\",\"output\":\"x\",\"Input_Audio\":3,\"weird\":{}}"_s
                                               << qint64(15) << qint64(0) << qint64(0);
        QTest::addRow("negative and huge") << u"{\"input\":-5,\"output\":1e300}"_s << qint64(0)
                                           << qint64(lf::kMaxCount) << qint64(0);
        QTest::addRow("empty") << u"{}"_s << qint64(0) << qint64(0) << qint64(0);
    }
    void usageKeys()
    {
        QFETCH(QString, usage);
        QFETCH(qint64, input);
        QFETCH(qint64, output);
        QFETCH(qint64, cached);
        const lf::UsageTokens t = lf::usageTokens(Json::parse(usage.toStdString()));
        QCOMPARE(t.input, input);
        QCOMPARE(t.output, output);
        QCOMPARE(t.cached, cached);
    }

    void missingFields()
    {
        Json o = generation();
        for (const char *k : {"latency", "timeToFirstToken", "totalCost", "usageDetails", "traceName", "promptName"})
            o.erase(k);
        RequestRecord r = mapped(o);
        QCOMPARE(r.latencyMs, std::int64_t(1750)); // endTime − startTime without the metrics group
        QCOMPARE(r.ttftMs, std::int64_t(0));
        QCOMPARE(r.costMicros, std::int64_t(1250)); // costDetails.total
        QCOMPARE(r.inputTokens, std::int64_t(0));
        QVERIFY(r.useCase.empty() && r.promptTemplate.empty());
        o["costDetails"] = Json{{"input", 0.002}, {"output", 0.0005}}; // no total: its parts
        QCOMPARE(mapped(o).costMicros, std::int64_t(2500));
        o.erase("costDetails");
        o.erase("endTime");
        r = mapped(o);
        QCOMPARE(r.costMicros, std::int64_t(0));
        QCOMPARE(r.latencyMs, std::int64_t(0));
        o["totalCost"] = nullptr;
        o["latency"] = nullptr;
        QCOMPARE(mapped(o).costMicros, std::int64_t(0));
    }

    void errorsAndRefusals()
    {
        Json o = generation();
        o["level"] = "ERROR";
        o["statusMessage"] = "upstream 429: rate limited\nretry later" + std::string(1000, 'x');
        RequestRecord r = mapped(o);
        QCOMPARE(r.status, std::string("error"));
        QVERIFY(r.errorCode.rfind("upstream 429: rate limited retry later", 0) == 0); // one line
        QVERIFY(r.errorCode.size() <= lf::kMaxErrorCodeBytes);
        o["level"] = "WARNING";
        QCOMPARE(mapped(o).status, std::string("ok"));

        Json bad = generation();
        bad.erase("id");
        QCOMPARE(refusal(bad), u"no id"_s);
        bad = generation();
        bad["startTime"] = "yesterday";
        QCOMPARE(refusal(bad), u"startTime \"yesterday\" is not a time"_s);
        bad = generation();
        bad["totalCost"] = 1e300;
        QCOMPARE(refusal(bad), u"totalCost is not an amount of money"_s);
        bad["totalCost"] = "a lot";
        QCOMPARE(refusal(bad), u"totalCost is not an amount of money"_s);
        QCOMPARE(refusal(Json::array()), u"not an object"_s);
    }

    void hostileFieldsAreBounded()
    {
        Json o = generation();
        std::string huge;
        for (int i = 0; i < 200000; ++i)
            huge += "\xC3\xA9"; // é, two bytes: any cut must not split one
        o["name"] = "x" + huge;
        o["providedModelName"] = huge;
        o["traceName"] = std::string(1 << 20, 'a') + "\t<script>";
        o["latency"] = 1e300;
        o["timeToFirstToken"] = -3;
        o["extra"] = Json::array({huge});
        const RequestRecord r = mapped(o);
        QVERIFY(r.route.size() <= lf::kMaxDimensionBytes && r.route.size() > 100);
        QVERIFY(validUtf8(r.route) && validUtf8(r.model));
        QVERIFY(r.useCase.size() <= lf::kMaxDimensionBytes);
        QVERIFY(r.latencyMs <= std::int64_t(1e12));
        QCOMPARE(r.ttftMs, std::int64_t(0));
        QCOMPARE(lf::boundedString("a\xE2\x82\xAC" "b", 3), std::string("a"));     // € cut: dropped whole
        QCOMPARE(lf::boundedString("a\xE2\x82\xAC" "b", 4), std::string("a\xE2\x82\xAC"));
        QCOMPARE(lf::boundedString("line\nbreak", 100), std::string("line break"));
    }

    void legacyObservations()
    {
        const Json page = fixture("langfuse_observations_legacy");
        QVERIFY(page.is_object());
        for (const Json &o : page["data"]) {
            RequestRecord r;
            std::string error;
            QVERIFY2(lf::requestFromObservation(o, lf::ObservationShape::V1, r, error), error.c_str());
            QCOMPARE(r.model, o["model"].get<std::string>());
            QVERIFY(r.useCase.empty()); // v1 has no trace name
            QCOMPARE(r.costMicros, std::llround(o["costDetails"]["total"].get<double>() * 1e6));
            QCOMPARE(r.latencyMs, std::llround(o["latency"].get<double>() * 1000));
        }
        Json o = page["data"][0];
        o["costDetails"] = Json::object();
        o["calculatedTotalCost"] = 0.5;
        o["usageDetails"] = Json::object(); // an old SDK: only the deprecated usage object
        const RequestRecord r = mapped(o, lf::ObservationShape::V1);
        QCOMPARE(r.costMicros, std::int64_t(500000));
        QCOMPARE(r.inputTokens, o["usage"]["input"].get<std::int64_t>());
    }

    void metricsRows()
    {
        const Json answer{{"data", Json::array({
            Json{{"providedModelName", "gpt-4o"}, {"traceName", "support"}, {"name", "chat"}, {"promptName", nullptr},
                 {"time_dimension", "2026-03-17T00:00:00.000Z"}, {"sum_totalCost", 0.5}, {"count_count", "3"},
                 {"sum_inputTokens", 300}, {"sum_outputTokens", nullptr}},
            // The notes' spelling, ClickHouse's time format, and the same key as the row above.
            Json{{"providedModelName", "gpt-4o"}, {"traceName", "support"}, {"name", "chat"}, {"promptName", ""},
                 {"time_dimension", "2026-03-17 00:00:00"}, {"totalCost_sum", 0.25}, {"count_count", 1},
                 {"inputTokens_sum", 100}, {"outputTokens_sum", 7}},
            Json{{"providedModelName", nullptr}, {"time_dimension", "2026-03-16"}, {"sum_totalCost", nullptr},
                 {"count_count", 2}, {"sum_inputTokens", 0}, {"sum_outputTokens", 0}}})}};
        std::vector<SpendRow> rows;
        std::string error;
        QVERIFY2(lf::spendRowsFromMetrics(answer, rows, error), error.c_str());
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].periodStart, at("2026-03-17T00:00:00Z"));
        QCOMPARE(rows[0].costMicros, std::int64_t(750000));
        QCOMPARE(rows[0].requests, std::int64_t(4));
        QCOMPARE(rows[0].inputTokens, std::int64_t(400));
        QCOMPARE(rows[0].outputTokens, std::int64_t(7));
        QCOMPARE(rows[0].useCase, std::string("support"));
        QCOMPARE(rows[0].route, std::string("chat"));
        QCOMPARE(rows[1].periodStart, at("2026-03-16T00:00:00Z"));
        QVERIFY(rows[1].model.empty());
        QCOMPARE(rows[1].costMicros, std::int64_t(0));

        // The double's captured answer asks other measures: the row names what is missing.
        rows.clear();
        QVERIFY(!lf::spendRowsFromMetrics(fixture("langfuse_metrics_v2"), rows, error));
        QCOMPARE(QString::fromStdString(error), u"row 0: no count_count"_s);
        QVERIFY(!lf::spendRowsFromMetrics(Json{{"data", Json::array({Json{{"time_dimension", "soon"}}})}}, rows, error));
        QCOMPARE(QString::fromStdString(error), u"row 0: time_dimension \"soon\" is not a day"_s);
        QVERIFY(!lf::spendRowsFromMetrics(Json{{"rows", Json::array()}}, rows, error));
        Json money = answer;
        money["data"][0]["sum_totalCost"] = "lots";
        QVERIFY(!lf::spendRowsFromMetrics(money, rows, error));
        QCOMPARE(QString::fromStdString(error), u"row 0: sum_totalCost is not a number"_s);
    }

    void dailyMetricsRows()
    {
        const Json page = fixture("langfuse_metrics_daily_legacy");
        std::vector<SpendRow> rows;
        std::string error;
        QVERIFY2(lf::spendRowsFromDailyMetrics(page["data"], rows, error), error.c_str());
        for (const Json &day : page["data"]) {
            std::int64_t cost = 0, requests = 0, rowCost = 0, rowRequests = 0;
            for (const Json &u : day["usage"]) {
                cost += std::llround(u["totalCost"].get<double>() * 1e6);
                requests += u["model"].is_null() ? 0 : u["countObservations"].get<std::int64_t>(); // spans are no requests
            }
            for (const SpendRow &r : rows)
                if (r.periodStart == at((day["date"].get<std::string>() + "T00:00:00Z").c_str()))
                    rowCost += r.costMicros, rowRequests += r.requests;
            QCOMPARE(rowCost, cost);
            QCOMPARE(rowRequests, requests);
        }
        // A day whose usage does not add up keeps the rest on model "".
        rows.clear();
        const Json odd = Json::array({Json{{"date", "2026-03-10"}, {"totalCost", 1.0},
                                           {"usage", Json::array({Json{{"model", "m"}, {"totalCost", 0.25},
                                                                       {"countObservations", 2}}})}}});
        QVERIFY(lf::spendRowsFromDailyMetrics(odd, rows, error));
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[1].costMicros, std::int64_t(750000));
        QCOMPARE(rows[1].requests, std::int64_t(0));
        QVERIFY(!lf::spendRowsFromDailyMetrics(Json::array({Json{{"date", "March"}}}), rows, error));
    }

    void metricsQueryAndSplits()
    {
        const Json q = lf::spendMetricsQuery(at("2026-03-01T00:00:00Z"), at("2026-03-18T10:30:00Z"), 5000);
        QVERIFY(q["view"] == "observations");
        QVERIFY(q["config"]["row_limit"] == 1000); // the server's maximum
        QVERIFY(q["timeDimension"]["granularity"] == "day");
        QVERIFY(q["fromTimestamp"] == "2026-03-01T00:00:00.000Z");
        QVERIFY(q["filters"][0]["value"] == "GENERATION");
        QCOMPARE(q["dimensions"].size(), std::size_t(4));

        // Several days: at a midnight. One day: at a minute. A minute: no further.
        auto halves = lf::splitMetricsWindow(at("2026-03-01T00:00:00Z"), at("2026-03-18T10:30:00Z"));
        QVERIFY(halves);
        QCOMPARE(halves->first.second, at("2026-03-10T00:00:00Z"));
        halves = lf::splitMetricsWindow(at("2026-03-18T00:00:00Z"), at("2026-03-18T10:31:00Z"));
        QVERIFY(halves);
        QCOMPARE(halves->first.second, at("2026-03-18T05:15:00Z"));
        QVERIFY(!lf::splitMetricsWindow(at("2026-03-18T00:00:00Z"), at("2026-03-18T00:01:00Z")));
    }

    void pageTokens()
    {
        lf::SpendPage p = lf::firstSpendPage(lf::SpendRoute::Metrics, at("2026-03-01T00:00:00Z"), at("2026-03-18T10:30:00Z"), false);
        p.windows.push_back({at("2026-03-02T00:00:00Z"), at("2026-03-03T00:00:00Z")});
        const auto back = lf::readSpendPage(lf::spendPageToken(p));
        QVERIFY(back);
        QVERIFY(back->windows == p.windows);
        QCOMPARE(back->end, p.end);
        QVERIFY(!lf::readSpendPage(std::string("{\"source\":\"litellm\",\"day\":\"2026-03-01\"}"))); // another source's
        QVERIFY(!lf::readSpendPage(std::string("not json")));
    }
};

QTEST_GUILESS_MAIN(TestLangfuseSpendMapping)
#include "tst_langfusespendmapping.moc"
