// Langfuse observations → a Keel trace, without a server: the tree from parentObservationId (one
// root, several roots, orphans, self-parents and parent cycles, none of which may hang or lose
// an observation), the request record's sums, seconds → ms, and the readers of both route
// generations' bodies with model output kept as plain text.
#include "slo/tracespanmodel.h"
#include "sources/langfuse/langfusetrace.h"

#include <nlohmann/json.hpp>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTest>

#include <map>
#include <set>

using namespace Qt::StringLiterals;
using keel::domain::Span;
using keel::domain::Trace;
using keel::sources::langfuse::TraceObservation;
using keel::sources::langfuse::TraceParts;
using Json = nlohmann::json;

namespace {

QByteArray bytes(const Json &j)
{
    return QByteArray::fromStdString(j.dump());
}

constexpr std::int64_t kT0 = 1'773'800'000'000; // any instant: nothing here reads the clock

TraceObservation obs(const std::string &id, const std::string &parent, std::int64_t startOffset, std::int64_t ms,
                     const std::string &type = "SPAN")
{
    TraceObservation o;
    o.id = id;
    o.parentId = parent;
    o.type = type;
    o.name = id + "-name";
    o.level = "DEFAULT";
    o.start = kT0 + startOffset;
    o.end = o.start + ms;
    return o;
}

TraceParts parts(std::vector<TraceObservation> observations, const std::string &name = "support-answers")
{
    TraceParts p;
    p.traceId = "trace-1";
    p.traceName = name;
    p.observations = std::move(observations);
    return p;
}

const Span *spanById(const Trace &t, const std::string &id)
{
    for (const Span &s : t.spans)
        if (s.spanId == id)
            return &s;
    return nullptr;
}

// Every span but the first has its parent among the spans, and walking up from any span reaches
// the first without a loop: one tree, root first. Spans after the root are by start.
QString treeProblem(const Trace &t)
{
    if (t.spans.empty())
        return u"no spans"_s;
    if (!t.spans.front().parentId.empty())
        return u"the first span has a parent"_s;
    std::map<std::string, const Span *> byId;
    for (const Span &s : t.spans)
        if (!byId.emplace(s.spanId, &s).second)
            return u"span id twice: "_s + QString::fromStdString(s.spanId);
    std::set<std::string> reachesRoot{t.spans.front().spanId};
    for (const Span &s : t.spans) {
        std::vector<std::string> walk;
        std::set<std::string> onWalk;
        const Span *at = &s;
        while (!reachesRoot.count(at->spanId)) {
            if (!onWalk.insert(at->spanId).second)
                return u"a loop above "_s + QString::fromStdString(s.spanId);
            walk.push_back(at->spanId);
            if (at->parentId.empty())
                return u"a second root: "_s + QString::fromStdString(at->spanId);
            const auto it = byId.find(at->parentId);
            if (it == byId.end())
                return u"parent missing for "_s + QString::fromStdString(at->spanId);
            at = it->second;
        }
        reachesRoot.insert(walk.begin(), walk.end());
    }
    for (std::size_t i = 2; i < t.spans.size(); ++i)
        if (t.spans[i].start < t.spans[i - 1].start)
            return u"spans after the root are not by start"_s;
    return {};
}

// The model the view shows, under the tester: one top-level row, every span reachable.
int rowsUnder(const keel::slo::TraceSpanModel &m, const QModelIndex &parent)
{
    int n = m.rowCount(parent);
    for (int r = 0; r < m.rowCount(parent); ++r)
        n += rowsUnder(m, m.index(r, 0, parent));
    return n;
}

} // namespace

