// Against a real keel-platform: the store is filled from its API (/v1/spend, /v1/budgets,
// /v1/telemetry/requests) with the store's own writers, and every aggregate the dashboard shows
// must equal sums computed independently from the raw request records. The anomaly detector
// must find the seeded prompt-template cost spike, name it, and stay quiet on the other days.
#include "spendfixture.h"

#include <platformprocess.h>

#include <api/platformclient.h>
#include <spend/platformrequestfetch.h>
#include <spend/spenddataservice.h>
#include <spend/spendexportjob.h>
#include <spend/spendrepository.h>

#include <QFile>
#include <QMap>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keel::spend;

namespace {
keel::test::PlatformOptions options(int requestsPerDay)
{
    keel::test::PlatformOptions o;
    o.seed = 42;
    o.days = 35;
    o.requestsPerDay = requestsPerDay;
    return o;
}

struct Sums {
    qint64 cost = 0, requests = 0, tokens = 0;
    bool operator==(const Sums &) const = default;
};

QString field(const keel::domain::RequestRecord &r, Dimension d)
{
    switch (d) {
    case Dimension::Model: return QString::fromStdString(r.model);
    case Dimension::UseCase: return QString::fromStdString(r.useCase);
    case Dimension::Team: return QString::fromStdString(r.team);
    case Dimension::CustomerSegment: return QString::fromStdString(r.customerSegment);
    }
    return {};
}

// Independent of periodStartMs: QDate arithmetic on the request's UTC day.
QDate bucket(qint64 ts, Granularity g)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(ts, Qt::UTC).date();
    switch (g) {
    case Granularity::Day: return d;
    case Granularity::Week: return d.addDays(-(d.dayOfWeek() - 1));
    case Granularity::Month: return QDate(d.year(), d.month(), 1);
    }
    return d;
}
} // namespace

class TestSpendPlatform : public QObject {
    Q_OBJECT
private:
    keel::test::PlatformProcess m_platform{options(4000)};
    QTemporaryDir m_dir;
    QString m_store;
    keel::test::SpendData m_data;
    QDate m_firstDay, m_lastDay, m_spikeFirst, m_spikeLast;

