// The Langfuse trace source against the Langfuse TEST DOUBLE, over HTTP: a trace id → spans as a
// tree, the request record's sums equal to what the double holds, cursor paging and the cap, a v3
// server's legacy route found by the 404 and shared with the review feed, not found in both
// generations, 401, 429 with Retry-After, model output with HTML kept as text, stale answers.
#include "langfusetraceharness.h"

#include "review/reviewfeed.h"
#include "slo/tracespanmodel.h"
#include "sources/langfuse/langfusetracesource.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;
using keel::test::LangfuseTraceHarness;
using keel::test::TraceAnswer;
using Json = nlohmann::json;

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

std::size_t generations(const Json &trace)
{
    std::size_t n = 0;
    for (const Json &o : trace["observations"])
        n += o["type"] == "GENERATION" ? 1 : 0;
    return n;
}

// /v2/observations requests the double logged for one trace.
std::vector<Json> observationRequests(const Json &log, const std::string &traceId)
{
    std::vector<Json> out;
    for (const Json &r : log)
        if (r["path"] == "/api/public/v2/observations" && r["query"].get<std::string>().find(traceId) != std::string::npos)
            out.push_back(r);
    return out;
}

// The spans against the double's observations: one each (plus a root of Keel's own when the
// trace has no single root), parents resolved, the root first.
void checkSpans(const keel::domain::Trace &t, const Json &truth)
{
    std::map<std::string, const Json *> byId;
    for (const Json &o : truth["observations"])
        byId[o["id"].get<std::string>()] = &o;
    QCOMPARE(t.spans.size(), byId.size()); // the seed's traces each have one root span
    QVERIFY(t.spans.front().parentId.empty());
    for (const auto &s : t.spans) {
        const auto it = byId.find(s.spanId);
        QVERIFY2(it != byId.end(), s.spanId.c_str());
        const Json &o = *it->second;
        QCOMPARE(qs(s.parentId), o["parentObservationId"].is_null() ? QString() : qs(o["parentObservationId"]));
        QCOMPARE(qs(s.kind), qs(o["type"]));
        QCOMPARE(qs(s.status), o["level"] == "ERROR" ? u"error"_s : u"ok"_s);
        QCOMPARE(double(s.durationMs), std::round(o["latency"].get<double>() * 1000.0)); // seconds on the wire
    }
}

} // namespace

