// GUI: the SLO dashboard, the trace explorer and the council report against a real keel-platform,
// offscreen.
#include "openmetricshistory.h"
#include "platformapi.h"
#include "promserver.h"

#include <platformprocess.h>

#include <api/platformclient.h>
#include <domain/codec.h>
#include <slo/slodashboard.h>
#include <slo/slodefinition.h>
#include <store/cachewriters.h>
#include <store/store.h>
#include <slo/sloreportjob.h>
#include <slo/slosortproxy.h>
#include <slo/slotablemodel.h>
#include <slo/timeserieschart.h>
#include <slo/tracespanmodel.h>
#include <trace/traceexplorer.h>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <testclock.h>

using namespace Qt::StringLiterals;
using namespace keel;

class TestSloViews : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<test::PlatformProcess> m_platform;
    std::unique_ptr<api::PlatformClient> m_client;
    std::unique_ptr<api::PlatformClient> m_offlineClient;
    SessionContext m_session;
    SessionContext m_offline;
    int m_sloCount = 0;

    static bool nonUniform(const QImage &img)
    {
        const QRgb first = img.pixel(0, 0);
        for (int y = 0; y < img.height(); y += 7)
            for (int x = 0; x < img.width(); x += 7)
                if (img.pixel(x, y) != first)
                    return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::PlatformOptions options;
        options.days = 8; // the seeded incident sits ~3.5 days before the end
        options.requestsPerDay = 1000;
        m_platform = std::make_unique<test::PlatformProcess>(options);
        QVERIFY2(m_platform->start(), qPrintable(m_platform->errorString()));
        api::ConnectionSettings s;
        s.baseUrl = m_platform->baseUrl();
        s.token = m_platform->token(u"council"_s);
        m_client = std::make_unique<api::PlatformClient>(s);
        m_session.client = m_client.get();
        m_session.platformUrl = s.baseUrl;
        // A platform that is not there: a free port nobody listens on.
        api::ConnectionSettings off = s;
        off.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(test::freeTcpPort()));
        off.maxRetries = 0;
        m_offlineClient = std::make_unique<api::PlatformClient>(off);
        m_offline.client = m_offlineClient.get();

        const QByteArray body = test::getJson(s.baseUrl, s.token, u"/v1/slos"_s, {{u"limit"_s, u"500"_s}});
        auto page = domain::decodeSloPage(std::string_view(body.constData(), std::size_t(body.size())));
        QVERIFY(page.ok());
        m_sloCount = int(page.value().items.size());
        QVERIFY(m_sloCount > 0);
    }

    void dashboardShowsBurningSlosFirstAndTheIncident()
    {
        slo::SloDashboard dashboard(m_session);
        // The tester watches the real models from before their first data.
        QAbstractItemModelTester tableTester(dashboard.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(dashboard.proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ready(&dashboard, &slo::SloDashboard::ready);
        dashboard.resize(1400, 1000);
        dashboard.show();
        QVERIFY(ready.wait(90000));
        QVERIFY2(dashboard.messageText().isEmpty(), qPrintable(dashboard.messageText()));

        auto *proxy = dashboard.proxyModel();
        QCOMPARE(proxy->rowCount(), m_sloCount);
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.tableModel()->status(proxy->index(0, 0).data(slo::SloTableModel::SloIdRole).toString()), 30000);
        // The first row is the most urgent: nothing below it has a worse alert.
        const int top = proxy->index(0, 0).data(slo::SloTableModel::AlertRankRole).toInt();
        for (int r = 1; r < proxy->rowCount(); ++r)
            QVERIFY(proxy->index(r, 0).data(slo::SloTableModel::AlertRankRole).toInt() <= top);
        const QString status = proxy->index(0, slo::SloTableModel::Status).data().toString();
        QVERIFY(QStringList({u"PAGE"_s, u"TICKET"_s, u"OK"_s}).contains(status));
        // Grouped by layer: each layer's rows are contiguous.
        QStringList layersSeen;
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QString layer = proxy->index(r, slo::SloTableModel::Layer).data().toString();
            if (layersSeen.isEmpty() || layersSeen.last() != layer) {
                QVERIFY2(!layersSeen.contains(layer), qPrintable(u"layer %1 split"_s.arg(layer)));
                layersSeen.append(layer);
            }
        }
        QVERIFY(layersSeen.size() >= 3);

        // The incident on /search is detected, named and shaded.
        QVERIFY2(dashboard.incidentText().contains(u"/search"_s), qPrintable(dashboard.incidentText()));
        QVERIFY(dashboard.latencyChart()->seriesCount() >= 3);
        QVERIFY(dashboard.latencyChart()->pointCount() > 0);
        QVERIFY(dashboard.errorChart()->pointCount() > 0);
        QVERIFY(dashboard.burndownChart()->pointCount() > 0); // the selected (burning) SLO's burn-down

        // Decimation: no chart draws more than two points per pixel column per series.
        const int perSeries = dashboard.latencyChart()->pointCount() / dashboard.latencyChart()->seriesCount();
        QVERIFY(perSeries <= 2 * dashboard.latencyChart()->width());

        const QImage shot = dashboard.grab().toImage();
        QVERIFY(!shot.isNull());
        if (const QString dir = qEnvironmentVariable("KEEL_SLO_SCREENSHOTS"); !dir.isEmpty())
            shot.save(dir + u"/slo-dashboard.png"_s); // for docs; the test asserts on pixels below
        QVERIFY(nonUniform(shot.copy(dashboard.latencyChart()->geometry())));
    }

    void dashboardSaysWhenThePlatformIsUnreachable()
    {
        slo::SloDashboard dashboard(m_offline);
        QSignalSpy ready(&dashboard, &slo::SloDashboard::ready);
        QVERIFY(ready.wait(60000));
        QVERIFY2(dashboard.messageText().contains(u"Could not load the SLO list"_s), qPrintable(dashboard.messageText()));
        QCOMPARE(dashboard.tableModel()->rowCount(), 0);
    }

    void dashboardOpensFromTheCacheWhenOffline()
    {
        // A cache as the sync engine leaves it: two SLOs, one with a status.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.db"_s);
        {
            store::Store cache(path);
            domain::Slo a;
            a.id = "search-availability";
            a.name = "/search availability";
            a.layer = "inference";
            a.sli = "ok / all";
            a.sliKind = "availability";
            domain::Slo b = a;
            b.id = "rag-empty-retrieval";
            b.name = "Empty retrievals";
            b.layer = "rag";
            b.sliKind = "ratio";
            domain::SloStatus st;
            st.sloId = a.id;
            st.window = "30d";
            st.asOf = 1795000000000;
            st.attainment = 0.985;
            st.errorBudgetRemaining = -0.5;
            st.alert = "page";
            st.totalEvents = 1000;
            st.goodEvents = 985;
            for (const char *w : {"5m", "30m", "1h", "6h", "1d", "3d"})
                st.burnRates.push_back({w, 20.0, true});
            st.budgetBurndown = {{1794900000000, 1.0}, {1795000000000, -0.5}};
            cache.write([a, b, st](store::Db &db) {
                store::replaceSlos(db, {a, b});
                store::upsertSloStatus(db, st, 1795000000000);
            });
            cache.flush();
        }
        SessionContext offline = m_offline;
        offline.storePath = path;
        slo::SloDashboard dashboard(offline);
        QSignalSpy ready(&dashboard, &slo::SloDashboard::ready);
        QVERIFY(ready.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(dashboard.tableModel()->rowCount(), 2, 10000);
        QVERIFY2(dashboard.messageText().contains(u"Showing the SLOs cached at the last sync"_s), qPrintable(dashboard.messageText()));
        const auto *status = dashboard.tableModel()->status(u"search-availability"_s);
        QVERIFY(status);
        QCOMPARE(status->alert, std::string("page"));
        QCOMPARE(dashboard.proxyModel()->index(0, 0).data(slo::SloTableModel::SloIdRole).toString(), u"search-availability"_s);
    }

    void traceOfAKnownRequest()
    {
        // A request that went to human review: its trace carries the review item.
        const QByteArray body = test::getJson(m_platform->baseUrl(), m_platform->token(u"reviewer-1"_s),
                                              u"/v1/review/items"_s, {{u"limit"_s, u"5"_s}});
        auto page = domain::decodeItemPage(std::string_view(body.constData(), std::size_t(body.size())));
        QVERIFY2(page.ok(), page.ok() ? "" : page.error().toString().c_str());
        QVERIFY2(!page.value().items.empty(), "the seeded platform has no review items");
        const auto &item = page.value().items.front();
        const QString correlationId = QString::fromStdString(item.correlationId);

        trace::TraceExplorer explorer(m_session);
        QAbstractItemModelTester tester(explorer.spanModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy done(&explorer, &trace::TraceExplorer::lookupFinished);
        explorer.resize(1200, 700);
        explorer.show();
        explorer.showCorrelationId(correlationId);
        QVERIFY(done.wait(30000));
        QCOMPARE(explorer.state(), trace::TraceExplorer::State::Found);
        QVERIFY(explorer.spanModel()->rowCount() >= 1);
        // Edge to response: the root spans the whole request.
        const QModelIndex root = explorer.spanModel()->index(0, 0);
        QVERIFY(explorer.spanModel()->rowCount(root) >= 2);
        QCOMPARE(root.data(slo::TraceSpanModel::OffsetMsRole).toLongLong(), 0);
        const QString lineage = explorer.lineageText();
        QVERIFY2(lineage.contains(QString::fromStdString(item.promptTemplate)), qPrintable(lineage));
        QVERIFY(lineage.contains(QString::fromStdString(item.model)));
        QVERIFY(lineage.contains(u"review item: "_s + QString::fromStdString(item.id)));
        QVERIFY(explorer.statusText().contains(correlationId));
        QVERIFY(nonUniform(explorer.spanView()->grab().toImage()));
        if (const QString dir = qEnvironmentVariable("KEEL_SLO_SCREENSHOTS"); !dir.isEmpty())
            explorer.grab().save(dir + u"/trace-explorer.png"_s);
    }

    void traceOfAnUnknownIdSaysSo()
    {
        trace::TraceExplorer explorer(m_session);
        QSignalSpy done(&explorer, &trace::TraceExplorer::lookupFinished);
        explorer.showCorrelationId(u"c0ffee00000000000000000000000000"_s);
        QVERIFY(done.wait(30000));
        QCOMPARE(explorer.state(), trace::TraceExplorer::State::NotFound);
        QVERIFY2(explorer.statusText().startsWith(u"No request with correlation id c0ffee00000000000000000000000000"_s),
                 qPrintable(explorer.statusText()));
        QCOMPARE(explorer.spanModel()->rowCount(), 0);

        // Hostile input never reaches the network and is shown as text.
        done.clear();
        explorer.showCorrelationId(u"<b>x</b> y"_s);
        QCOMPARE(done.size(), 1);
        QCOMPARE(explorer.state(), trace::TraceExplorer::State::NotFound);
    }

    void traceWhileOfflineSaysSo()
    {
        trace::TraceExplorer explorer(m_offline);
        QSignalSpy done(&explorer, &trace::TraceExplorer::lookupFinished);
        explorer.showCorrelationId(u"a6966a6d729e53a9622e3c420e6d6522"_s);
        QVERIFY(done.wait(30000));
        QCOMPARE(explorer.state(), trace::TraceExplorer::State::Offline);
        QVERIFY2(explorer.statusText().contains(u"Cannot reach the platform"_s), qPrintable(explorer.statusText()));
    }

    void malformedAndFailingAnswersAreReported()
    {
        // Fault injection on the real platform: malformed JSON for the SLO list, 5xx for traces.
        auto setFaults = [this](const QByteArray &json) {
            api::ConnectionSettings s;
            s.baseUrl = m_platform->baseUrl();
            s.token = m_platform->token(u"admin"_s);
            api::PlatformClient admin(s);
            api::ApiRequest req;
            req.method = "PUT";
            req.path = u"/v1/admin/faults"_s;
            req.body = json;
            auto *reply = admin.send(req);
            QSignalSpy spy(reply, &api::ApiReply::finished);
            QVERIFY(spy.wait(15000));
            QVERIFY2(reply->response().ok(), qPrintable(reply->response().error.message));
        };
        setFaults(R"({"malformed": 1.0, "path_prefix": "/v1/slos"})");
        if (QTest::currentTestFailed())
            return;
        {
            slo::SloDashboard dashboard(m_session);
            QSignalSpy ready(&dashboard, &slo::SloDashboard::ready);
            QVERIFY(ready.wait(60000));
            QVERIFY2(dashboard.messageText().contains(u"could not be read"_s), qPrintable(dashboard.messageText()));
            QCOMPARE(dashboard.tableModel()->rowCount(), 0);
            QVERIFY(dashboard.latencyChart()->pointCount() > 0); // the telemetry still shows
        }
        setFaults(R"({"error_5xx": 1.0, "path_prefix": "/v1/telemetry/traces"})");
        {
            api::ConnectionSettings s = m_client->settings();
            s.maxRetries = 0; // see the failure at once rather than after the retries
            api::PlatformClient client(s);
            SessionContext session = m_session;
            session.client = &client;
            trace::TraceExplorer explorer(session);
            QSignalSpy done(&explorer, &trace::TraceExplorer::lookupFinished);
            explorer.showCorrelationId(u"a6966a6d729e53a9622e3c420e6d6522"_s);
            QVERIFY(done.wait(30000));
            QCOMPARE(explorer.state(), trace::TraceExplorer::State::Failed);
            QVERIFY2(explorer.statusText().contains(u"Press Look up to try again"_s), qPrintable(explorer.statusText()));
        }
        setFaults(R"({"error_5xx": 0, "hang": 0, "drop": 0, "malformed": 0})");
    }

    void reportHasOneSectionPerSlo()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"slo.pdf"_s);
        const QString month = keel::test::nowUtc().date().toString(u"yyyy-MM"_s);
        slo::SloReportJob job(m_session, month, out);
        QSignalSpy finished(&job, &slo::SloReportJob::finished);
        QSignalSpy progress(&job, &slo::SloReportJob::progress);
        job.start();
        QVERIFY(finished.wait(90000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(job.sectionCount(), m_sloCount);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        if (const QString dir = qEnvironmentVariable("KEEL_SLO_SCREENSHOTS"); !dir.isEmpty())
            QFile::copy(out, dir + u"/slo-report.pdf"_s);
        // One page per SLO section after the summary (sections never share a page).
        static const QRegularExpression pageObject(u"/Type\\s*/Page[^s]"_s);
        const auto pages = QString::fromLatin1(pdf).count(pageObject);
        QVERIFY2(pages >= m_sloCount + 1, qPrintable(u"%1 pages for %2 SLOs"_s.arg(pages).arg(m_sloCount)));
        // With poppler-utils (scripts/install-deps.sh) the text is checked too: one "SLO: <name>"
        // section heading per SLO.
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (!pdftotext.isEmpty()) {
            QProcess p;
            p.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, out, u"-"_s});
            QVERIFY(p.waitForFinished(30000));
            // NFKC folds the "ﬁ" ligatures the PDF font uses back into letters.
            const QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
            static const QRegularExpression heading(u"(^|\\f)SLO: "_s, QRegularExpression::MultilineOption);
            QCOMPARE(text.count(heading), m_sloCount);
            const QByteArray body = test::getJson(m_platform->baseUrl(), m_platform->token(u"council"_s), u"/v1/slos"_s,
                                                  {{u"limit"_s, u"500"_s}});
            const auto slos = domain::decodeSloPage(std::string_view(body.constData(), std::size_t(body.size())));
            QVERIFY(slos.ok());
            for (const auto &s : slos.value().items)
                QVERIFY2(text.contains(u"SLO: "_s + QString::fromStdString(s.name)), s.name.c_str());
            QVERIFY(text.contains(u"Review decisions"_s));
        } else {
            qInfo("pdftotext not found (poppler-utils): the report's text is not checked, only its pages");
        }
    }

    // A session without a Keel platform (client null) whose settings name a Prometheus and an SLO
    // definition file: the dashboard and the council report read the real Prometheus, backfilled
    // with the platform's own request history; the platform's telemetry charts give way to a note.
    void withoutAPlatformSlosComeFromPrometheus()
    {
        if (!test::PromServer::available())
            QSKIP(qPrintable(test::PromServer::backendName() + u" not found (.ci/run installs it)"_s));
        std::vector<domain::RequestRecord> requests = test::fetchAllRequests(m_platform->baseUrl(), m_platform->token(u"council"_s));
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(requests.size() > 1000);
        const auto [minIt, maxIt] = std::minmax_element(requests.begin(), requests.end(),
                                                        [](const auto &a, const auto &b) { return a.ts < b.ts; });
        const qint64 first = minIt->ts / 60000 * 60000;
        const qint64 end = (maxIt->ts / 60000 + 2) * 60000;
        // The backfilled history must lie hours before the system clock, away from Prometheus'
        // head block. The date sweep fakes the system clock to the pinned one with libfaketime,
        // which a Go binary like Prometheus never sees: that run cannot hold this test.
        if (end >= QDateTime::currentMSecsSinceEpoch() - 4 * 3600 * 1000)
            QSKIP("the test clock is not hours before the system clock (scripts/date-sweep.sh fakes it); "
                  "Prometheus does not see libfaketime");
        test::PromServer prom;
        QVERIFY2(prom.start(test::openMetricsHistory(requests, first, end)), qPrintable(prom.errorString()));

        const QString definitions = QStringLiteral(KEEL_SOURCE_DIR) + u"/resources/slo/keel-slos.json"_s;
        const auto defs = slo::loadSloDefinitions(definitions);
        QVERIFY2(defs.ok(), qPrintable(defs.error));
        QStandardPaths::setTestModeEnabled(true); // QSettings stay out of the real home
        QSettings().setValue(u"slo/prometheus_url"_s, prom.url().toString());
        QSettings().setValue(u"slo/definitions_file"_s, definitions);
        const auto forget = qScopeGuard([] {
            QSettings().remove(u"slo"_s);
        });

        SessionContext platformless; // no client, no cache: nothing but the settings
        slo::SloDashboard dashboard(platformless);
        QAbstractItemModelTester tableTester(dashboard.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ready(&dashboard, &slo::SloDashboard::ready);
        dashboard.resize(1400, 1000);
        dashboard.show();
        QVERIFY(ready.wait(90000));
        QVERIFY2(dashboard.messageText().isEmpty(), qPrintable(dashboard.messageText()));
        QCOMPARE(dashboard.tableModel()->rowCount(), int(defs.set.slos.size()));
        const QString firstId = dashboard.proxyModel()->index(0, 0).data(slo::SloTableModel::SloIdRole).toString();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.tableModel()->status(firstId), 30000);
        bool namesPrometheus = false;
        for (QLabel *label : dashboard.findChildren<QLabel *>())
            namesPrometheus |= label->text().contains(u"Prometheus"_s) && label->isVisibleTo(&dashboard);
        QVERIFY(namesPrometheus);
        const auto *note = dashboard.findChild<QLabel *>(u"noTelemetryNote"_s);
        QVERIFY(note && note->isVisibleTo(&dashboard));
        QVERIFY(!dashboard.latencyChart()->isVisibleTo(&dashboard));
        QVERIFY(dashboard.burndownChart()->isVisibleTo(&dashboard));
        QVERIFY(dashboard.burndownChart()->pointCount() > 0);
        if (const QString dir = qEnvironmentVariable("KEEL_SLO_SCREENSHOTS"); !dir.isEmpty())
            dashboard.grab().save(dir + u"/slo-without-platform.png"_s); // docs/slo-definitions.md

        // The council report from the same source: one section per defined SLO, and it says
        // there were no review queues to count rather than failing.
        QTemporaryDir dir;
        const QString out = dir.filePath(u"slo.pdf"_s);
        slo::SloReportJob job(platformless, keel::test::nowUtc().date().toString(u"yyyy-MM"_s), out);
        QSignalSpy finished(&job, &slo::SloReportJob::finished);
        job.start();
        QVERIFY(finished.wait(90000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(job.sectionCount(), int(defs.set.slos.size()));
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (!pdftotext.isEmpty()) {
            QProcess p;
            p.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, out, u"-"_s});
            QVERIFY(p.waitForFinished(30000));
            const QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
            QVERIFY2(text.contains(u"Prometheus"_s), qPrintable(text.left(400)));
            QVERIFY2(text.contains(u"no review source"_s), qPrintable(text.left(2000)));
        }
    }

    void reportSaysWhenItCannotWrite()
    {
        slo::SloReportJob job(m_session, keel::test::nowUtc().date().toString(u"yyyy-MM"_s), u"/nonexistent-dir/slo.pdf"_s);
        QSignalSpy finished(&job, &slo::SloReportJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(finished.first().at(1).toString().contains(u"cannot write"_s), qPrintable(finished.first().at(1).toString()));
    }

    void reportRejectsABadMonth()
    {
        slo::SloReportJob job(m_session, u"2026-13"_s, u"x.pdf"_s);
        QSignalSpy finished(&job, &slo::SloReportJob::finished);
        job.start();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(1).toString().contains(u"YYYY-MM"_s));
    }
};

QTEST_MAIN(TestSloViews)
#include "tst_sloviews.moc"
