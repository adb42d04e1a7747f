// The spend chart on its own, offscreen, from a hand-made series: bands beyond the largest N are
// stacked as "Other" in the neutral colour, lines are decimated to the pixel budget, the anomaly
// is marked and named, tooltips carry exact values, and a real mouse click on a band drills in.
#include <common/seriespalette.h>
#include <spend/spendchartview.h>

#include <QAreaSeries>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keel::spend;
using keel::widgets::SpendChartView;

namespace {
SpendSeries makeSeries(int days, int keys)
{
    SpendSeries s;
    const qint64 start = dateToMs(QDate(2026, 1, 1));
    for (int d = 0; d < days; ++d)
        s.periods << start + qint64(d) * 86'400'000;
    s.periodTotals.resize(days);
    for (int k = 0; k < keys; ++k) {
        s.keys << u"key-%1"_s.arg(k);
        QList<SpendCell> row(days);
        SpendCell total;
        for (int d = 0; d < days; ++d) {
            row[d].cost = Micros(keys - k) * 1'000'000 + (d % 3) * 10'000;
            row[d].requests = 10;
            row[d].inputTokens = 100;
            total += row[d];
            s.periodTotals[d] += row[d];
        }
        s.cells << row;
        s.keyTotals << total;
        s.total += total;
    }
    return s;
}
} // namespace

class TestSpendChart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bandsAndOther()
    {
        SpendChartView view;
        view.setMaxSeries(5);
        view.setData(makeSeries(30, 12), {});
        QCOMPARE(view.areaCount(), 6);
        const auto series = view.chart()->series();
        auto *other = qobject_cast<QAreaSeries *>(series.at(5));
        QVERIFY(other);
        QCOMPARE(other->name(), SpendChartView::otherKey());
        QCOMPARE(other->color(), keel::common::SeriesPalette::otherColor());
        QCOMPARE(qobject_cast<QAreaSeries *>(series.at(0))->color(), keel::common::SeriesPalette::color(u"key-0"_s));
        // Exactly one more key than the cap: no "Other" band for a single key. Same band count,
        // so the refresh refills the existing series; names and colours must follow.
        view.setData(makeSeries(30, 6), {});
        QCOMPARE(view.areaCount(), 6);
        auto *last = qobject_cast<QAreaSeries *>(view.chart()->series().at(5));
        QCOMPARE(last->name(), u"key-5"_s);
        QCOMPARE(last->color(), keel::common::SeriesPalette::color(u"key-5"_s));
        QCOMPARE(last->upperSeries()->count(), 30);
        // Fewer bands: rebuilt from scratch.
        view.setData(makeSeries(10, 2), {});
        QCOMPARE(view.areaCount(), 2);
        QCOMPARE(view.pointCount(), qsizetype(2 * 2 * 10));
    }

    void hostileNamesStayText()
    {
        SpendChartView view;
        SpendSeries s = makeSeries(5, 2);
        s.keys[0] = u"<img src=x>team & co"_s;
        view.setData(s, {});
        QCOMPARE(view.chart()->series().at(0)->name(), u"&lt;img src=x&gt;team &amp; co"_s);
        QVERIFY(view.tooltipFor(0, 0).startsWith(u"<img src=x>team & co"_s)); // escaped when shown
    }

    void decimatesToPixelBudget()
    {
        SpendChartView view;
        view.setDecimationColumns(50);
        view.setData(makeSeries(365, 3), {});
        QVERIFY(view.pointCount() <= 3 * 2 * 2 * 50); // 3 bands × (upper + lower) × 2 per column
        QVERIFY(view.pointCount() > 0);
        view.setDecimationColumns(1000);
        QCOMPARE(view.pointCount(), qsizetype(3 * 2 * 365)); // under the budget: every day drawn
    }

    void anomalyMarkedAndTooltipsExact()
    {
        SpendChartView view;
        const SpendSeries s = makeSeries(30, 3);
        Anomaly a;
        a.day = msToDate(s.periods[20]);
        a.driver = u"claims-triage@v8"_s;
        a.driverDetail = u"claims_triage"_s;
        view.setData(s, {a});
        QCOMPARE(view.anomalyLabel(), u"Spike: claims-triage@v8 (claims_triage)"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString tip = view.tooltipFor(2, 0);
        QVERIFY(tip.startsWith(u"key-0 — 2026-01-03"_s));
        QVERIFY(tip.contains(u"Cost: $3.02"_s));
        QVERIFY(tip.contains(u"Requests: 10"_s));
        view.setMetric(SpendChartView::Metric::Requests);
        QCOMPARE(view.areaCount(), 3);
        view.setData({}, {});
        QCOMPARE(view.areaCount(), 0);
        QVERIFY(view.anomalyLabel().isEmpty());
    }

    void clickDrillsIntoBand()
    {
        SpendChartView view;
        view.resize(900, 500);
        view.setMaxSeries(2);
        const SpendSeries s = makeSeries(10, 4);
        view.setData(s, {});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &SpendChartView::pointActivated);
        // The middle of the bottom band (key-0) on the fifth day.
        auto *bottom = qobject_cast<QAreaSeries *>(view.chart()->series().at(0));
        const QPointF value(double(s.periods[4]), double(s.cells[0][4].cost) / 2e6);
        const QPoint at = view.mapFromScene(view.chart()->mapToPosition(value, bottom));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toLongLong(), s.periods[4]);
        QCOMPARE(spy.first().at(1).toString(), u"key-0"_s);
        QCOMPARE(spy.first().at(2).toBool(), false);
        // The "Other" band (keys 2 and 3) drills into the whole period.
        auto *other = qobject_cast<QAreaSeries *>(view.chart()->series().at(2));
        const double base = double(s.cells[0][6].cost + s.cells[1][6].cost) / 1e6;
        const QPointF otherValue(double(s.periods[6]), base + double(s.cells[2][6].cost) / 1e6);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                          view.mapFromScene(view.chart()->mapToPosition(otherValue, other)));
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(2).toBool(), true);
    }
};

QTEST_MAIN(TestSpendChart)
#include "tst_spendchart.moc"
