// The Langfuse connector against a REAL Langfuse project — skipped unless one is configured:
//   KEEL_LIVE_LANGFUSE_URL=https://cloud.langfuse.com KEEL_LIVE_LANGFUSE_PUBLIC_KEY=pk-lf-…
//   KEEL_LIVE_LANGFUSE_SECRET_KEY=sk-lf-… ctest -R live
// Read-only (GETs only: no score, no status change, no comment): the annotation queues and a few
// open items with their content, two days of spend (one /v2/metrics query of the project's hourly
// budget) with a day of generations, and the trace of one of them. It checks what the test double
// cannot vouch for: that a real server's answers decode, page to the end and land with the
// invariants the views rely on.
#include "sourcesync.h"

#include "sources/langfuse/langfusepulls.h"
#include "sources/reviewsourcefactory.h"
#include "sources/tracesource.h"
#include "sources/tracesourcefactory.h"
#include "store/database.h"
#include "store/sqlite.h"

#include <domain/clock.h>

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keel;

class TestLiveLangfuse : public QObject {
    Q_OBJECT
    sources::ReviewSourceOptions m_options;

private Q_SLOTS:
    void initTestCase()
    {
        m_options.kind = u"langfuse"_s;
        m_options.baseUrl = QUrl(qEnvironmentVariable("KEEL_LIVE_LANGFUSE_URL"));
        m_options.publicKey = qEnvironmentVariable("KEEL_LIVE_LANGFUSE_PUBLIC_KEY");
        m_options.secretKey = qEnvironmentVariable("KEEL_LIVE_LANGFUSE_SECRET_KEY");
        if (m_options.baseUrl.isEmpty() || m_options.publicKey.isEmpty() || m_options.secretKey.isEmpty())
            QSKIP("no real Langfuse project configured (KEEL_LIVE_LANGFUSE_URL, KEEL_LIVE_LANGFUSE_PUBLIC_KEY, "
                  "KEEL_LIVE_LANGFUSE_SECRET_KEY)");
        // A real server lives in real time: this opt-in suite alone re-pins the clock to the wall
        // clock (every other test runs on the pinned test clock).
        domain::processClock().pin(QDateTime::currentMSecsSinceEpoch());
    }

    void queuesAndOpenItemsDecode()
    {
        sources::ReviewSource source = sources::createReviewSource(m_options);
        QVERIFY2(source, qPrintable(source.error));
        QSignalSpy listed(source.feed.get(), &sources::ReviewFeedSource::queuesListed);
        QSignalSpy failed(source.feed.get(), &sources::ReviewFeedSource::failed);
        source.feed->listQueues(1);
        QVERIFY(QTest::qWaitFor([&] { return !listed.isEmpty() || !failed.isEmpty(); }, 60000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(2).value<sources::FeedFailure>().message));
        const auto queues = listed.first().at(1).value<QList<domain::ReviewQueue>>();
        qInfo("live Langfuse: %lld annotation queue(s)", qlonglong(queues.size()));
        if (queues.isEmpty())
            return;
        QSignalSpy loaded(source.feed.get(), &sources::ReviewFeedSource::itemsLoaded);
        source.feed->loadOpenItems(2, QString::fromStdString(queues.first().id), 5);
        QVERIFY(QTest::qWaitFor([&] { return !loaded.isEmpty() || failed.size() > 0; }, 120000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(2).value<sources::FeedFailure>().message));
        for (const domain::ReviewItem &item : loaded.first().at(2).value<QList<domain::ReviewItem>>()) {
            QVERIFY(!item.id.empty());
            QVERIFY(item.createdAt > 0);
        }
    }

    void syncsTwoDaysOfSpendAndATraceOpens()
    {
        sources::langfuse::LangfuseSpendOptions options;
        options.baseUrl = m_options.baseUrl;
        options.historyDays = 2;
        test::SourceSync s(sources::langfuse::connectionSettings(m_options.baseUrl, m_options.publicKey, m_options.secretKey),
                           sources::langfuse::pulls(options), 2);
        store::RequestWindow window;
        window.days = 1;
        window.rows = 20000;
        s.engine->setRequestWindow(window);
        QVERIFY2(s.sync({u"spend_daily"_s, u"budgets"_s, u"requests"_s}), qPrintable(s.messages.values().join(u"; "_s)));
        auto db = store::openForReading(s.dbPath);
        QCOMPARE(db->scalar("SELECT count(*) FROM spend_daily WHERE cost_micros < 0 OR requests < 0"), 0);
        QCOMPARE(db->scalar("SELECT count(*) FROM requests WHERE ts <= 0 OR cost_micros < 0 OR latency_ms < 0"), 0);
        QCOMPARE(db->scalar("SELECT count(*) FROM budgets"), 0); // Langfuse keeps none
        const qint64 requests = db->scalar("SELECT count(*) FROM requests");
        qInfo("live Langfuse: %lld spend rows, %lld generations", qlonglong(db->scalar("SELECT count(*) FROM spend_daily")),
              qlonglong(requests));
        if (requests == 0)
            return;
        store::Stmt &newest = db->prepared("SELECT correlation_id FROM requests ORDER BY ts DESC LIMIT 1");
        QVERIFY(newest.step());
        const QString traceId = newest.qtext(0);
        newest.reset();
        QVERIFY(!traceId.isEmpty());
        sources::TraceSourceHandle traces = sources::createTraceSource(m_options);
        QVERIFY2(traces, qPrintable(traces.error));
        QSignalSpy found(traces.source.get(), &sources::TraceSource::found);
        QSignalSpy notFound(traces.source.get(), &sources::TraceSource::notFound);
        QSignalSpy traceFailed(traces.source.get(), &sources::TraceSource::failed);
        traces.source->lookup(traceId);
        QVERIFY(QTest::qWaitFor([&] { return !found.isEmpty() || !notFound.isEmpty() || !traceFailed.isEmpty(); }, 120000));
        QVERIFY2(traceFailed.isEmpty(), traceFailed.isEmpty() ? "" : qPrintable(traceFailed.first().at(1).toString()));
        QVERIFY2(!found.isEmpty(), qPrintable(u"trace "_s + traceId + u" of a synced generation was not found"_s));
        QVERIFY(!found.first().first().value<domain::Trace>().spans.empty());
    }
};

QTEST_GUILESS_MAIN(TestLiveLangfuse)
#include "tst_live_langfuse.moc"