class TestLangfuseTrace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // A trace with two generations (SQL, with a repair): every observation a span, the sums of
    // tokens and cost equal the double's, the root's io as the trace's input and output.
    void traceFromObservations_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addRow("v4") << u"v4"_s;
        QTest::addRow("legacy") << u"legacy"_s;
    }
    void traceFromObservations()
    {
        QFETCH(QString, mode);
        LangfuseTraceHarness h;
        QVERIFY2(h.start(mode), qPrintable(h.process ? h.process->errorString() : QString()));
        const auto ids = h.traceIds([](const Json &t) { return generations(t) >= 2; });
        QVERIFY2(!ids.empty(), "the seed should have a trace with a repair generation");
        const Json truth = h.legacyTrace(ids.front());

        const TraceAnswer a = keel::test::lookUpTrace(*h.traces, qs(ids.front()));
        QCOMPARE(a.kind, TraceAnswer::Found);
        const auto &t = a.trace;
        QCOMPARE(t.correlationId, ids.front());
        checkSpans(t, truth);
        if (QTest::currentTestFailed())
            return;

        double cost = 0;
        std::int64_t in = 0, out = 0, first = INT64_MAX, last = 0;
        std::string firstModel;
        std::int64_t firstGeneration = INT64_MAX;
        for (const Json &o : truth["observations"]) {
            cost += o["calculatedTotalCost"].is_number() ? o["calculatedTotalCost"].get<double>() : 0.0;
            in += o["usage"]["input"].get<std::int64_t>();
            out += o["usage"]["output"].get<std::int64_t>();
            const auto start = keel::domain::parseRfc3339(o["startTime"].get<std::string>()).value();
            first = std::min(first, start);
            last = std::max(last, keel::domain::parseRfc3339(o["endTime"].get<std::string>()).value());
            if (o["type"] == "GENERATION" && start < firstGeneration) {
                firstGeneration = start;
                firstModel = o["model"].get<std::string>();
            }
        }
        QVERIFY(in > 0 && cost > 0);
        QCOMPARE(t.request.inputTokens, in);
        QCOMPARE(t.request.outputTokens, out);
        QVERIFY2(std::llabs(t.request.costMicros - std::llround(cost * 1e6)) <= 1,
                 qPrintable(u"%1 vs %2"_s.arg(t.request.costMicros).arg(cost, 0, 'f', 9)));
        QCOMPARE(t.request.model, firstModel);
        QCOMPARE(t.request.ts, first);
        QCOMPARE(t.request.latencyMs, last - first);
        QVERIFY(t.request.ttftMs > 0);
        QCOMPARE(qs(t.request.useCase), qs(truth["name"]));
        QVERIFY2(qs(t.promptTemplate).startsWith(qs(truth["name"]) + u"@v"_s), t.promptTemplate.c_str());
        QCOMPARE(qs(t.input), qs(truth["input"]));
        QCOMPARE(qs(t.output), qs(truth["output"]));
        QVERIFY(!t.spansCut);

        // The view's model takes the spans as one tree.
        keel::slo::TraceSpanModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSpans(t.spans);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.traceDurationMs(), last - first);

        const Json log = h.requests();
        for (const Json &r : log)
            QVERIFY2(r["status"].get<int>() != 400, r.dump().c_str()); // strict queries, page caps
        if (mode == u"v4"_s) {
            // A time window on every v4 request, as the replacement route wants it.
            for (const Json &r : observationRequests(log, ids.front())) {
                const std::string query = r["query"].get<std::string>();
                QVERIFY2(query.find("fromStartTime=") != std::string::npos
                             && query.find("toStartTime=") != std::string::npos,
                         query.c_str());
            }
        }
    }

    // Pages of two observations: the cursor is followed to the end; with a cap of two, the trace
    // is cut, says so, and still has its root.
    void pagesFollowTheCursorAndStopAtTheCap()
    {
        LangfuseTraceHarness h;
        QVERIFY(h.start(u"v4"_s));
        const auto ids = h.traceIds([](const Json &t) { return t["observations"].size() >= 4; });
        QVERIFY2(!ids.empty(), "the seed should have a trace of four observations");
        const Json truth = h.legacyTrace(ids.front());
        auto *source = qobject_cast<keel::sources::langfuse::LangfuseTraceSource *>(h.traces.get());
        QVERIFY(source);
        source->setPageLimit(2);
        const TraceAnswer all = keel::test::lookUpTrace(*source, qs(ids.front()));
        QCOMPARE(all.kind, TraceAnswer::Found);
        checkSpans(all.trace, truth);
        const auto requests = observationRequests(h.requests(), ids.front());
        int withCursor = 0;
        for (const Json &r : requests)
            withCursor += r["query"].get<std::string>().find("cursor=") != std::string::npos ? 1 : 0;
        QCOMPARE(withCursor, int(truth["observations"].size() + 1) / 2 - 1); // pages after the first
        QCOMPARE(requests.size(), std::size_t(withCursor + 2));           // + the first page + the roots

        source->setMaxObservations(2);
        const TraceAnswer cut = keel::test::lookUpTrace(*source, qs(ids.front()));
        QCOMPARE(cut.kind, TraceAnswer::Found);
        QVERIFY(cut.trace.spansCut);
        QVERIFY(cut.trace.spans.size() < truth["observations"].size());
        std::string rootId;
        for (const Json &o : truth["observations"])
            if (o["parentObservationId"].is_null())
                rootId = o["id"].get<std::string>();
        bool hasRoot = false;
        for (const auto &s : cut.trace.spans)
            hasRoot = hasRoot || s.spanId == rootId;
        QVERIFY(hasRoot);
        QCOMPARE(qs(cut.trace.output), qs(truth["output"]));
    }

    // A v3 server: /v2/observations is 404 once; from then on the legacy route, for the trace
    // source and for the review feed of the same connection.
    void legacyServerIsFoundOnceForTheConnection()
    {
        LangfuseTraceHarness h;
        QVERIFY(h.start(u"legacy"_s));
        const auto ids = h.traceIds([](const Json &) { return true; }, 2);
        QCOMPARE(ids.size(), std::size_t(2));
        QCOMPARE(keel::test::lookUpTrace(*h.traces, qs(ids[0])).kind, TraceAnswer::Found);
        QCOMPARE(keel::test::lookUpTrace(*h.traces, qs(ids[1])).kind, TraceAnswer::Found);
        keel::review::ReviewFeed feed(h.source.feed.get());
        feed.setMaxItems(3);
        QSignalSpy loaded(&feed, &keel::review::ReviewFeed::itemsLoaded);
        feed.loadItems(qs(h.queue("Support answers")["id"]));
        QVERIFY(loaded.wait(60000));
        int probes = 0;
        for (const Json &r : h.requests())
            probes += r["path"] == "/api/public/v2/observations" ? 1 : 0;
        QCOMPARE(probes, 1);
        QVERIFY(h.traces->searchScope().isEmpty()); // looked up by id: no window to speak of
    }

    void unknownTraceIsNotFound_data() { traceFromObservations_data(); }
    void unknownTraceIsNotFound()
    {
        QFETCH(QString, mode);
        LangfuseTraceHarness h;
        QVERIFY(h.start(mode));
        const TraceAnswer a = keel::test::lookUpTrace(*h.traces, u"0123456789abcdef0123456789abcdef"_s);
        QCOMPARE(a.kind, TraceAnswer::NotFound);
        QCOMPARE(a.id, u"0123456789abcdef0123456789abcdef"_s);
        QCOMPARE(h.traces->describe(), h.prefix());
        if (mode == u"v4"_s)
            QVERIFY2(h.traces->searchScope().contains(u"365"_s), qPrintable(h.traces->searchScope()));
    }

    void wrongKeysSaySo()
    {
        LangfuseTraceHarness h;
        QVERIFY(h.start(u"v4"_s));
        auto s = h.source.client->settings();
        s.token = u"sk-lf-wrong"_s;
        h.source.client->setSettings(s);
        const auto ids = h.traceIds([](const Json &) { return true; });
        const TraceAnswer a = keel::test::lookUpTrace(*h.traces, qs(ids.front()));
        QCOMPARE(a.kind, TraceAnswer::Failed);
        QVERIFY(!a.offline);
        QVERIFY2(a.message.startsWith(h.prefix() + u": "_s) && a.message.contains(u"401"_s), qPrintable(a.message));
    }

    // One request per 2 s: the roots request is refused with 429. Without retries the lookup says
    // how long to wait; with them the client waits out Retry-After and the trace arrives.
    void rateLimitHonoursRetryAfter()
    {
        LangfuseTraceHarness h;
        QVERIFY(h.start(u"v4"_s, {u"--rate-limit"_s, u"public-api=1/2s"_s}, 0));
        const auto ids = h.traceIds([](const Json &) { return true; });
        const TraceAnswer refused = keel::test::lookUpTrace(*h.traces, qs(ids.front()));
        QCOMPARE(refused.kind, TraceAnswer::Failed);
        QVERIFY(!refused.offline);
        QVERIFY2(refused.message.startsWith(h.prefix() + u": "_s) && refused.message.contains(u"429"_s)
                     && refused.message.contains(u"second"_s),
                 qPrintable(refused.message));

        auto s = h.source.client->settings();
        s.maxRetries = 3;
        h.source.client->setSettings(s);
        QElapsedTimer clock;
        clock.start();
        const TraceAnswer waited = keel::test::lookUpTrace(*h.traces, qs(ids.front()));
        QCOMPARE(waited.kind, TraceAnswer::Found);
        QVERIFY2(clock.elapsed() >= 900, qPrintable(QString::number(clock.elapsed()))); // Retry-After ≥ 1 s
        int limited = 0;
        for (const Json &r : h.requests())
            limited += r["status"] == 429 ? 1 : 0;
        QVERIFY(limited >= 2);
    }

    // Model output with markup reaches the trace as the exact text the double holds.
    void htmlOutputStaysText()
    {
        LangfuseTraceHarness h;
        QVERIFY(h.start(u"v4"_s));
        const auto ids = h.traceIds([](const Json &t) {
            return t["output"].is_string() && t["output"].get<std::string>().find('<') != std::string::npos;
        });
        QVERIFY2(!ids.empty(), "the seed should have answers with markup");
        const TraceAnswer a = keel::test::lookUpTrace(*h.traces, qs(ids.front()));
        QCOMPARE(a.kind, TraceAnswer::Found);
        QVERIFY(a.trace.output.find('<') != std::string::npos);
        QCOMPARE(qs(a.trace.output), qs(h.legacyTrace(ids.front())["output"])); // not stripped, not escaped
    }

    // A newer lookup makes the older one's answer stale: only the newer one is answered.
    void newerLookupWins()
    {
        LangfuseTraceHarness h;
        QVERIFY(h.start(u"v4"_s));
        const auto ids = h.traceIds([](const Json &) { return true; }, 2);
        QSignalSpy found(h.traces.get(), &keel::sources::TraceSource::found);
        QSignalSpy notFound(h.traces.get(), &keel::sources::TraceSource::notFound);
        h.traces->lookup(qs(ids[0]));
        h.traces->lookup(u"fedcba9876543210fedcba9876543210"_s);
        const TraceAnswer a = keel::test::lookUpTrace(*h.traces, qs(ids[1]));
        QCOMPARE(a.kind, TraceAnswer::Found);
        QTest::qWait(300); // room for a stale answer to show up, were it emitted
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().at(0).value<keel::domain::Trace>().correlationId, ids[1]);
        QCOMPARE(notFound.size(), 0);
    }

    // A source of its own (the factory), and a server that is not there: offline.
    void factoryAndOffline()
    {
        keel::sources::ReviewSourceOptions o;
        o.kind = u"langfuse"_s;
        o.baseUrl = QUrl(u"http://127.0.0.1:1"_s);
        QVERIFY(!keel::sources::createTraceSource(o));
        QVERIFY2(keel::sources::createTraceSource(o).error.contains(u"secret key"_s),
                 qPrintable(keel::sources::createTraceSource(o).error));
        o.kind = u"zipkin"_s;
        QVERIFY(keel::sources::createTraceSource(o).error.contains(u"zipkin"_s));
        o.kind = u"langfuse"_s;
        o.publicKey = u"pk-lf-x"_s;
        o.secretKey = u"sk-lf-x"_s;
        keel::sources::TraceSourceHandle handle = keel::sources::createTraceSource(o);
        QVERIFY(handle && handle.client);
        auto s = handle.client->settings();
        s.maxRetries = 0;
        handle.client->setSettings(s);
        const TraceAnswer a = keel::test::lookUpTrace(*handle.source, u"abc"_s);
        QCOMPARE(a.kind, TraceAnswer::Failed);
        QVERIFY(a.offline);
        QCOMPARE(handle.source->describe(), u"Langfuse at http://127.0.0.1:1"_s);
        QVERIFY(!handle.source->coverage().correlationIds);

        o.kind = u"platform"_s;
        o.token = u"t"_s;
        keel::sources::TraceSourceHandle platform = keel::sources::createTraceSource(o);
        QVERIFY(platform);
        QVERIFY(platform.source->coverage().correlationIds && platform.source->coverage().review);
        QVERIFY(keel::sources::TraceSource::looksLikeCorrelationId(u"9f2e4b7a-1:x_y.z"_s));
        QVERIFY(!keel::sources::TraceSource::looksLikeCorrelationId(u"<b>x</b>"_s));
    }
};

QTEST_GUILESS_MAIN(TestLangfuseTrace)
#include "tst_langfusetrace.moc"
