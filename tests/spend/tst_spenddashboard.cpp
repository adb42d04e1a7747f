// The spend dashboard offscreen over a store filled from a real keel-platform: it becomes ready,
// draws a chart with data (non-uniform pixels), marks and names the spike, drills down to
// requests and their correlation ids, applies and remembers filters, exports, and says what to
// do when the cache is empty or missing. Every model it shows runs under QAbstractItemModelTester.
#include "spendfixture.h"

#include <platformprocess.h>

#include <api/platformclient.h>
#include <store/store.h>
#include <sync/syncengine.h>

#include <spend/budgetmodel.h>
#include <spend/drivermodel.h>
#include <spend/requestlistmodel.h>
#include <spend/spenddetailmodel.h>
#include <spend/spendexportjob.h>
#include <spend/spendroles.h>
#include <spend/spendtablemodel.h>
#include <spend/spendrepository.h>
#include <spend/spendchartview.h>
#include <spend/spenddashboard.h>
#include <spend/spendfilterbar.h>
#include <spend/spendkpiheader.h>
#include <spend/uniteconomicspanel.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keel::spend;
using keel::widgets::SpendDashboard;

namespace {
keel::test::PlatformOptions options(int requestsPerDay)
{
    keel::test::PlatformOptions o;
    o.seed = 42;
    o.days = 35;
    o.requestsPerDay = requestsPerDay;
    return o;
}

bool hasVariedPixels(const QImage &image, const QRect &area)
{
    QSet<QRgb> colours;
    for (int y = area.top(); y < area.bottom(); y += 3)
        for (int x = area.left(); x < area.right(); x += 3) {
            colours.insert(image.pixel(x, y));
            if (colours.size() > 8)
                return true;
        }
    return false;
}
} // namespace

class TestSpendDashboard : public QObject {
    Q_OBJECT
private:
    keel::test::PlatformProcess m_platform{options(4000)};
    QTemporaryDir m_dir;
    keel::SessionContext m_session;
    QDate m_lastDay;

    SpendQuery lastFiveWeeks() const
    {
        SpendQuery q;
        q.to = m_lastDay;
        q.from = m_lastDay.addDays(-34);
        return q;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QCoreApplication::setOrganizationName(u"keel-tests"_s);
        QCoreApplication::setApplicationName(u"tst_spenddashboard"_s);
        QVERIFY2(m_platform.start(), qPrintable(m_platform.errorString()));
        const keel::test::SpendData data = keel::test::fetchSpendData(m_platform.baseUrl(), m_platform.token(u"finops"_s));
        QVERIFY(!QTest::currentTestFailed());
        m_session.storePath = m_dir.filePath(u"cache.db"_s);
        m_session.platformUrl = m_platform.baseUrl();
        QString error;
        QVERIFY2(keel::test::writeStore(m_session.storePath, data, &error), qPrintable(error));
        m_lastDay = QDateTime::fromMSecsSinceEpoch(data.requests.back().ts, Qt::UTC).date();
        SpendQuery q = lastFiveWeeks();
        QSettings settings;
        q.save(settings);
    }