    SpendQuery everything(Dimension d, Granularity g = Granularity::Day) const
    {
        SpendQuery q;
        q.from = m_firstDay;
        q.to = m_lastDay;
        q.groupBy = d;
        q.granularity = g;
        return q;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_platform.start(), qPrintable(m_platform.errorString()));
        m_data = keel::test::fetchSpendData(m_platform.baseUrl(), m_platform.token(u"finops"_s));
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(m_data.requests.size() > 10000);
        QVERIFY(!m_data.spend.empty());
        QVERIFY(!m_data.budgets.empty());
        m_store = m_dir.filePath(u"cache.db"_s);
        QString error;
        QVERIFY2(keel::test::writeStore(m_store, m_data, &error), qPrintable(error));
        m_firstDay = bucket(m_data.requests.front().ts, Granularity::Day);
        m_lastDay = bucket(m_data.requests.back().ts, Granularity::Day);
        for (const auto &r : m_data.requests) {
            if (r.promptTemplate != "claims-triage@v8")
                continue;
            const QDate d = bucket(r.ts, Granularity::Day);
            if (!m_spikeFirst.isValid())
                m_spikeFirst = d;
            m_spikeLast = d;
        }
        QVERIFY2(m_spikeFirst.isValid(), "the seeded dataset has no claims-triage@v8 release");
    }

    void aggregatesEqualRawSums_data()
    {
        QTest::addColumn<int>("dimension");
        QTest::addColumn<int>("granularity");
        for (Dimension d : {Dimension::Model, Dimension::UseCase, Dimension::Team, Dimension::CustomerSegment})
            for (Granularity g : {Granularity::Day, Granularity::Week, Granularity::Month})
                QTest::addRow("%s by %s", qPrintable(dimensionColumn(d)), qPrintable(granularityName(g))) << int(d) << int(g);
    }
    void aggregatesEqualRawSums()
    {
        QFETCH(int, dimension);
        QFETCH(int, granularity);
        const Dimension d = Dimension(dimension);
        const Granularity g = Granularity(granularity);
        QMap<QPair<QDate, QString>, Sums> expected;
        QMap<QString, Sums> expectedByKey;
        for (const auto &r : m_data.requests) {
            Sums &s = expected[{bucket(r.ts, g), field(r, d)}];
            s.cost += r.costMicros;
            s.requests += 1;
            s.tokens += r.inputTokens + r.outputTokens;
            Sums &k = expectedByKey[field(r, d)];
            k.cost += r.costMicros;
            k.requests += 1;
            k.tokens += r.inputTokens + r.outputTokens;
        }

        SpendRepository repo(m_store);
        QVERIFY2(repo.open(), qPrintable(repo.error()));
        const SpendSeries s = repo.series(everything(d, g));
        QVERIFY(repo.error().isEmpty());
        QCOMPARE(s.keys.size(), expectedByKey.size());
        QMap<QPair<QDate, QString>, Sums> got;
        for (int k = 0; k < s.keys.size(); ++k) {
            const Sums want = expectedByKey.value(s.keys[k]);
            QCOMPARE(s.keyTotals[k].cost, want.cost);
            QCOMPARE(s.keyTotals[k].requests, want.requests);
            QCOMPARE(s.keyTotals[k].tokens(), want.tokens);
            for (int p = 0; p < s.periods.size(); ++p) {
                const SpendCell &c = s.cells[k][p];
                if (c.requests || c.cost)
                    got[{msToDate(s.periods[p]), s.keys[k]}] = {c.cost, c.requests, c.tokens()};
            }
        }
        QCOMPARE(got.size(), expected.size());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (!(got.value(it.key()) == it.value()))
                QFAIL(qPrintable(u"%1 / %2: cost %3 vs raw %4"_s.arg(it.key().first.toString(Qt::ISODate), it.key().second)
                                     .arg(got.value(it.key()).cost).arg(it.value().cost)));
        }
    }

    void filteredTotalEqualsRawSum()
    {
        SpendQuery q = everything(Dimension::Model);
        q.teams = {QString::fromStdString(m_data.requests.front().team)};
        q.segments = {QString::fromStdString(m_data.requests.front().customerSegment)};
        qint64 raw = 0;
        for (const auto &r : m_data.requests)
            if (QString::fromStdString(r.team) == q.teams.first() && QString::fromStdString(r.customerSegment) == q.segments.first())
                raw += r.costMicros;
        SpendRepository repo(m_store);
        QVERIFY(repo.open());
        QCOMPARE(repo.total(q).cost, raw);
        QVERIFY(raw > 0);
    }

    void anomalyFindsTheTemplateRelease()
    {
        SpendRepository repo(m_store);
        QVERIFY(repo.open());
        const QList<Anomaly> found = repo.anomalies(everything(Dimension::Model));
        QVERIFY2(!found.isEmpty(), "the seeded cost spike was not flagged");
        for (const Anomaly &a : found) {
            // Quiet on normal days: every flagged day lies inside the spike.
            QVERIFY2(a.day >= m_spikeFirst && a.day <= m_spikeLast,
                     qPrintable(u"false alarm on %1 (score %2)"_s.arg(a.day.toString(Qt::ISODate)).arg(a.score)));
            QCOMPARE(a.driver, u"claims-triage@v8"_s);
            QCOMPARE(a.driverDetail, u"claims_triage"_s);
            QCOMPARE(a.driverFirstSeen, m_spikeFirst);
            QVERIFY(a.driverDelta > 0);
            QVERIFY(a.cost > a.baseline);
            QVERIFY(a.explanation().contains(u"claims-triage@v8"_s));
        }
    }

    void anomalyQuietOnCleanPeriod()
    {
        SpendRepository repo(m_store);
        QVERIFY(repo.open());
        SpendQuery clean = everything(Dimension::UseCase);
        clean.to = m_spikeFirst.addDays(-1);
        const QList<Anomaly> found = repo.anomalies(clean);
        QVERIFY2(found.isEmpty(), qPrintable(found.isEmpty() ? QString() : found.first().explanation()));
    }

    void focusExportMatchesRaw()
    {
        SpendExportOptions o;
        o.storePath = m_store;
        o.query = everything(Dimension::Team);
        o.format = SpendExportOptions::Format::Focus;
        o.outPath = m_dir.filePath(u"focus.csv"_s);
        SpendExportJob job(o);
        QSignalSpy done(&job, &SpendExportJob::finished);
        job.start();
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QFile f(o.outPath);
        QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
        const QList<QByteArray> header = f.readLine().trimmed().split(',');
        const int billed = int(header.indexOf("BilledCost"));
        const int category = int(header.indexOf("ServiceCategory"));
        const int unit = int(header.indexOf("ConsumedUnit"));
        QCOMPARE(billed, 0);
        QVERIFY(category > 0 && unit > 0);
        qint64 total = 0;
        qint64 rows = 0;
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QList<QByteArray> cells = line.split(',');
            // Decimal dollars with six places: exact micros.
            const QList<QByteArray> parts = cells[billed].split('.');
            QCOMPARE(parts.size(), 2);
            QCOMPARE(parts[1].size(), 6);
            total += parts[0].toLongLong() * 1'000'000 + parts[1].toLongLong();
            QCOMPARE(cells[category], QByteArray("AI and Machine Learning"));
            QCOMPARE(cells[unit], QByteArray("Tokens"));
            ++rows;
        }
        qint64 raw = 0;
        for (const auto &r : m_data.requests)
            raw += r.costMicros;
        QCOMPARE(total, raw);
        // One FOCUS row per day × model × use case × team × segment (the roll-ups also split
        // by route and template; the export sums those).
        QSet<QString> cells;
        for (const auto &r : m_data.spend)
            cells.insert(QString::fromStdString(std::to_string(r.periodStart) + '|' + r.model + '|' + r.useCase + '|'
                                                + r.team + '|' + r.customerSegment));
        QCOMPARE(rows, qint64(cells.size()));
        QVERIFY(cells.size() < qsizetype(m_data.spend.size()));
    }

    void driversEqualRawSums_data()
    {
        QTest::addColumn<QString>("column");
        QTest::newRow("route") << u"route"_s;
        QTest::newRow("prompt_template") << u"prompt_template"_s;
        QTest::newRow("model") << u"model"_s;
    }
    void driversEqualRawSums()
    {
        // The drivers come from the roll-ups; they must equal the raw requests' sums exactly.
        QFETCH(QString, column);
        SpendQuery q = everything(Dimension::Model);
        q.from = m_lastDay.addDays(-13);
        QMap<QString, Sums> raw, rawBefore;
        const qint64 from = dateToMs(q.from), to = dateToMs(q.to.addDays(1)), before = dateToMs(q.from.addDays(-14));
        for (const auto &r : m_data.requests) {
            const QString key = QString::fromStdString(column == u"route"_s ? r.route
                                                       : column == u"model"_s ? r.model : r.promptTemplate);
            if (r.ts < before || r.ts >= to)
                continue;
            Sums &s = r.ts >= from ? raw[key] : rawBefore[key];
            s.cost += r.costMicros;
            s.requests += 1;
        }
        SpendRepository repo(m_store);
        QVERIFY(repo.open());
        const QList<DriverRow> rows = repo.drivers(q, column, 100);
        QVERIFY(!rows.isEmpty());
        for (const DriverRow &d : rows) {
            QCOMPARE(d.cost, raw.value(d.name).cost);
            QCOMPARE(d.requests, raw.value(d.name).requests);
            QCOMPARE(d.previousCost, rawBefore.value(d.name).cost);
        }
        QCOMPARE(rows.size(), QSet<QString>(raw.keyBegin(), raw.keyEnd()).unite(
                                  QSet<QString>(rawBefore.keyBegin(), rawBefore.keyEnd())).size());
    }

    void drillDownOlderThanTheWindowPagesFromThePlatform()
    {
        // A cache holding all roll-ups but only the last three days of raw requests (the
        // window): a drill-down into an older day pages that cell from the platform.
        keel::test::SpendData windowed;
        windowed.spend = m_data.spend;
        windowed.budgets = m_data.budgets;
        const qint64 windowStart = dateToMs(m_lastDay.addDays(-2));
        for (const auto &r : m_data.requests)
            if (r.ts >= windowStart)
                windowed.requests.push_back(r);
        const QString path = m_dir.filePath(u"windowed.db"_s);
        QString error;
        QVERIFY2(keel::test::writeStore(path, windowed, &error), qPrintable(error));

        keel::api::ConnectionSettings settings;
        settings.baseUrl = m_platform.baseUrl();
        settings.token = m_platform.token(u"finops"_s);
        keel::api::PlatformClient client(settings);
        SpendDataService service(path);
        service.setPlatformClient(&client);
        QSignalSpy loaded(&service, &SpendDataService::requestsLoaded);

        // The costliest cell of a day ten days back.
        const qint64 oldDay = dateToMs(m_lastDay.addDays(-10));
        SpendRepository repo(path);
        QVERIFY(repo.open());
        QList<SpendDetailRow> cells = repo.detailRows(everything(Dimension::Model), oldDay, std::nullopt);
        QVERIFY(!cells.isEmpty());
        const SpendDetailRow cell = cells.first();
        QList<RequestRow> expected;
        for (const auto &r : m_data.requests)
            if (r.ts >= oldDay && r.ts < oldDay + 86'400'000 && QString::fromStdString(r.model) == cell.model
                && QString::fromStdString(r.useCase) == cell.useCase && QString::fromStdString(r.team) == cell.team
                && QString::fromStdString(r.customerSegment) == cell.segment) {
                RequestRow row;
                row.id = QString::fromStdString(r.id);
                row.ts = r.ts;
                row.cost = r.costMicros;
                expected << row;
            }
        std::sort(expected.begin(), expected.end(), costlierRequest);
        QCOMPARE(qint64(expected.size()), cell.cell.requests);
        QVERIFY(repo.requestsBehind(cell).isEmpty()); // not in the cache any more

        service.loadRequests(cell);
        QVERIFY(loaded.wait(60000));
        const auto rows = loaded.first().at(1).value<QList<RequestRow>>();
        QVERIFY(loaded.first().at(2).toString().contains(u"platform"_s));
        QCOMPARE(rows.size(), std::min<qsizetype>(expected.size(), SpendRepository::kRequestsBehindLimit));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].id, expected[i].id);
            QCOMPARE(rows[i].cost, expected[i].cost);
            QCOMPARE(rows[i].model, cell.model);
        }

        // Inside the window the cache answers, and says nothing about the platform.
        const qint64 recentDay = dateToMs(m_lastDay.addDays(-1));
        const QList<SpendDetailRow> recent = repo.detailRows(everything(Dimension::Model), recentDay, std::nullopt);
        QVERIFY(!recent.isEmpty());
        loaded.clear();
        service.loadRequests(recent.first());
        QVERIFY(loaded.wait(30000));
        QVERIFY(loaded.first().at(2).toString().isEmpty());
        QCOMPARE(qint64(loaded.first().at(1).value<QList<RequestRow>>().size()),
                 std::min<qint64>(recent.first().cell.requests, SpendRepository::kRequestsBehindLimit));
    }
};

QTEST_GUILESS_MAIN(TestSpendPlatform)
#include "tst_spendplatform.moc"