class TestLangfuseTraceTree : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oneRootIsTheRoot()
    {
        // Given newest first, as the server pages them.
        Trace t = buildTrace(parts({obs("b", "a", 50, 10), obs("a", "root", 10, 100), obs("root", "", 0, 200),
                                    obs("c", "root", 5, 20)}));
        QVERIFY2(treeProblem(t).isEmpty(), qPrintable(treeProblem(t)));
        QCOMPARE(t.spans.size(), std::size_t(4)); // no root of Keel's own
        QCOMPARE(t.spans.front().spanId, std::string("root"));
        QCOMPARE(spanById(t, "b")->parentId, std::string("a"));
        QCOMPARE(t.spans[1].spanId, std::string("c")); // then by start
        QCOMPARE(t.request.latencyMs, std::int64_t(200));
        QCOMPARE(t.request.ts, kT0);
    }

    void severalRootsGetTheTraceAsRoot()
    {
        Trace t = buildTrace(parts({obs("r1", "", 0, 100), obs("r2", "", 300, 50), obs("k", "r2", 310, 10)}));
        QVERIFY2(treeProblem(t).isEmpty(), qPrintable(treeProblem(t)));
        QCOMPARE(t.spans.size(), std::size_t(4));
        const Span &root = t.spans.front();
        QCOMPARE(root.spanId, std::string("trace-1"));
        QCOMPARE(root.kind, std::string("TRACE"));
        QCOMPARE(root.name, std::string("support-answers"));
        QCOMPARE(root.start, kT0);
        QCOMPARE(root.durationMs, std::int64_t(350)); // first start to last end
        QCOMPARE(spanById(t, "r1")->parentId, std::string("trace-1"));
        QCOMPARE(spanById(t, "r2")->parentId, std::string("trace-1"));
        QCOMPARE(spanById(t, "k")->parentId, std::string("r2"));
    }

    void orphansStillShow()
    {
        Trace t = buildTrace(parts({obs("root", "", 0, 100), obs("o", "gone-parent", 20, 10), obs("p", "o", 25, 2)}));
        QVERIFY2(treeProblem(t).isEmpty(), qPrintable(treeProblem(t)));
        QCOMPARE(t.spans.size(), std::size_t(4)); // the trace's root, root, o, p
        const Span *o = spanById(t, "o");
        QVERIFY(o);
        QCOMPARE(o->parentId, t.spans.front().spanId);
        QVERIFY2(QString::fromStdString(o->attributes.at("parent")).contains(u"gone-parent"_s),
                 o->attributes.at("parent").c_str());
        QCOMPARE(spanById(t, "p")->parentId, std::string("o"));
    }

    void cyclesAndSelfParentsEnd()
    {
        Trace t = buildTrace(parts({obs("root", "", 0, 500), obs("a", "b", 10, 10), obs("b", "a", 20, 10),
                                    obs("c", "a", 30, 5), obs("self", "self", 40, 5)}));
        QVERIFY2(treeProblem(t).isEmpty(), qPrintable(treeProblem(t)));
        QCOMPARE(t.spans.size(), std::size_t(6));
        // The loop is cut at its earliest member, which keeps what hangs below it.
        QCOMPARE(spanById(t, "a")->parentId, t.spans.front().spanId);
        QVERIFY(spanById(t, "a")->attributes.count("parent"));
        QCOMPARE(spanById(t, "b")->parentId, std::string("a"));
        QCOMPARE(spanById(t, "c")->parentId, std::string("a"));
        QCOMPARE(spanById(t, "self")->parentId, t.spans.front().spanId);
    }

    // A hostile answer: a 20,000-long parent ring and a 20,000-deep chain, in little time.
    void longRingsAndChainsAreQuick()
    {
        std::vector<TraceObservation> all;
        const int n = 20000;
        for (int i = 0; i < n; ++i)
            all.push_back(obs("ring" + std::to_string(i), "ring" + std::to_string((i + 1) % n), i, 1));
        for (int i = 0; i < n; ++i)
            all.push_back(obs("chain" + std::to_string(i), i ? "chain" + std::to_string(i - 1) : "", i, 1));
        QElapsedTimer clock;
        clock.start();
        Trace t = buildTrace(parts(std::move(all)));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(t.spans.size(), std::size_t(2 * n + 1));
        QVERIFY2(treeProblem(t).isEmpty(), qPrintable(treeProblem(t)));
    }

    void repeatedObservationsCountOnce()
    {
        TraceObservation g = obs("g", "", 0, 10, "GENERATION");
        g.inputTokens = 100;
        g.costUsd = 0.5;
        Trace t = buildTrace(parts({g, g}));
        QCOMPARE(t.spans.size(), std::size_t(1));
        QCOMPARE(t.request.inputTokens, std::int64_t(100));
        QCOMPARE(t.request.costMicros, std::int64_t(500000));
    }

    void noObservationsIsAnEmptyRoot()
    {
        TraceParts p = parts({}, "");
        p.timestamp = kT0;
        Trace t = buildTrace(p);
        QCOMPARE(t.spans.size(), std::size_t(1));
        QCOMPARE(t.spans.front().name, std::string("trace"));
        QCOMPARE(t.request.ts, kT0);
    }

    // Sums over every observation with usage, the first generation's model and first token,
    // the first prompt, ERROR as the status, seconds read as seconds.
    void requestRecordSums()
    {
        TraceObservation root = obs("root", "", 0, 9000);
        TraceObservation g1 = obs("g1", "root", 100, 2000, "GENERATION");
        g1.model = "gpt-4o";
        g1.inputTokens = 1200;
        g1.cachedTokens = 200;
        g1.outputTokens = 300;
        g1.costUsd = 0.006;
        g1.completionStart = g1.start + 450;
        g1.promptName = "support-answers";
        g1.promptVersion = 7;
        TraceObservation g2 = obs("g2", "root", 5000, 0, "GENERATION");
        g2.end = 0; // still open: its length comes from latency, in seconds
        g2.latencySeconds = 1.5;
        g2.ttftSeconds = 0.25;
        g2.model = "gpt-4o-mini";
        g2.inputTokens = 800;
        g2.outputTokens = 100;
        g2.costUsd = 0.0004;
        g2.level = "ERROR";
        g2.statusMessage = "upstream timeout";
        TraceObservation tool = obs("tool", "root", 3000, 100, "TOOL");
        Trace t = buildTrace(parts({g2, tool, g1, root}));
        QVERIFY2(treeProblem(t).isEmpty(), qPrintable(treeProblem(t)));
        const auto &r = t.request;
        QCOMPARE(r.inputTokens, std::int64_t(2000));
        QCOMPARE(r.cachedTokens, std::int64_t(200));
        QCOMPARE(r.outputTokens, std::int64_t(400));
        QCOMPARE(r.costMicros, std::int64_t(6400));
        QCOMPARE(r.model, std::string("gpt-4o"));
        QCOMPARE(r.ttftMs, std::int64_t(550)); // from the trace's start to g1's first token
        QCOMPARE(r.promptTemplate, std::string("support-answers@v7"));
        QCOMPARE(t.promptTemplate, r.promptTemplate);
        QCOMPARE(r.status, std::string("error"));
        QCOMPARE(r.errorCode, std::string("upstream timeout"));
        QCOMPARE(r.correlationId, std::string("trace-1"));
        QCOMPARE(r.useCase, std::string("support-answers"));
        const Span *s2 = spanById(t, "g2");
        QCOMPARE(s2->durationMs, std::int64_t(1500));
        QCOMPARE(s2->status, std::string("error"));
        QCOMPARE(s2->kind, std::string("GENERATION"));
        QCOMPARE(s2->attributes.at("time to first token (ms)"), std::string("250"));
        QCOMPARE(s2->attributes.at("cost (USD)"), std::string("0.0004"));
        QCOMPARE(s2->attributes.at("level"), std::string("ERROR"));
        QCOMPARE(s2->attributes.at("status message"), std::string("upstream timeout"));
        const Span *s1 = spanById(t, "g1");
        QCOMPARE(s1->attributes.at("model"), std::string("gpt-4o"));
        QCOMPARE(s1->attributes.at("input tokens"), std::string("1200"));
        QCOMPARE(s1->attributes.at("prompt version"), std::string("7"));
        QCOMPARE(spanById(t, "tool")->status, std::string("ok"));

        // And the view's model takes it as one tree.
        keel::slo::TraceSpanModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSpans(t.spans);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(rowsUnder(model, {}), int(t.spans.size()));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // v4: io are raw strings (serialised JSON is decoded, HTML stays as it is), usage keys
    // starting with input/output, totalCost in USD, latency in seconds, the cursor.
    void readsObservationsV2()
    {
        const Json o1 = {{"id", "o1"}, {"traceId", "t"}, {"startTime", "2026-03-18T10:00:00.000Z"},
                         {"endTime", "2026-03-18T10:00:02.500Z"}, {"parentObservationId", nullptr},
                         {"type", "GENERATION"}, {"name", "chat"}, {"level", "DEFAULT"}, {"statusMessage", nullptr},
                         {"providedModelName", "gpt-4o"},
                         {"usageDetails", {{"input", 1000}, {"input_cached_tokens", 400}, {"output", 50}, {"total", 1450}}},
                         {"costDetails", {{"input", 0.001}, {"output", 0.0005}, {"total", 0.0015}}},
                         {"totalCost", 0.0015}, {"promptName", "faq"}, {"promptVersion", 3}, {"latency", 2.5},
                         {"timeToFirstToken", 0.4}, {"traceName", "support-answers"},
                         {"input", Json::array({{{"role", "user"}, {"content", "Hi"}}}).dump()},
                         {"output", "<script>alert(1)</script><b>bold</b> &amp; more"}};
        const Json o2 = {{"id", "o2"}, {"traceId", "t"}, {"startTime", "2026-03-18T10:00:01.000Z"}, {"endTime", nullptr},
                         {"parentObservationId", "o1"}, {"type", "TOOL"}, {"futureField", {{"x", 1}}}};
        const QByteArray body = bytes({{"data", Json::array({o1, o2})}, {"meta", {{"cursor", "eyJwIjoxfQ=="}}}});
        const auto page = keel::sources::langfuse::readObservationPage(body);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(page.cursor, std::string("eyJwIjoxfQ=="));
        QCOMPARE(page.traceName, std::string("support-answers"));
        QCOMPARE(page.observations.size(), std::size_t(2));
        const TraceObservation &o = page.observations[0];
        QCOMPARE(o.inputTokens, std::int64_t(1400));
        QCOMPARE(o.cachedTokens, std::int64_t(400));
        QCOMPARE(o.outputTokens, std::int64_t(50));
        QCOMPARE(*o.costUsd, 0.0015);
        QCOMPARE(*o.latencySeconds, 2.5);
        QCOMPARE(o.end - o.start, std::int64_t(2500));
        QCOMPARE(o.promptVersion, std::int64_t(3));
        QVERIFY(o.hasIo);
        QCOMPARE(o.input, std::string("user: Hi"));
        QCOMPARE(o.output, std::string("<script>alert(1)</script><b>bold</b> &amp; more"));
        QCOMPARE(page.observations[1].parentId, std::string("o1"));
        QVERIFY(!page.observations[1].hasIo);
        QCOMPARE(page.observations[1].end, std::int64_t(0));

        QVERIFY(!keel::sources::langfuse::readObservationPage("<html>").error.isEmpty());
        QVERIFY(!keel::sources::langfuse::readObservationPage(bytes({{"data", Json::array({Json{{"type", "SPAN"}}})}})).error.isEmpty());
        QVERIFY(keel::sources::langfuse::readObservationPage(bytes({{"data", Json::array()}, {"meta", Json::object()}}))
                    .cursor.empty());
    }

    // v3: TraceWithFullDetails, its own io as the trace's, calculatedTotalCost and usage.
    void readsLegacyTrace()
    {
        const Json g = {{"id", "g"}, {"traceId", "t"}, {"type", "GENERATION"}, {"name", "gen"},
                        {"startTime", "2026-03-18T10:00:00.000Z"}, {"endTime", "2026-03-18T10:00:01.000Z"},
                        {"model", "llama"}, {"usage", {{"input", 10}, {"output", 5}}}, {"usageDetails", Json::object()},
                        {"calculatedTotalCost", 0.25}, {"parentObservationId", nullptr}, {"level", "WARNING"},
                        {"statusMessage", "slow"}, {"latency", 1.0}};
        const QByteArray body = bytes({{"id", "t"}, {"timestamp", "2026-03-18T09:59:59.000Z"}, {"name", "sql"},
                                       {"input", "How much?"},
                                       {"output", {{"answer", "<table><tr><td>42</td></tr></table>"}}},
                                       {"observations", Json::array({g})}});
        const auto legacy = keel::sources::langfuse::readLegacyTrace(body);
        QVERIFY2(legacy.error.isEmpty(), qPrintable(legacy.error));
        QCOMPARE(legacy.output, std::string("<table><tr><td>42</td></tr></table>"));
        TraceParts p{"t", legacy.name, legacy.timestamp, legacy.input, legacy.output, legacy.observations, false};
        const Trace t = buildTrace(p);
        QCOMPARE(t.input, std::string("How much?"));
        QCOMPARE(t.output, std::string("<table><tr><td>42</td></tr></table>"));
        QCOMPARE(t.request.inputTokens, std::int64_t(10));
        QCOMPARE(t.request.costMicros, std::int64_t(250000));
        // The trace's own timestamp, a second before its generation, is where it starts.
        QCOMPARE(t.request.ts, keel::domain::parseRfc3339("2026-03-18T09:59:59.000Z").value());
        QCOMPARE(t.request.latencyMs, std::int64_t(2000));
        QCOMPARE(t.spans.front().spanId, std::string("g"));
        QVERIFY(!keel::sources::langfuse::readLegacyTrace(bytes({{"data", Json::array()}})).error.isEmpty());
    }

    // Roots fetched again with io fill in the trace's input and output; a root that was cut away
    // comes back; a huge answer is cut on a character boundary and says so.
    void rootsBringTheTracesText()
    {
        std::vector<TraceObservation> all{obs("root", "", 0, 100), obs("k", "root", 10, 10)};
        TraceObservation withIo = obs("root", "", 0, 100);
        withIo.hasIo = true;
        withIo.input = "question";
        withIo.output = "x";
        for (int i = 0; i < 150'000; ++i)
            withIo.output += "é"; // two bytes each: byte 200,000 is the middle of one
        TraceObservation lost = obs("second-root", "", 50, 10);
        lost.hasIo = true;
        lost.output = "second answer";
        keel::sources::langfuse::mergeRoots(all, {withIo, lost});
        QCOMPARE(all.size(), std::size_t(3));
        const Trace t = buildTrace(parts(all));
        QCOMPARE(t.input, std::string("question"));
        QVERIFY(t.output.size() < 210'000);
        QVERIFY(QString::fromStdString(t.output).contains(u"more bytes are in Langfuse"_s));
        QVERIFY(QString::fromUtf8(t.output.c_str()).toUtf8() == QByteArray::fromStdString(t.output)); // valid UTF-8
    }

    void usdTextIsPlain()
    {
        QCOMPARE(keel::sources::langfuse::usdText(0.000123456), std::string("0.000123456"));
        QCOMPARE(keel::sources::langfuse::usdText(2.5), std::string("2.5"));
        QCOMPARE(keel::sources::langfuse::usdText(0), std::string("0"));
    }
};

QTEST_GUILESS_MAIN(TestLangfuseTraceTree)
#include "tst_langfusetracetree.moc"