    void rendersChartWithDataAndTheSpike()
    {
        SpendDashboard dashboard(m_session);
        // Testers before the first load arrives (the load is queued to the worker).
        QList<std::shared_ptr<QAbstractItemModelTester>> testers;
        const auto tables = dashboard.tables();
        for (const auto &[name, model] : tables)
            testers.push_back(std::make_shared<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        const auto views = dashboard.findChildren<QTableView *>();
        for (QTableView *v : views)
            testers.push_back(std::make_shared<QAbstractItemModelTester>(v->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));

        QSignalSpy ready(&dashboard, &SpendDashboard::ready);
        dashboard.resize(1600, 1000);
        dashboard.show();
        QVERIFY(ready.wait(60000));
        QCOMPARE(dashboard.state(), SpendDashboard::State::Ready);
        QCOMPARE(dashboard.query(), lastFiveWeeks());

        auto *chart = dashboard.chartView();
        QVERIFY(chart->areaCount() > 1);
        QVERIFY(chart->pointCount() > 0);
        QVERIFY(chart->anomalyLabel().contains(u"claims-triage@v8"_s));
        QVERIFY(dashboard.anomalyBanner()->text().contains(u"claims-triage@v8"_s));
        QVERIFY(dashboard.anomalyBanner()->text().contains(u"claims_triage"_s));
        QVERIFY(dashboard.kpiHeader()->tileText(0).at(1).startsWith(u'$'));
        // Five weeks back is the whole cache: no comparison with an uncovered period.
        QVERIFY(!dashboard.snapshot().totals.previousComplete);
        QCOMPARE(dashboard.kpiHeader()->tileText(1).at(1), QString(QChar(0x2013)));
        QVERIFY(dashboard.budgetModel()->rowCount() > 0);
        QVERIFY(dashboard.templateModel()->rowCount() > 0);
        QVERIFY(dashboard.unitEconomicsPanel()->summaryText().contains(u"Cost per request"_s));
        QVERIFY(!chart->tooltipFor(0, 0).isEmpty());

        const QImage image = chart->grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(hasVariedPixels(image, chart->chart()->plotArea().toRect()));
        QCOMPARE(ready.count(), 1);
    }

    void drillDownToCorrelationIds()
    {
        SpendDashboard dashboard(m_session);
        QSignalSpy ready(&dashboard, &SpendDashboard::ready);
        QVERIFY(ready.wait(60000));
        const SpendSeries &s = dashboard.snapshot().series;
        QVERIFY(!s.keys.isEmpty());
        QSignalSpy detail(&dashboard, &SpendDashboard::detailShown);
        dashboard.drillInto(s.periods[s.periods.size() - 3], s.keys.first());
        QVERIFY(detail.wait(30000));
        QVERIFY(dashboard.detailModel()->rowCount() > 0);
        for (const SpendDetailRow &r : dashboard.detailModel()->rows())
            QCOMPARE(r.model, s.keys.first());

        QSignalSpy requests(&dashboard, &SpendDashboard::requestsShown);
        dashboard.detailView()->setFocus();
        dashboard.detailView()->setCurrentIndex(dashboard.detailView()->model()->index(0, 0));
        QTest::keyClick(dashboard.detailView(), Qt::Key_Return);
        QVERIFY(requests.wait(30000));
        QVERIFY(dashboard.requestModel()->rowCount() > 0);

        QSignalSpy trace(&dashboard, &SpendDashboard::correlationIdActivated);
        QTableView *rv = dashboard.requestView();
        rv->setFocus();
        rv->setCurrentIndex(rv->model()->index(0, 0));
        QTest::keyClick(rv, Qt::Key_Return);
        QCOMPARE(trace.count(), 1);
        const QString cid = trace.first().first().toString();
        QVERIFY(!cid.isEmpty());
        bool known = false;
        for (const RequestRow &r : dashboard.requestModel()->rows())
            known |= r.correlationId == cid;
        QVERIFY(known);
    }

    void filtersApplyEverywhereAndAreRemembered()
    {
        QString team;
        {
            SpendDashboard dashboard(m_session);
            QSignalSpy ready(&dashboard, &SpendDashboard::ready);
            QVERIFY(ready.wait(60000));
            const Micros before = dashboard.snapshot().totals.current.cost;
            team = dashboard.snapshot().options.teams.first();
            QSignalSpy loaded(&dashboard, &SpendDashboard::loadFinished);
            dashboard.filterBar()->selectValues(keel::widgets::SpendFilterBar::Field::Teams, {team});
            QVERIFY(loaded.wait(30000));
            const SpendSnapshot &snap = dashboard.snapshot();
            QCOMPARE(snap.query.teams, QStringList{team});
            QVERIFY(snap.totals.current.cost < before);
            SpendRepository repo(m_session.storePath);
            QVERIFY(repo.open());
            QCOMPARE(snap.series.total.cost, repo.total(snap.query).cost);
            QCOMPARE(snap.unit.cost, snap.series.total.cost);
            for (const DriverRow &r : snap.models)
                QVERIFY(r.cost <= snap.series.total.cost);
            qint64 tableSum = 0;
            for (int row = 0; row < dashboard.spendTableModel()->rowCount(); ++row)
                tableSum += dashboard.spendTableModel()->index(row, SpendTableModel::Cost).data(RawValueRole).toLongLong();
            QCOMPARE(tableSum, snap.series.total.cost);
            // Switch the stack to teams: one series only.
            dashboard.filterBar()->groupByBox()->setCurrentIndex(2);
            QVERIFY(loaded.wait(30000));
            QCOMPARE(dashboard.snapshot().series.keys, QStringList{team});
        }
        SpendDashboard again(m_session);
        QCOMPARE(again.query().teams, QStringList{team});
        QCOMPARE(again.query().groupBy, Dimension::Team);
        QSignalSpy ready(&again, &SpendDashboard::ready);
        QVERIFY(ready.wait(60000));
        // Back to the default for the other tests.
        SpendQuery q = lastFiveWeeks();
        again.setQuery(q);
    }

    void lastMonthByTeamInTwoSteps()
    {
        SpendDashboard dashboard(m_session);
        QSignalSpy ready(&dashboard, &SpendDashboard::ready);
        QVERIFY(ready.wait(60000));
        QSignalSpy loaded(&dashboard, &SpendDashboard::loadFinished);
        QComboBox *range = dashboard.filterBar()->rangeBox();
        range->setCurrentIndex(3); // "This month", silently
        range->setFocus();
        QTest::keyClick(range, Qt::Key_Down); // -> "Last month", as a user picks it
        QVERIFY(loaded.wait(30000));
        const QDate firstOfThis(m_lastDay.year(), m_lastDay.month(), 1);
        QCOMPARE(dashboard.query().from, firstOfThis.addMonths(-1));
        QCOMPARE(dashboard.query().to, firstOfThis.addDays(-1));
        dashboard.filterBar()->groupByBox()->setCurrentIndex(
            dashboard.filterBar()->groupByBox()->findData(int(Dimension::Team)));
        QVERIFY(loaded.wait(30000));
        const SpendSnapshot &snap = dashboard.snapshot();
        QCOMPARE(snap.series.groupBy, Dimension::Team);
        QVERIFY(snap.series.keys.size() > 1);
        SpendRepository repo(m_session.storePath);
        QVERIFY(repo.open());
        QCOMPARE(snap.totals.current.cost, repo.total(snap.query).cost);
        QVERIFY(snap.totals.current.cost > 0);
        QVERIFY(snap.monthForecast >= snap.monthToDate);
        dashboard.setQuery(lastFiveWeeks());
        QVERIFY(loaded.wait(30000));
    }

    void exports()
    {
        SpendDashboard dashboard(m_session);
        dashboard.resize(1600, 1000);
        QSignalSpy ready(&dashboard, &SpendDashboard::ready);
        QVERIFY(ready.wait(60000));
        const QString png = m_dir.filePath(u"spend.png"_s);
        const QString pdf = m_dir.filePath(u"spend.pdf"_s);
        const QString csv = m_dir.filePath(u"budgets.csv"_s);
        QVERIFY(dashboard.savePng(png));
        // For docs: KEEL_SPEND_SCREENSHOT=FILE.png keeps a copy of the rendered dashboard.
        if (const QString keep = qEnvironmentVariable("KEEL_SPEND_SCREENSHOT"); !keep.isEmpty())
            QVERIFY(dashboard.savePng(keep));
        QVERIFY(dashboard.savePdf(pdf));
        QVERIFY(dashboard.exportTableCsv(dashboard.budgetModel(), csv));
        QImage image(png);
        QVERIFY(hasVariedPixels(image, image.rect()));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = c.readAll().split('\n');
        QVERIFY(lines[0].startsWith("Scope,Name,Budget,Actual,Used,Forecast"));
        QCOMPARE(lines.size() - 2, dashboard.budgetModel()->rowCount());
        const QString focus = m_dir.filePath(u"focus.csv"_s);
        SpendExportJob *job = dashboard.exportFocus(focus);
        QSignalSpy done(job, &SpendExportJob::finished);
        QVERIFY(done.wait(60000));
        QVERIFY(done.first().first().toBool());
        QVERIFY(QFile(focus).size() > 1000);
    }

    void syncFillsAnEmptyCache()
    {
        // The real path: an empty cache, the dashboard says so, the SyncEngine pulls spend,
        // budgets and requests from the platform, and a reload shows them.
        keel::api::ConnectionSettings settings;
        settings.baseUrl = m_platform.baseUrl();
        settings.token = m_platform.token(u"finops"_s);
        keel::api::PlatformClient client(settings);
        keel::store::Store store(m_dir.filePath(u"synced.db"_s));
        QSignalSpy opened(&store, &keel::store::Store::opened);
        QVERIFY(opened.wait(30000));
        QVERIFY2(opened.first().first().toBool(), qPrintable(opened.first().at(1).toString()));
        keel::sync::SyncEngine engine(&client, &store);
        engine.setInterval(0);
        engine.setResources({u"requests"_s, u"spend_daily"_s, u"budgets"_s});
        keel::SessionContext session;
        session.client = &client;
        session.sync = &engine;
        session.storePath = store.path();

        SpendDashboard dashboard(session);
        QSignalSpy ready(&dashboard, &SpendDashboard::ready);
        QVERIFY(ready.wait(60000));
        QCOMPARE(dashboard.state(), SpendDashboard::State::Empty);
        QVERIFY(dashboard.stateMessage().contains(u"sync from the platform"_s));

        connect(&engine, &keel::sync::SyncEngine::finished, &dashboard, &SpendDashboard::reload);
        QSignalSpy loaded(&dashboard, &SpendDashboard::loadFinished);
        QSignalSpy synced(&engine, &keel::sync::SyncEngine::finished);
        engine.syncNow();
        QVERIFY(synced.wait(120000));
        QVERIFY2(synced.first().first().toBool(), qPrintable(synced.first().at(1).toString()));
        QVERIFY(loaded.wait(60000));
        QCOMPARE(dashboard.state(), SpendDashboard::State::Ready);
        QVERIFY(dashboard.chartView()->areaCount() > 1);
        QVERIFY(dashboard.chartView()->anomalyLabel().contains(u"claims-triage@v8"_s));
        QVERIFY(dashboard.snapshot().lastSynced.isValid());
        QVERIFY(dashboard.stateMessage().contains(u"Last synced"_s));
    }

    void emptyAndErrorStatesSayWhatToDo()
    {
        {
            SpendDashboard dashboard(m_session);
            QSignalSpy ready(&dashboard, &SpendDashboard::ready);
            QVERIFY(ready.wait(60000));
            QSignalSpy loaded(&dashboard, &SpendDashboard::loadFinished);
            SpendQuery q;
            q.from = QDate(2001, 1, 1);
            q.to = QDate(2001, 1, 31);
            dashboard.setQuery(q);
            QVERIFY(loaded.wait(30000));
            QCOMPARE(dashboard.state(), SpendDashboard::State::Empty);
            QVERIFY(dashboard.stateMessage().contains(u"Widen the date range"_s));
            QVERIFY(dashboard.stateMessage().contains(m_lastDay.toString(Qt::ISODate)));
            QCOMPARE(dashboard.chartView()->areaCount(), 0);
            dashboard.setQuery(lastFiveWeeks());
            QVERIFY(loaded.wait(30000));
        }
        keel::SessionContext offline;
        offline.storePath = m_dir.filePath(u"never-synced.db"_s);
        SpendDashboard dashboard(offline);
        QSignalSpy ready(&dashboard, &SpendDashboard::ready);
        QVERIFY(ready.wait(60000));
        QCOMPARE(dashboard.state(), SpendDashboard::State::Error);
        QVERIFY(dashboard.stateMessage().contains(u"sync"_s));
        QVERIFY(!dashboard.grab().isNull());
    }
};

QTEST_MAIN(TestSpendDashboard)
#include "tst_spenddashboard.moc"
