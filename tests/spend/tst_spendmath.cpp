// Spend math without a database: budget forecast / burn rate / exhaustion, the anomaly detector
// and its driver attribution, period bucketing, CSV quoting and injection, FOCUS rows, and the
// remembered query.
#include <spend/anomalydetector.h>
#include <spend/budgetmath.h>
#include <spend/csvwriter.h>
#include <spend/focusexport.h>
#include <spend/spendquery.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keel::spend;
using DailySpend = QMap<QDate, keel::spend::Micros>;

namespace {
QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// Daily spend from `first` for `days` days: base, with weekends scaled and optional spikes.
QMap<QDate, Micros> series(QDate first, int days, Micros base, double weekend = 1.0,
                           QHash<int, double> spikes = {}, int noisePermille = 0)
{
    QMap<QDate, Micros> m;
    quint32 rng = 12345;
    for (int i = 0; i < days; ++i) {
        const QDate d = first.addDays(i);
        double v = double(base) * (d.dayOfWeek() >= 6 ? weekend : 1.0) * spikes.value(i, 1.0);
        if (noisePermille) {
            rng = rng * 1664525u + 1013904223u;
            v *= 1.0 + (double(int(rng >> 16) % (2 * noisePermille + 1) - noisePermille) / 1000.0);
        }
        m.insert(d, Micros(v));
    }
    return m;
}
} // namespace

