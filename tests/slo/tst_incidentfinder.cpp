// Anomaly runs in series and burn periods in a budget burn-down, against hand-made data.
#include <slo/incidentfinder.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keel;

namespace {
constexpr qint64 H = 3600000;
domain::SeriesResponse series(const QList<double> &values) // -1 = null
{
    domain::SeriesResponse r;
    r.stepS = 3600;
    domain::Series s;
    s.labels = {{"route", "/search"}};
    for (qsizetype i = 0; i < values.size(); ++i)
        s.points.push_back({i * H, values[i] < 0 ? std::nullopt : std::optional(values[i])});
    r.series.push_back(s);
    return r;
}
} // namespace

class TestIncidentFinder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void anomalies_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<double>("peak");
        // Median 0.01; 0.2 and 0.3 are ≥ 3× → one run of two hours [3h, 5h).
        QTest::addRow("incident") << QList<double>{0.01, 0.01, 0.012, 0.2, 0.3, 0.01, 0.011} << 1 << 3 * H << 5 * H << 0.3;
        // One hot point alone is not a run of two.
        QTest::addRow("single-spike") << QList<double>{0.01, 0.01, 0.5, 0.01, 0.01} << 0 << 0ll << 0ll << 0.0;
        // A missing point splits the run; each half is too short.
        QTest::addRow("gap-splits") << QList<double>{0.01, 0.01, 0.4, -1, 0.4, 0.01, 0.01} << 0 << 0ll << 0ll << 0.0;
        QTest::addRow("flat") << QList<double>{0.02, 0.02, 0.02} << 0 << 0ll << 0ll << 0.0;
        QTest::addRow("all-missing") << QList<double>{-1, -1} << 0 << 0ll << 0ll << 0.0;
        // A zero baseline (no errors normally): any sustained non-zero run counts.
        QTest::addRow("zero-baseline") << QList<double>{0, 0, 0, 0.1, 0.1, 0} << 1 << 3 * H << 5 * H << 0.1;
    }
    void anomalies()
    {
        QFETCH(QList<double>, values);
        QFETCH(int, count);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(double, peak);
        const auto found = slo::findAnomalies(series(values), u"route"_s);
        QCOMPARE(found.size(), count);
        if (count) {
            QCOMPARE(found.first().key, u"/search"_s);
            QCOMPARE(found.first().fromMs, from);
            QCOMPARE(found.first().toMs, to);
            QCOMPARE(found.first().peak, peak);
        }
    }

    void burnPeriods_data()
    {
        QTest::addColumn<QList<double>>("remaining"); // hourly points
        QTest::addColumn<double>("threshold");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<double>("used");
        // 30-day window = 720 h: spending 1/720 of the budget in an hour is burn 1;
        // spending 0.05 in an hour is burn 36.
        const double b1 = 1.0 / 720.0;
        QTest::addRow("steady-burn-1") << QList<double>{1, 1 - b1, 1 - 2 * b1, 1 - 3 * b1} << 6.0 << 0 << 0ll << 0ll << 0.0;
        QTest::addRow("incident") << QList<double>{1, 1 - b1, 0.95 - b1, 0.90 - b1, 0.90 - 2 * b1} << 6.0 << 1 << H << 3 * H << 0.10;
        QTest::addRow("two-periods") << QList<double>{1, 0.95, 0.95, 0.90} << 6.0 << 2 << 0ll << H << 0.05;
        QTest::addRow("single-point") << QList<double>{1} << 6.0 << 0 << 0ll << 0ll << 0.0;
    }
    void burnPeriods()
    {
        QFETCH(QList<double>, remaining);
        QFETCH(double, threshold);
        QFETCH(int, count);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(double, used);
        std::vector<domain::BudgetPoint> points;
        for (qsizetype i = 0; i < remaining.size(); ++i)
            points.push_back({i * H, remaining[i]});
        const auto periods = slo::findBurnPeriods(points, 30, threshold);
        QCOMPARE(periods.size(), count);
        if (count) {
            QCOMPARE(periods.first().fromMs, from);
            QCOMPARE(periods.first().toMs, to);
            QVERIFY(std::abs(periods.first().budgetUsed - used) < 1e-9);
            QVERIFY(periods.first().peakBurn >= threshold);
        }
    }
};

QTEST_GUILESS_MAIN(TestIncidentFinder)
#include "tst_incidentfinder.moc"
