// The multi-window multi-burn-rate rule: thresholds, scaling and which rule fires.
#include <slo/burnalertpolicy.h>

#include <QTest>

using namespace keel::slo;

Q_DECLARE_METATYPE(keel::slo::AlertLevel)
Q_DECLARE_METATYPE(keel::slo::BurnRates)

namespace {
// Order: 5m, 30m, 1h, 6h, 1d, 3d; a negative value means "no data".
BurnRates rates(std::initializer_list<double> v)
{
    BurnRates r{};
    std::size_t i = 0;
    for (double x : v) {
        if (x >= 0)
            r[i] = x;
        ++i;
    }
    return r;
}
} // namespace

class TestBurnAlertPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void thresholds_data()
    {
        QTest::addColumn<double>("windowDays");
        QTest::addColumn<double>("page1h");
        QTest::addColumn<double>("page6h");
        QTest::addColumn<double>("ticket3d");
        QTest::addRow("30d") << 30.0 << 14.4 << 6.0 << 1.0;
        // 28d = 672h: 0.02×672 = 13.44, 0.05×672/6 = 5.6, 0.1×672/72 = 0.933 → floored to 1.
        QTest::addRow("28d") << 28.0 << 13.44 << 5.6 << 1.0;
        // 7d = 168h: 3.36, 1.4, ticket floored to 1.
        QTest::addRow("7d") << 7.0 << 3.36 << 1.4 << 1.0;
        // 90d = 2160h: 43.2, 18, 3.
        QTest::addRow("90d") << 90.0 << 43.2 << 18.0 << 3.0;
    }
    void thresholds()
    {
        QFETCH(double, windowDays);
        QFETCH(double, page1h);
        QFETCH(double, page6h);
        QFETCH(double, ticket3d);
        const auto rules = burnAlertRules(windowDays);
        QCOMPARE(rules.size(), std::size_t(3));
        QCOMPARE(int(rules[0].severity), int(AlertLevel::Page));
        QCOMPARE(int(rules[0].longWindow), int(BurnWindow::H1));
        QCOMPARE(int(rules[0].shortWindow), int(BurnWindow::M5));
        QVERIFY(qFuzzyCompare(rules[0].threshold, page1h));
        QCOMPARE(int(rules[1].longWindow), int(BurnWindow::H6));
        QCOMPARE(int(rules[1].shortWindow), int(BurnWindow::M30));
        QVERIFY(qFuzzyCompare(rules[1].threshold, page6h));
        QCOMPARE(int(rules[2].severity), int(AlertLevel::Ticket));
        QCOMPARE(int(rules[2].longWindow), int(BurnWindow::D3));
        QCOMPARE(int(rules[2].shortWindow), int(BurnWindow::H6));
        QVERIFY(qFuzzyCompare(rules[2].threshold, ticket3d));
    }

    void evaluate_data()
    {
        QTest::addColumn<BurnRates>("burn");
        QTest::addColumn<double>("windowDays");
        QTest::addColumn<AlertLevel>("expected");
        //                                   5m    30m   1h    6h    1d    3d
        QTest::addRow("quiet") << rates({0.2, 0.3, 0.4, 0.5, 0.5, 0.5}) << 30.0 << AlertLevel::Ok;
        QTest::addRow("fast-burn-page") << rates({20, 10, 15, 3, 1, 0.5}) << 30.0 << AlertLevel::Page;
        QTest::addRow("exactly-14.4-pages") << rates({14.4, 1, 14.4, 1, 1, 0.5}) << 30.0 << AlertLevel::Page;
        // The 1h window is hot but the last 5 minutes recovered: the fast rule resets.
        QTest::addRow("fast-burn-recovered") << rates({2, 3, 15, 3, 1, 0.8}) << 30.0 << AlertLevel::Ok;
        // Spike only in the last 5 minutes: not enough evidence over 1h.
        QTest::addRow("short-spike-only") << rates({50, 8, 5, 1.5, 1, 0.9}) << 30.0 << AlertLevel::Ok;
        QTest::addRow("slow-burn-page") << rates({7, 6.5, 7, 6, 3, 1.2}) << 30.0 << AlertLevel::Page;
        QTest::addRow("ticket") << rates({1.5, 1.5, 1.5, 1.2, 1.1, 1.05}) << 30.0 << AlertLevel::Ticket;
        QTest::addRow("ticket-needs-6h-too") << rates({1.5, 1.5, 1.5, 0.9, 1.1, 1.05}) << 30.0 << AlertLevel::Ok;
        // Page outranks ticket when both fire.
        QTest::addRow("page-beats-ticket") << rates({20, 8, 20, 8, 3, 2}) << 30.0 << AlertLevel::Page;
        // Missing data in the short window: the rule cannot fire; other windows still say Ok.
        QTest::addRow("missing-short-window") << rates({-1, 1, 20, 1, 1, 0.5}) << 30.0 << AlertLevel::Ok;
        QTest::addRow("all-missing") << rates({-1, -1, -1, -1, -1, -1}) << 30.0 << AlertLevel::NoData;
        // The same burn of 4 pages a 7-day SLO (threshold 3.36) but not a 30-day one (14.4).
        QTest::addRow("7d-scaled-page") << rates({4, 1, 4, 1, 1, 0.5}) << 7.0 << AlertLevel::Page;
        QTest::addRow("30d-same-burn-ok") << rates({4, 1, 4, 1, 1, 0.5}) << 30.0 << AlertLevel::Ok;
    }
    void evaluate()
    {
        QFETCH(BurnRates, burn);
        QFETCH(double, windowDays);
        QFETCH(AlertLevel, expected);
        const auto result = evaluateBurnAlerts(burn, windowDays);
        QCOMPARE(QString::fromStdString(toString(result.level)), QString::fromStdString(toString(expected)));
        QCOMPARE(result.firedRule.has_value(), expected == AlertLevel::Page || expected == AlertLevel::Ticket);
    }

    void labels()
    {
        for (const auto w : kBurnWindows)
            QVERIFY(burnWindowFromLabel(label(w)) == std::optional(w));
        QVERIFY(!burnWindowFromLabel("2h"));
        QCOMPARE(seconds(BurnWindow::D3), std::int64_t(259200));
        QVERIFY(alertLevelFromString("page") == AlertLevel::Page);
        QVERIFY(alertLevelFromString("bogus") == AlertLevel::NoData);
    }
};

QTEST_GUILESS_MAIN(TestBurnAlertPolicy)
#include "tst_burnalertpolicy.moc"