class TestSpendMath : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void anomalyNamesItsDriverOnce()
    {
        keel::spend::Anomaly a;
        a.day = QDate(2026, 3, 15);
        a.driver = u"claims-triage@v8"_s;
        a.driverDetail = u"claims_triage"_s;
        QCOMPARE(a.driverText(), u"claims-triage@v8 (claims_triage)"_s);
        // A Langfuse trace and its prompt named alike: said once, not "x (x)".
        a.driver = a.driverDetail = u"safety-escalations"_s;
        QCOMPARE(a.driverText(), u"safety-escalations"_s);
        QVERIFY2(!a.explanation().contains(u"(safety-escalations)"_s), qPrintable(a.explanation()));
        a.driverDetail.clear();
        QCOMPARE(a.driverText(), u"safety-escalations"_s);
    }

    void forecast_data()
    {
        QTest::addColumn<qint64>("actual");
        QTest::addColumn<double>("elapsed");
        QTest::addColumn<int>("periodDays");
        QTest::addColumn<qint64>("rate"); // -1 = period average
        QTest::addColumn<qint64>("expected");
        QTest::addRow("on pace, average") << qint64(10'000'000) << 10.0 << 30 << qint64(-1) << qint64(30'000'000);
        QTest::addRow("recent rate") << qint64(10'000'000) << 10.0 << 30 << qint64(2'000'000) << qint64(50'000'000);
        QTest::addRow("period over") << qint64(7'000'000) << 31.0 << 31 << qint64(-1) << qint64(7'000'000);
        QTest::addRow("nothing elapsed") << qint64(0) << 0.0 << 30 << qint64(-1) << qint64(0);
        QTest::addRow("half day") << qint64(500'000) << 0.5 << 30 << qint64(-1) << qint64(30'000'000);
    }
    void forecast()
    {
        QFETCH(qint64, actual);
        QFETCH(double, elapsed);
        QFETCH(int, periodDays);
        QFETCH(qint64, rate);
        QFETCH(qint64, expected);
        QCOMPARE(forecastToPeriodEnd(actual, elapsed, periodDays, rate < 0 ? std::nullopt : std::optional<Micros>(rate)),
                 expected);
    }

    void burn_data()
    {
        QTest::addColumn<qint64>("actual");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<double>("elapsed");
        QTest::addColumn<int>("periodDays");
        QTest::addColumn<double>("expected");
        QTest::addRow("even pace") << qint64(50) << qint64(100) << 15.0 << 30 << 1.0;
        QTest::addRow("twice as fast") << qint64(50) << qint64(100) << 7.5 << 30 << 2.0;
        QTest::addRow("half pace") << qint64(25) << qint64(100) << 15.0 << 30 << 0.5;
        QTest::addRow("no budget") << qint64(25) << qint64(0) << 15.0 << 30 << 0.0;
        QTest::addRow("start of period") << qint64(25) << qint64(100) << 0.0 << 30 << 0.0;
    }
    void burn()
    {
        QFETCH(qint64, actual);
        QFETCH(qint64, amount);
        QFETCH(double, elapsed);
        QFETCH(int, periodDays);
        QFETCH(double, expected);
        QCOMPARE(burnRate(actual, amount, elapsed, periodDays), expected);
    }

    void exhaustion_data()
    {
        QTest::addColumn<qint64>("actual");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<qint64>("rate");
        QTest::addColumn<QDate>("expected");
        const QDate none;
        QTest::addRow("runs out in 5 days") << qint64(50) << qint64(100) << qint64(10) << QDate(2026, 11, 15);
        QTest::addRow("already out") << qint64(120) << qint64(100) << qint64(10) << QDate(2026, 11, 10);
        QTest::addRow("after period end") << qint64(50) << qint64(100) << qint64(1) << none;
        QTest::addRow("no spend rate") << qint64(50) << qint64(100) << qint64(0) << none;
    }
    void exhaustion()
    {
        QFETCH(qint64, actual);
        QFETCH(qint64, amount);
        QFETCH(qint64, rate);
        QFETCH(QDate, expected);
        const auto got = exhaustionDate(actual, amount, rate, utc("2026-11-10T00:00:00Z"), QDate(2026, 11, 30));
        QCOMPARE(got.value_or(QDate()), expected);
    }

    void budgetStates_data()
    {
        QTest::addColumn<qint64>("actual");
        QTest::addColumn<qint64>("rate");
        QTest::addColumn<int>("state");
        QTest::addColumn<double>("threshold");
        // November 2026, seen at the start of the 16th: 15 of 30 days elapsed. Budget $1000.
        QTest::addRow("on track") << qint64(400'000'000) << qint64(20'000'000) << int(BudgetState::Ok) << 0.0;
        QTest::addRow("at risk") << qint64(600'000'000) << qint64(40'000'000) << int(BudgetState::AtRisk) << 0.5;
        QTest::addRow("breached") << qint64(1'000'000'000) << qint64(10'000'000) << int(BudgetState::Breached) << 1.0;
    }
    void budgetStates()
    {
        QFETCH(qint64, actual);
        QFETCH(qint64, rate);
        QFETCH(int, state);
        QFETCH(double, threshold);
        BudgetStatus b;
        b.amount = 1'000'000'000;
        b.actual = actual;
        b.alertThresholds = {0.5, 0.8, 1.0};
        evaluateBudget(b, utc("2026-11-16T00:00:00Z"), rate);
        QCOMPARE(int(b.state), state);
        QCOMPARE(b.highestThresholdCrossed, threshold);
        QCOMPARE(b.periodStart, QDate(2026, 11, 1));
        QCOMPARE(b.periodEnd, QDate(2026, 11, 30));
        QCOMPARE(b.forecast, actual + 15 * rate);
        QCOMPARE(b.burnRate, (double(actual) / 1e9) / 0.5);
    }

    void anomalies_data()
    {
        QTest::addColumn<DailySpend>("daily");
        QTest::addColumn<QList<QDate>>("expected");
        const QDate first(2026, 9, 7); // a Monday
        QTest::addRow("flat") << series(first, 49, 1'000'000'000) << QList<QDate>{};
        QTest::addRow("flat with noise") << series(first, 49, 1'000'000'000, 1.0, {}, 60) << QList<QDate>{};
        QTest::addRow("weekly seasonal") << series(first, 49, 1'000'000'000, 0.35, {}, 40) << QList<QDate>{};
        QTest::addRow("single spike") << series(first, 49, 1'000'000'000, 0.35, {{40, 1.8}}, 40)
                                      << QList<QDate>{first.addDays(40)};
        QTest::addRow("two-day spike") << series(first, 49, 1'000'000'000, 0.35, {{40, 1.6}, {41, 1.9}}, 40)
                                       << QList<QDate>{first.addDays(40), first.addDays(41)};
        QTest::addRow("spike on a weekday") << series(first, 49, 1'000'000'000, 0.35, {{45, 1.5}}, 40)
                                            << QList<QDate>{first.addDays(45)};
        // Data from a Wednesday whose first day is partial: the first Monday, against a fortnight
        // of two quiet weekend days and a short first day, is not a spike (too little like-for-like history).
        QTest::addRow("first Monday after a weekend") << series(QDate(2026, 9, 9), 6, 1'000'000'000, 0.35, {{0, 0.3}})
                                                      << QList<QDate>{};
        QTest::addRow("zero data") << DailySpend{} << QList<QDate>{};
        QTest::addRow("all zero") << series(first, 49, 0) << QList<QDate>{};
        QTest::addRow("too little history") << series(first, 3, 1'000'000'000, 1.0, {{2, 5.0}}) << QList<QDate>{};
    }
    void anomalies()
    {
        QFETCH(DailySpend, daily);
        QFETCH(QList<QDate>, expected);
        const AnomalyDetector detector;
        const QDate from = daily.isEmpty() ? QDate(2026, 9, 7) : daily.firstKey();
        const QDate to = daily.isEmpty() ? QDate(2026, 10, 30) : daily.lastKey();
        QList<QDate> flagged;
        for (const DayVerdict &v : detector.anomalies(daily, from, to))
            flagged << v.day;
        QCOMPARE(flagged, expected);
    }

    void medianAndAttribution()
    {
        QCOMPARE(AnomalyDetector::median({}), 0.0);
        QCOMPARE(AnomalyDetector::median({3, 1, 2}), 2.0);
        QCOMPARE(AnomalyDetector::median({4, 1, 2, 3}), 2.5);
        const DriverSpend day{{u"claims-triage@v8"_s, 900}, {u"chat@v3"_s, 110}};
        const QList<DriverSpend> base{{{u"claims-triage@v7"_s, 200}, {u"chat@v3"_s, 100}},
                                      {{u"claims-triage@v7"_s, 210}, {u"chat@v3"_s, 105}},
                                      {{u"claims-triage@v7"_s, 190}, {u"chat@v3"_s, 95}}};
        const QList<DriverDelta> d = AnomalyDetector::attribute(day, base);
        QCOMPARE(d.first().name, u"claims-triage@v8"_s);
        QCOMPARE(d.first().delta(), 900);
        QCOMPARE(d.last().name, u"claims-triage@v7"_s);
        QCOMPARE(d.last().delta(), -200);
    }

    void periods_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("granularity");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("next");
        QTest::addRow("day") << QDate(2026, 11, 26) << int(Granularity::Day) << QDate(2026, 11, 26) << QDate(2026, 11, 27);
        QTest::addRow("week from thursday") << QDate(2026, 11, 26) << int(Granularity::Week) << QDate(2026, 11, 23) << QDate(2026, 11, 30);
        QTest::addRow("week from sunday") << QDate(2026, 11, 29) << int(Granularity::Week) << QDate(2026, 11, 23) << QDate(2026, 11, 30);
        QTest::addRow("week from monday") << QDate(2026, 11, 23) << int(Granularity::Week) << QDate(2026, 11, 23) << QDate(2026, 11, 30);
        QTest::addRow("month") << QDate(2026, 11, 26) << int(Granularity::Month) << QDate(2026, 11, 1) << QDate(2026, 12, 1);
        QTest::addRow("month across a year") << QDate(2026, 12, 31) << int(Granularity::Month) << QDate(2026, 12, 1) << QDate(2027, 1, 1);
        QTest::addRow("before 1970") << QDate(1969, 12, 31) << int(Granularity::Week) << QDate(1969, 12, 29) << QDate(1970, 1, 5);
    }
    void periods()
    {
        QFETCH(QDate, day);
        QFETCH(int, granularity);
        QFETCH(QDate, start);
        QFETCH(QDate, next);
        const qint64 s = periodStartMs(dateToMs(day) + 3'600'000, Granularity(granularity));
        QCOMPARE(msToDate(s), start);
        QCOMPARE(msToDate(nextPeriodMs(s, Granularity(granularity))), next);
    }

    void csvCells_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::addRow("plain") << u"claims_triage"_s << u"claims_triage"_s;
        QTest::addRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::addRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::addRow("newline") << u"two\nlines"_s << u"\"two\nlines\""_s;
        QTest::addRow("formula") << u"=HYPERLINK(\"http://x\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
        QTest::addRow("plus") << u"+1+2"_s << u"'+1+2"_s;
        QTest::addRow("minus formula") << u"-2+3"_s << u"'-2+3"_s;
        QTest::addRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::addRow("tab") << u"\tx"_s << u"'\tx"_s;
        QTest::addRow("negative number stays a number") << u"-12.500000"_s << u"-12.500000"_s;
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("leading space") << u" x"_s << u"\" x\""_s;
    }
    void csvCells()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(csvCell(in), out);
    }
    void csvRows()
    {
        QCOMPARE(csvRow({u"a"_s, u"b,c"_s, u"=1"_s}), u"a,\"b,c\",'=1\r\n"_s);
    }

    void focus()
    {
        SpendDetailRow r;
        r.day = dateToMs(QDate(2026, 11, 20));
        r.model = u"gpt-4o"_s;
        r.useCase = u"claims_triage"_s;
        r.team = u"claims"_s;
        r.segment = u"enterprise"_s;
        r.cell.cost = 12'345'678;
        r.cell.cacheSavings = 1'000'000;
        r.cell.requests = 42;
        r.cell.inputTokens = 1000;
        r.cell.outputTokens = 500;
        r.cell.cachedTokens = 200;
        const QStringList cols = focusColumns();
        const QStringList row = focusRow(r, {{u"gpt-4o"_s, u"openai"_s}});
        QCOMPARE(row.size(), cols.size());
        const auto at = [&](const char *c) { return row.at(cols.indexOf(QString::fromLatin1(c))); };
        QCOMPARE(at("BilledCost"), u"12.345678"_s);
        QCOMPARE(at("EffectiveCost"), u"12.345678"_s);
        QCOMPARE(at("ListCost"), u"13.345678"_s);
        QCOMPARE(at("BillingCurrency"), u"USD"_s);
        QCOMPARE(at("ChargePeriodStart"), u"2026-11-20T00:00:00Z"_s);
        QCOMPARE(at("ChargePeriodEnd"), u"2026-11-21T00:00:00Z"_s);
        QCOMPARE(at("BillingPeriodStart"), u"2026-11-01T00:00:00Z"_s);
        QCOMPARE(at("BillingPeriodEnd"), u"2026-12-01T00:00:00Z"_s);
        QCOMPARE(at("ServiceCategory"), u"AI and Machine Learning"_s);
        QCOMPARE(at("ServiceName"), u"OpenAI API"_s);
        QCOMPARE(at("ConsumedQuantity"), u"1500"_s);
        QCOMPARE(at("ConsumedUnit"), u"Tokens"_s);
        const QJsonObject tags = QJsonDocument::fromJson(at("Tags").toUtf8()).object();
        QCOMPARE(tags.value(u"team"_s).toString(), u"claims"_s);
        QCOMPARE(tags.value(u"use_case"_s).toString(), u"claims_triage"_s);
        QCOMPARE(tags.value(u"customer_segment"_s).toString(), u"enterprise"_s);
        QCOMPARE(focusServiceName(QString()), u"AI inference"_s);
    }

    void queryRemembered()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        const QDate today(2026, 11, 26);
        const SpendQuery fallback = SpendQuery::load(settings, today);
        QCOMPARE(fallback.to, today);
        QCOMPARE(fallback.days(), 30);
        SpendQuery q = SpendQuery::lastDays(7, today);
        q.teams = {u"claims"_s};
        q.segments = {u"smb"_s, u"enterprise"_s};
        q.granularity = Granularity::Week;
        q.groupBy = Dimension::Team;
        q.save(settings);
        QCOMPARE(SpendQuery::load(settings, today.addDays(3)), q);
        const SpendQuery prev = q.previousPeriod();
        QCOMPARE(prev.to, q.from.addDays(-1));
        QCOMPARE(prev.days(), 7);
        QCOMPARE(dimensionFromColumn(u"customer_segment"_s), Dimension::CustomerSegment);
        QVERIFY(!dimensionFromColumn(u"drop table"_s));
    }
};

QTEST_GUILESS_MAIN(TestSpendMath)
#include "tst_spendmath.moc"
