// SpendRepository, SpendDataService, SpendExportJob and the spend item models over a small
// hand-made store (a real SQLite file written by keel::store::Store), where every expected
// number can be worked out by hand.
#include "spendfixture.h"

#include <spend/budgetmodel.h>
#include <spend/drivermodel.h>
#include <spend/requestlistmodel.h>
#include <spend/spenddataservice.h>
#include <spend/spenddetailmodel.h>
#include <spend/spendexportjob.h>
#include <spend/spendrepository.h>
#include <spend/spendroles.h>
#include <spend/spendsortproxy.h>
#include <spend/spendtablemodel.h>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace keel::spend;
using keel::test::requestRecord;
using keel::test::spendRow;

namespace {
const QDate kFirst(2026, 10, 1); // a Thursday
constexpr int kDays = 14;
constexpr qint64 kDay = 86'400'000;

qint64 day(int i)
{
    return dateToMs(kFirst.addDays(i));
}
} // namespace

class TestSpendRepository : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_store;

    SpendQuery fullRange(Dimension d = Dimension::Model) const
    {
        SpendQuery q;
        q.from = kFirst;
        q.to = kFirst.addDays(kDays - 1);
        q.groupBy = d;
        return q;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"cache.db"_s);
        keel::test::SpendData data;
        for (int i = 0; i < kDays; ++i) {
            // mini: $1 × (i+1) per day; premium: a flat $3; a third row on odd days.
            // claims triage ran template v7 until day 10, then v8.
            data.spend.push_back(spendRow(day(i), "mini", "knowledge_assistant", "platform", "internal", 1'000'000 * (i + 1), 10,
                                          "/chat", "chat@v3", "openai"));
            data.spend.push_back(spendRow(day(i), "premium", "claims_triage", "claims", "enterprise", 3'000'000, 2,
                                          "/claims/triage", i < 10 ? "claims-triage@v7" : "claims-triage@v8", "anthropic"));
            if (i % 2)
                data.spend.push_back(spendRow(day(i), "premium", "knowledge_assistant", "claims", "smb", 500'000, 1,
                                              "/chat", "chat@v3", "anthropic"));
        }
        int n = 0;
        for (int i = 0; i < kDays; ++i) {
            data.requests.push_back(requestRecord(u"rq%1"_s.arg(n++), day(i) + 3600'000, "premium", "claims_triage", "claims",
                                                  "enterprise", "/claims/triage", i < 10 ? "claims-triage@v7" : "claims-triage@v8",
                                                  i < 10 ? 1'000'000 : 2'000'000));
            data.requests.push_back(requestRecord(u"rq%1"_s.arg(n++), day(i) + 7200'000, "mini", "knowledge_assistant",
                                                  "platform", "internal", "/chat", "chat@v3", 100'000));
        }
        keel::domain::Budget b;
        b.id = "b-claims";
        b.scopeKind = "team";
        b.scopeValue = "claims";
        b.period = "month";
        b.amountMicros = 60'000'000;
        b.alertThresholds = {0.5, 0.8, 1.0};
        data.budgets.push_back(b);
        b.id = "b-evil";
        b.scopeKind = "team; DROP TABLE spend_daily"; // a hostile scope kind never reaches SQL
        data.budgets.push_back(b);
        QString error;
        QVERIFY2(keel::test::writeStore(m_store, data, &error), qPrintable(error));
    }

    void seriesByModel()
    {
        SpendRepository repo(m_store);
        QVERIFY2(repo.open(), qPrintable(repo.error()));
        const SpendSeries s = repo.series(fullRange());
        QCOMPARE(s.periods.size(), kDays);
        QCOMPARE(s.keys, (QStringList{u"mini"_s, u"premium"_s})); // 105 vs 45.5 dollars
        QCOMPARE(s.keyTotals[0].cost, Micros(105'000'000));
        QCOMPARE(s.keyTotals[1].cost, Micros(14 * 3'000'000 + 7 * 500'000));
        QCOMPARE(s.total.cost, Micros(105'000'000 + 45'500'000));
        QCOMPARE(s.cells[0][3].cost, Micros(4'000'000));
        QCOMPARE(s.cells[1][1].cost, Micros(3'500'000));
        QCOMPARE(s.periodTotals[1].cost, Micros(2'000'000 + 3'500'000));
        QCOMPARE(s.total.requests, qint64(14 * 12 + 7));
        QCOMPARE(s.total.inputTokens, s.total.requests * 100);
        QVERIFY(repo.error().isEmpty());
    }

    void seriesBuckets_data()
    {
        QTest::addColumn<int>("granularity");
        QTest::addColumn<int>("periods");
        QTest::addColumn<qint64>("firstPeriodCost");
        // Oct 1 2026 is a Thursday: the first week holds Oct 1-4 (days 0-3), the month all 14.
        QTest::addRow("week") << int(Granularity::Week) << 3 << qint64((1 + 2 + 3 + 4) * 1'000'000 + 4 * 3'000'000 + 2 * 500'000);
        QTest::addRow("month") << int(Granularity::Month) << 1 << qint64(150'500'000);
    }
    void seriesBuckets()
    {
        QFETCH(int, granularity);
        QFETCH(int, periods);
        QFETCH(qint64, firstPeriodCost);
        SpendRepository repo(m_store);
        QVERIFY(repo.open());
        SpendQuery q = fullRange();
        q.granularity = Granularity(granularity);
        const SpendSeries s = repo.series(q);
        QCOMPARE(s.periods.size(), periods);
        QCOMPARE(s.periodTotals[0].cost, firstPeriodCost);
    }

    void filtersAndTotals()
    {
        SpendRepository repo(m_store);
        QVERIFY(repo.open());
        SpendQuery q = fullRange(Dimension::UseCase);
        q.teams = {u"claims"_s};
        const SpendSeries s = repo.series(q);
        QCOMPARE(s.keys, (QStringList{u"claims_triage"_s, u"knowledge_assistant"_s}));
        QCOMPARE(s.total.cost, Micros(45'500'000));
        q.segments = {u"smb"_s};
        QCOMPARE(repo.total(q).cost, Micros(3'500'000));
        // The week after the first: previous period = the first week.
        SpendQuery second;
        second.from = kFirst.addDays(7);
        second.to = kFirst.addDays(13);
        const SpendTotals t = repo.totals(second);
        QCOMPARE(t.previous.cost, Micros((1 + 2 + 3 + 4 + 5 + 6 + 7) * 1'000'000 + 7 * 3'000'000 + 3 * 500'000));
        QCOMPARE(t.current.cost, Micros((8 + 9 + 10 + 11 + 12 + 13 + 14) * 1'000'000 + 7 * 3'000'000 + 4 * 500'000));
        QVERIFY(t.costChange() > 0);
        const FilterOptions o = repo.filterOptions();
        QCOMPARE(o.teams, (QStringList{u"claims"_s, u"platform"_s}));
        QCOMPARE(o.firstDay, kFirst);
        QCOMPARE(o.lastDay, kFirst.addDays(13));
    }

    void previousPeriodCoverage()
    {
        SpendRepository repo(m_store);
        SpendQuery q;
        q.from = kFirst.addDays(8);
        q.to = kFirst.addDays(13); // previous: days 2..7, inside the cache
        SpendSnapshot snap = repo.snapshot(q, QDateTime(QDate(2026, 10, 15), QTime(0, 0), Qt::UTC));
        QVERIFY(snap.totals.previousComplete);
        QVERIFY(std::isfinite(snap.totals.costChange()));
        q.from = kFirst.addDays(7); // previous starts on the cache's first (possibly partial) day
        snap = repo.snapshot(q, QDateTime(QDate(2026, 10, 15), QTime(0, 0), Qt::UTC));
        QVERIFY(!snap.totals.previousComplete);
        QVERIFY(std::isnan(snap.totals.costChange()));
    }

    void drillDown()
    {
        SpendRepository repo(m_store);
        QVERIFY(repo.open());
        const QList<SpendDetailRow> rows = repo.detailRows(fullRange(), day(1), u"premium"_s);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].useCase, u"claims_triage"_s); // most expensive first
        QCOMPARE(rows[0].cell.cost, Micros(3'000'000));
        QCOMPARE(repo.detailRows(fullRange(), day(1), std::nullopt).size(), 3);
        const QList<RequestRow> reqs = repo.requestsBehind(rows[0]);
        QCOMPARE(reqs.size(), 1);
        QCOMPARE(reqs[0].correlationId, u"c-rq2"_s);
        QCOMPARE(reqs[0].promptTemplate, u"claims-triage@v7"_s);
    }

    void driversAndEconomics()
    {
        SpendRepository repo(m_store);
        QVERIFY(repo.open());
        SpendQuery q;
        q.from = kFirst.addDays(10);
        q.to = kFirst.addDays(13);
        // From the roll-ups (days 10-13 against days 6-9), not from the raw requests.
        const QList<DriverRow> templates = repo.drivers(q, u"prompt_template"_s);
        QCOMPARE(templates.size(), 3);
        QCOMPARE(templates[0].name, u"chat@v3"_s); // mini $11+12+13+14, premium 2 × $0.50
        QCOMPARE(templates[0].cost, Micros(51'000'000));
        QCOMPARE(templates[0].requests, qint64(4 * 10 + 2));
        const auto byName = [&templates](const QString &name) {
            return std::find_if(templates.cbegin(), templates.cend(), [&name](const DriverRow &r) { return r.name == name; });
        };
        const auto v8 = byName(u"claims-triage@v8"_s);
        QVERIFY(v8 != templates.cend());
        QCOMPARE(v8->cost, Micros(12'000'000));
        QCOMPARE(v8->previousCost, Micros(0));
        QCOMPARE(v8->detail, u"claims_triage"_s);
        const auto v7 = byName(u"claims-triage@v7"_s);
        QVERIFY(v7 != templates.cend());
        QCOMPARE(v7->cost, Micros(0));
        QCOMPARE(v7->previousCost, Micros(12'000'000));
        const QList<DriverRow> routes = repo.drivers(q, u"route"_s);
        QCOMPARE(routes.size(), 2);
        QCOMPARE(routes[0].name, u"/chat"_s);
        QCOMPARE(routes[1].cost, Micros(12'000'000));
        QCOMPARE(routes[1].previousCost, Micros(12'000'000));
        // The roll-ups name premium's provider; the raw requests (all "openai") never see it.
        QCOMPARE(repo.modelProviders().value(u"premium"_s), u"anthropic"_s);
        QVERIFY(repo.drivers(q, u"1; DROP TABLE requests"_s).isEmpty());

        const UnitEconomics u = repo.unitEconomics(fullRange());
        QCOMPARE(u.cost, Micros(150'500'000));
        QCOMPARE(u.requests, qint64(14 * 12 + 7));
        QCOMPARE(u.costPerRequest, Micros(std::llround(150'500'000.0 / (14 * 12 + 7))));
        QCOMPARE(u.premiumModels, QStringList{u"premium"_s});
        QCOMPARE(u.premiumCostShare, 45.5 / 150.5);
        QCOMPARE(u.cacheSavings, Micros(15'050'000));
        QCOMPARE(u.perUseCase.size(), 2);
    }

    void budgets()
    {
        SpendRepository repo(m_store);
        QVERIFY(repo.open());
        // Seen at the end of Oct 14: claims spent 14 × $3 + 7 × $0.50 = $45.50 of $60.
        const QDateTime asOf(QDate(2026, 10, 15), QTime(0, 0), Qt::UTC);
        const QList<BudgetStatus> all = repo.budgets(asOf);
        QCOMPARE(all.size(), 2);
        const BudgetStatus b = all[0].id == u"b-claims"_s ? all[0] : all[1];
        QCOMPARE(b.actual, Micros(45'500'000));
        QCOMPARE(b.state, BudgetState::AtRisk); // $3.25/day for 17 more days overshoots
        QCOMPARE(b.forecast, Micros(45'500'000 + 17 * ((7 * 3'000'000 + 4 * 500'000) / 7)));
        QCOMPARE(b.highestThresholdCrossed, 0.5);
        QVERIFY(b.exhaustionDate.isValid());
        const BudgetStatus evil = all[0].id == u"b-evil"_s ? all[0] : all[1];
        QCOMPARE(evil.actual, Micros(0));
        QVERIFY(repo.error().isEmpty());
    }

    void storeProblems()
    {
        SpendRepository missing(m_dir.filePath(u"nope.db"_s));
        QVERIFY(!missing.open());
        QVERIFY(missing.error().contains(u"sync"_s));
        QFile junk(m_dir.filePath(u"junk.db"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        SpendRepository notSqlite(junk.fileName());
        QVERIFY(!notSqlite.open());
        QVERIFY(!notSqlite.error().isEmpty());
        const SpendSnapshot snap = SpendRepository(junk.fileName()).snapshot(fullRange());
        QVERIFY(!snap.ok());
    }

    void serviceDeliversLatestOnly()
    {
        SpendDataService service(m_store);
        QSignalSpy spy(&service, &SpendDataService::loaded);
        SpendQuery first = fullRange();
        SpendQuery second = fullRange(Dimension::Team);
        service.load(first);
        service.load(second); // supersedes the first before it can arrive
        QVERIFY(spy.wait(30000));
        QTRY_VERIFY(!service.isLoading());
        QCOMPARE(spy.count(), 1);
        const auto snap = spy.first().first().value<SpendSnapshot>();
        QCOMPARE(snap.query, second);
        QCOMPARE(snap.series.keys, (QStringList{u"platform"_s, u"claims"_s}));
        QCOMPARE(snap.templates.first().name, u"chat@v3"_s); // the costliest template over the range
    }

    void exportGroupedCsv()
    {
        SpendExportOptions o;
        o.storePath = m_store;
        o.query = fullRange(Dimension::Team);
        o.format = SpendExportOptions::Format::Csv;
        o.outPath = m_dir.filePath(u"team.csv"_s);
        SpendExportJob job(o);
        QSignalSpy done(&job, &SpendExportJob::finished);
        QSignalSpy progress(&job, &SpendExportJob::progress);
        job.start();
        QVERIFY(done.wait(30000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QVERIFY(progress.count() > 0);
        QFile f(o.outPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines[0].trimmed(), QByteArray("period_start,team,cost_usd,cost_micros,requests,input_tokens,output_tokens,cached_tokens,cache_savings_usd"));
        QCOMPARE(lines[1].trimmed(), QByteArray("2026-10-01,platform,1.000000,1000000,10,1000,500,100,0.100000"));
        QCOMPARE(lines[2].trimmed(), QByteArray("2026-10-01,claims,3.000000,3000000,2,200,100,20,0.300000"));
        qint64 sum = 0;
        for (int i = 1; i < lines.size(); ++i)
            if (!lines[i].trimmed().isEmpty())
                sum += lines[i].split(',').at(3).toLongLong();
        QCOMPARE(sum, qint64(150'500'000));
    }

    void exportFocus()
    {
        SpendExportOptions o;
        o.storePath = m_store;
        o.query = fullRange();
        o.format = SpendExportOptions::Format::Focus;
        o.outPath = m_dir.filePath(u"focus.csv"_s);
        SpendExportJob job(o);
        QSignalSpy done(&job, &SpendExportJob::finished);
        job.start();
        QVERIFY(done.wait(30000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QFile f(o.outPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines[0].startsWith("BilledCost,EffectiveCost,ListCost,BillingCurrency,"));
        QCOMPARE(lines.size() - 2, 14 * 2 + 7); // header + rows + trailing empty
        QVERIFY(lines[1].startsWith("1.000000,1.000000,1.100000,USD,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,2026-10-01T00:00:00Z,2026-10-02T00:00:00Z,Usage,"));
        QVERIFY(lines[1].contains("AI and Machine Learning,OpenAI API,Keel AI Platform,openai,mini,1500,Tokens,"));
        QVERIFY(lines[1].contains(R"("{""customer_segment"":""internal"",""model"":""mini"",""team"":""platform"",""use_case"":""knowledge_assistant""}")"));
    }

    void exportFailsCleanly()
    {
        SpendExportOptions o;
        o.storePath = m_store;
        o.query = fullRange();
        o.outPath = m_dir.filePath(u"no/such/dir/out.csv"_s);
        SpendExportJob job(o);
        QSignalSpy done(&job, &SpendExportJob::finished);
        job.start();
        QVERIFY(done.wait(30000));
        QVERIFY(!done.first().at(0).toBool());
        QVERIFY(done.first().at(1).toString().contains(u"out.csv"_s));

        o.outPath = m_dir.filePath(u"cancelled.csv"_s);
        o.format = SpendExportOptions::Format::Focus;
        SpendExportJob cancelled(o);
        QSignalSpy cdone(&cancelled, &SpendExportJob::finished);
        cancelled.cancel();
        cancelled.start();
        QVERIFY(cdone.wait(30000));
        QVERIFY(!cdone.first().at(0).toBool());
        QVERIFY(!QFile::exists(o.outPath)); // nothing half-written
    }

    void modelsUnderTester()
    {
        SpendTableModel table;
        BudgetModel budgets;
        DriverModel drivers(u"Template"_s);
        SpendDetailModel detail;
        RequestListModel requests;
        SpendSortProxy proxy;
        proxy.setSourceModel(&drivers);
        QAbstractItemModelTester t1(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&budgets, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&drivers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(&detail, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t5(&requests, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t6(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        SpendRepository repo(m_store);
        QVERIFY(repo.open());
        const SpendSnapshot snap = repo.snapshot(fullRange(), QDateTime(QDate(2026, 10, 15), QTime(0, 0), Qt::UTC));
        QVERIFY2(snap.ok(), qPrintable(snap.error));
        table.setSeries(snap.series);
        QCOMPARE(table.rowCount(), 14 * 2);
        QCOMPARE(table.data(table.index(0, SpendTableModel::Cost), ExportRole).toString(), u"1.000000"_s);
        QCOMPARE(table.data(table.index(0, SpendTableModel::Cost), RawValueRole).toLongLong(), 1'000'000);
        QCOMPARE(table.data(table.index(0, SpendTableModel::Period)).toString(), u"2026-10-01"_s);
        budgets.setBudgets(snap.budgets);
        QCOMPARE(budgets.rowCount(), 2);
        drivers.setRows(snap.templates);
        QCOMPARE(drivers.rowCount(), 3);
        proxy.sort(DriverModel::Cost, Qt::DescendingOrder);
        QCOMPARE(proxy.data(proxy.index(0, DriverModel::Name)).toString(), u"chat@v3"_s);
        proxy.sort(DriverModel::ChangeRatio, Qt::DescendingOrder);
        proxy.setFilterText(u"chat"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 3);
        const QList<SpendDetailRow> rows = repo.detailRows(fullRange(), day(3), u"premium"_s);
        detail.setRows(rows);
        requests.setRows(repo.requestsBehind(rows.first()));
        QCOMPARE(requests.data(requests.index(0, 0), CorrelationIdRole).toString(), u"c-rq6"_s);
        // Reset paths: a reload to nothing and back.
        table.setSeries({});
        drivers.setRows({});
        detail.setRows({});
        requests.setRows({});
        QCOMPARE(proxy.rowCount(), 0);
        drivers.setRows(snap.routes);
        QVERIFY(proxy.rowCount() > 0);
    }
};

QTEST_GUILESS_MAIN(TestSpendRepository)
#include "tst_spendrepository.moc"
