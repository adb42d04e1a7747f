// GUI, offscreen: the trace explorer given a Langfuse trace source (SessionContext::traceSource)
// against the Langfuse TEST DOUBLE: the trace's observations as the waterfall, texts that name
// Langfuse, the answer's markup as text, and none of the platform's parts Langfuse never records.
#include "langfusetraceharness.h"

#include "slo/tracespanmodel.h"
#include "trace/traceexplorer.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPlainTextEdit>
#include <QTreeView>

using namespace Qt::StringLiterals;
using keel::test::LangfuseTraceHarness;
using keel::trace::TraceExplorer;
using Json = nlohmann::json;

class TestLangfuseTraceView : public QObject {
    Q_OBJECT
private:
    LangfuseTraceHarness m_h;
    keel::SessionContext m_session;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_h.start(u"v4"_s), qPrintable(m_h.process ? m_h.process->errorString() : QString()));
        m_session.traceSource = m_h.traces.get(); // no platform client: the view must not need one
    }

    void showsALangfuseTrace()
    {
        const auto ids = m_h.traceIds([](const Json &t) {
            return t["output"].is_string() && t["output"].get<std::string>().find("<") != std::string::npos;
        });
        QVERIFY2(!ids.empty(), "the seed should have answers with markup");
        const Json truth = m_h.legacyTrace(ids.front());
        const QString id = QString::fromStdString(ids.front());

        TraceExplorer explorer(m_session);
        QAbstractItemModelTester tester(explorer.spanModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy done(&explorer, &TraceExplorer::lookupFinished);
        explorer.resize(1200, 700);
        explorer.show();
        explorer.showCorrelationId(id);
        QVERIFY(done.wait(60000));
        QCOMPARE(explorer.state(), TraceExplorer::State::Found);
        QVERIFY2(explorer.statusText().startsWith(u"Trace %1 from %2: "_s.arg(id, m_h.prefix())),
                 qPrintable(explorer.statusText()));

        // One root, the observations under it.
        auto *model = explorer.spanModel();
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex root = model->index(0, 0);
        QCOMPARE(root.data(keel::slo::TraceSpanModel::OffsetMsRole).toLongLong(), 0);
        QVERIFY(model->rowCount(root) >= 2);
        QCOMPARE(model->index(0, keel::slo::TraceSpanModel::Kind).data().toString(), u"SPAN"_s);

        const QString lineage = explorer.lineageText();
        const QString output = QString::fromStdString(truth["output"].get<std::string>());
        QVERIFY2(lineage.contains(output), qPrintable(lineage)); // markup and all, as text
        QVERIFY(lineage.contains(u"trace id: "_s + id));
        QVERIFY(lineage.contains(u"from: "_s + m_h.prefix()));
        QVERIFY(lineage.contains(u"tokens: "_s));
        QVERIFY(lineage.contains(u"cost: "_s));
        // What Langfuse does not record is not shown as zeros, "none" or "not reviewed".
        for (const QString &absent : {u"risk score"_s, u"safety flags"_s, u"route:"_s, u"retrieved chunks"_s,
                                      u"REVIEW"_s, u"correlation id"_s})
            QVERIFY2(!lineage.contains(absent), qPrintable(absent + u" in\n"_s + lineage));
        // The lineage pane reads no markup, and the span tooltips escape theirs.
        QVERIFY(explorer.findChild<QPlainTextEdit *>());
        const QString tip = root.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(u"<p style='white-space:pre-wrap'>"_s), qPrintable(tip));
        QVERIFY(explorer.spanView()->isVisible());
    }

    void unknownIdSaysWhereItLooked()
    {
        TraceExplorer explorer(m_session);
        QSignalSpy done(&explorer, &TraceExplorer::lookupFinished);
        explorer.showCorrelationId(u"0123456789abcdef0123456789abcdef"_s);
        QVERIFY(done.wait(60000));
        QCOMPARE(explorer.state(), TraceExplorer::State::NotFound);
        const QString text = explorer.statusText();
        QVERIFY2(text.startsWith(u"No trace with id 0123456789abcdef0123456789abcdef in "_s + m_h.prefix()),
                 qPrintable(text));
        QVERIFY2(text.contains(u"last 365 day"_s), qPrintable(text));
        QCOMPARE(explorer.spanModel()->rowCount(), 0);

        done.clear();
        explorer.showCorrelationId(u"<b>x</b> y"_s); // never reaches the network
        QCOMPARE(done.size(), 1);
        QVERIFY2(explorer.statusText().contains(u"is not a trace id"_s), qPrintable(explorer.statusText()));
    }

    void failureNamesLangfuse()
    {
        m_h.arm({{"method", "GET"}, {"path", "/api/public/v2/observations"}, {"mode", "status"}, {"status", 503},
                 {"times", 10}});
        auto s = m_h.source.client->settings();
        const int retries = s.maxRetries;
        s.maxRetries = 0;
        m_h.source.client->setSettings(s);
        TraceExplorer explorer(m_session);
        QSignalSpy done(&explorer, &TraceExplorer::lookupFinished);
        explorer.showCorrelationId(u"0123456789abcdef0123456789abcdef"_s);
        QVERIFY(done.wait(60000));
        m_h.clearFaults();
        s.maxRetries = retries;
        m_h.source.client->setSettings(s);
        QCOMPARE(explorer.state(), TraceExplorer::State::Failed);
        QVERIFY2(explorer.statusText().contains(m_h.prefix() + u": "_s) && explorer.statusText().contains(u"503"_s),
                 qPrintable(explorer.statusText()));
    }

    // A session without a platform and without a trace source: the lookup says so, nothing crashes.
    void noSourceAtAllSaysSo()
    {
        keel::SessionContext none;
        TraceExplorer explorer(none);
        QSignalSpy done(&explorer, &TraceExplorer::lookupFinished);
        explorer.showCorrelationId(u"0123456789abcdef0123456789abcdef"_s);
        QVERIFY(done.wait(10000));
        QCOMPARE(explorer.state(), TraceExplorer::State::Failed);
        QVERIFY2(explorer.statusText().contains(u"not signed in to a Keel platform"_s), qPrintable(explorer.statusText()));
    }
};

QTEST_MAIN(TestLangfuseTraceView)
#include "tst_langfusetraceview.moc"
