// Burn-rate, budget, burn-down and percentile arithmetic against hand-computed cases.
#include <slo/percentile.h>
#include <slo/sloerrorbudget.h>

#include <QTest>

#include <cmath>
#include <optional>

using namespace keel::slo;

Q_DECLARE_METATYPE(std::optional<double>)

namespace {
void compareOptional(const std::optional<double> &actual, const std::optional<double> &expected)
{
    QCOMPARE(actual.has_value(), expected.has_value());
    if (expected)
        QVERIFY2(std::abs(*actual - *expected) < 1e-9,
                 qPrintable(QStringLiteral("got %1, want %2").arg(*actual, 0, 'g', 17).arg(*expected, 0, 'g', 17)));
}
} // namespace

class TestSloMath : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void burnRate_data()
    {
        QTest::addColumn<qint64>("good");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<double>("objective");
        QTest::addColumn<std::optional<double>>("ratio");
        QTest::addColumn<std::optional<double>>("burn");
        QTest::addColumn<std::optional<double>>("remaining");
        // 10 bad of 1000 = 1% errors; 99.9% objective allows 0.1% → burn 10, budget -9.
        QTest::addRow("1pct-errors-999") << qint64(990) << qint64(1000) << 0.999
                                         << std::optional(0.01) << std::optional(10.0) << std::optional(-9.0);
        // Exactly on budget: 1 bad in 100 at 99% → burn 1, nothing left.
        QTest::addRow("exactly-on-budget") << qint64(99) << qint64(100) << 0.99
                                           << std::optional(0.01) << std::optional(1.0) << std::optional(0.0);
        // Half the budget: 5 bad in 1000 at 99% → burn 0.5, half left.
        QTest::addRow("half-budget") << qint64(995) << qint64(1000) << 0.99
                                     << std::optional(0.005) << std::optional(0.5) << std::optional(0.5);
        QTest::addRow("no-errors") << qint64(500) << qint64(500) << 0.995
                                   << std::optional(0.0) << std::optional(0.0) << std::optional(1.0);
        // All errors at 99.5%: burn = 1 / 0.005 = 200.
        QTest::addRow("all-errors") << qint64(0) << qint64(40) << 0.995
                                    << std::optional(1.0) << std::optional(200.0) << std::optional(-199.0);
        // Zero traffic is "no data", never 0 and never infinity.
        QTest::addRow("zero-traffic") << qint64(0) << qint64(0) << 0.999 << std::optional<double>()
                                      << std::optional<double>() << std::optional<double>();
        QTest::addRow("inconsistent-good>total") << qint64(11) << qint64(10) << 0.99 << std::optional<double>()
                                                 << std::optional<double>() << std::optional<double>();
        QTest::addRow("objective-1-invalid") << qint64(9) << qint64(10) << 1.0 << std::optional(0.1)
                                             << std::optional<double>() << std::optional<double>();
    }
    void burnRate()
    {
        QFETCH(qint64, good);
        QFETCH(qint64, total);
        QFETCH(double, objective);
        QFETCH(std::optional<double>, ratio);
        QFETCH(std::optional<double>, burn);
        QFETCH(std::optional<double>, remaining);
        const EventCounts c{good, total};
        compareOptional(errorRatio(c), ratio);
        compareOptional(keel::slo::burnRate(c, objective), burn);
        compareOptional(budgetRemaining(c, objective), remaining);
        if (ratio)
            compareOptional(attainment(c), 1.0 - *ratio);
    }

    void burndown_data()
    {
        QTest::addColumn<QList<qint64>>("bad");   // per bucket
        QTest::addColumn<QList<qint64>>("total"); // per bucket
        QTest::addColumn<double>("objective");
        QTest::addColumn<QList<double>>("expected");
        // 4 buckets of 250 = 1000 events, 99% → budget 10 bad events.
        QTest::addRow("steady") << QList<qint64>{1, 2, 3, 4} << QList<qint64>{250, 250, 250, 250} << 0.99
                                << QList<double>{0.9, 0.7, 0.4, 0.0};
        // An incident in the second bucket overspends; the curve goes below zero and stays.
        QTest::addRow("incident-overspend") << QList<qint64>{0, 15, 0, 0} << QList<qint64>{250, 250, 250, 250}
                                            << 0.99 << QList<double>{1.0, -0.5, -0.5, -0.5};
        // Quiet buckets (zero traffic) keep the curve flat, they do not reset it.
        QTest::addRow("quiet-bucket") << QList<qint64>{2, 0, 3} << QList<qint64>{500, 0, 500} << 0.99
                                      << QList<double>{0.8, 0.8, 0.5};
        QTest::addRow("no-traffic-at-all") << QList<qint64>{0, 0} << QList<qint64>{0, 0} << 0.99 << QList<double>{};
        QTest::addRow("empty-window") << QList<qint64>{} << QList<qint64>{} << 0.99 << QList<double>{};
    }
    void burndown()
    {
        QFETCH(QList<qint64>, bad);
        QFETCH(QList<qint64>, total);
        QFETCH(double, objective);
        QFETCH(QList<double>, expected);
        std::vector<CountBucket> buckets;
        qint64 sumBad = 0, sumTotal = 0;
        for (qsizetype i = 0; i < bad.size(); ++i) {
            buckets.push_back({(i + 1) * 3600000, {total[i] - bad[i], total[i]}});
            sumBad += bad[i];
            sumTotal += total[i];
        }
        const auto points = budgetBurndown(buckets, objective);
        QCOMPARE(qsizetype(points.size()), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(points[std::size_t(i)].ts, (i + 1) * 3600000);
            QVERIFY2(std::abs(points[std::size_t(i)].remaining - expected[i]) < 1e-9, qPrintable(QString::number(i)));
        }
        // The burn-down ends where the whole window's budget does.
        if (!points.empty())
            compareOptional(points.back().remaining, budgetRemaining({sumTotal - sumBad, sumTotal}, objective));
    }

    void percentiles_data()
    {
        QTest::addColumn<QList<double>>("samples");
        QTest::addColumn<double>("p");
        QTest::addColumn<std::optional<double>>("nearest");
        QTest::addColumn<std::optional<double>>("linear");
        const QList<double> ten{10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        // Nearest rank: ceil(0.5×10)=5th → 50; linear: pos 4.5 → 55.
        QTest::addRow("p50-of-10") << ten << 50.0 << std::optional(50.0) << std::optional(55.0);
        // ceil(9.5)=10th → 100; linear pos 8.55 → 90 + 0.55×10 = 95.5.
        QTest::addRow("p95-of-10") << ten << 95.0 << std::optional(100.0) << std::optional(95.5);
        // ceil(9.9)=10th → 100; linear pos 8.91 → 99.1.
        QTest::addRow("p99-of-10") << ten << 99.0 << std::optional(100.0) << std::optional(99.1);
        QTest::addRow("p0-is-min") << ten << 0.0 << std::optional(10.0) << std::optional(10.0);
        QTest::addRow("p100-is-max") << ten << 100.0 << std::optional(100.0) << std::optional(100.0);
        QTest::addRow("unsorted-input") << QList<double>{300, 100, 200} << 50.0 << std::optional(200.0)
                                        << std::optional(200.0);
        QTest::addRow("single-sample") << QList<double>{42} << 99.0 << std::optional(42.0) << std::optional(42.0);
        QTest::addRow("empty") << QList<double>{} << 50.0 << std::optional<double>() << std::optional<double>();
        QTest::addRow("p-out-of-range") << ten << 101.0 << std::optional<double>() << std::optional<double>();
    }
    void percentiles()
    {
        QFETCH(QList<double>, samples);
        QFETCH(double, p);
        QFETCH(std::optional<double>, nearest);
        QFETCH(std::optional<double>, linear);
        const std::vector<double> v(samples.begin(), samples.end());
        compareOptional(percentileNearestRank(v, p), nearest);
        compareOptional(percentileLinear(v, p), linear);
    }
};

QTEST_GUILESS_MAIN(TestSloMath)
#include "tst_slomath.moc"
