// widgets/common: money/number formatting by locale, min/max decimation, the series palette and
// the plain-text tooltip.
#include <common/charttooltip.h>
#include <common/decimator.h>
#include <common/numberformat.h>
#include <common/seriespalette.h>

#include <QSet>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace keel::common;

class TestChartCommon : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void money_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("expected");
        QTest::addRow("us plain") << u"en_US"_s << qint64(1234567890) << 2 << u"$1,234.57"_s;
        QTest::addRow("us half up") << u"en_US"_s << qint64(5000) << 2 << u"$0.01"_s;
        QTest::addRow("us below half") << u"en_US"_s << qint64(4999) << 2 << u"$0.00"_s;
        QTest::addRow("us negative half away (accounting)") << u"en_US"_s << qint64(-15000) << 2 << u"($0.02)"_s;
        QTest::addRow("us micros exact") << u"en_US"_s << qint64(1) << 6 << u"$0.000001"_s;
        QTest::addRow("us whole") << u"en_US"_s << qint64(2'500'000) << 0 << u"$3"_s;
        QTest::addRow("us large exact") << u"en_US"_s << qint64(9'007'199'254'740'993) << 2
                                        << u"$9,007,199,254.74"_s;
        QTest::addRow("C locale reads as en_US") << u"C"_s << qint64(1234567890) << 2 << u"$1,234.57"_s;
        QTest::addRow("de layout") << u"de_DE"_s << qint64(1234567890) << 2 << u"1.234,57\u00a0US$"_s;
    }
    void money()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, micros);
        QFETCH(int, decimals);
        QFETCH(QString, expected);
        QCOMPARE(formatMoney(micros, QLocale(locale), decimals), expected);
    }

    void compact_data()
    {
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<QString>("expected");
        QTest::addRow("small") << qint64(950'000'000) << u"$950"_s;
        QTest::addRow("cents") << qint64(1'250'000) << u"$1.25"_s;
        QTest::addRow("thousands") << qint64(12'345'000'000) << u"$12.3K"_s;
        QTest::addRow("millions") << qint64(4'560'000'000'000) << u"$4.56M"_s;
    }
    void compact()
    {
        QFETCH(qint64, micros);
        QFETCH(QString, expected);
        QCOMPARE(formatMoneyCompact(micros, QLocale(u"en_US"_s)), expected);
    }

    void ratios_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("percent");
        QTest::addColumn<QString>("signedPercent");
        QTest::addRow("rise") << 0.25 << u"25.0%"_s << u"+25.0%"_s;
        QTest::addRow("fall") << -0.1 << u"-10.0%"_s << u"\u221210.0%"_s;
        QTest::addRow("zero") << 0.0 << u"0.0%"_s << u"0.0%"_s;
        QTest::addRow("rounds to zero") << -0.0001 << u"-0.0%"_s << u"0.0%"_s;
        QTest::addRow("nan") << std::numeric_limits<double>::quiet_NaN() << u"\u2013"_s << u"\u2013"_s;
    }
    void ratios()
    {
        QFETCH(double, value);
        QFETCH(QString, percent);
        QFETCH(QString, signedPercent);
        const QLocale en(u"en_US"_s);
        QCOMPARE(formatPercent(value, en), percent);
        QCOMPARE(formatSignedPercent(value, en), signedPercent);
    }

    void counts()
    {
        const QLocale en(u"en_US"_s);
        QCOMPARE(formatCount(1234567, en), u"1,234,567"_s);
        QCOMPARE(formatCountCompact(950, en), u"950"_s);
        QCOMPARE(formatCountCompact(1'234'000, en), u"1.23M"_s);
        QCOMPARE(formatMoneyChange(-4'000'000, en), u"\u2212$4.00"_s);
        QCOMPARE(formatMoneyChange(12'300'000, en), u"+$12.30"_s);
    }

    void decimation_data()
    {
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("columns");
        QTest::addRow("fewer points than pixels") << 365 << 1600;
        QTest::addRow("a million to 1600") << 1'000'000 << 1600;
        QTest::addRow("exactly twice") << 200 << 100;
        QTest::addRow("one column") << 1000 << 1;
    }
    void decimation()
    {
        QFETCH(int, points);
        QFETCH(int, columns);
        QList<QPointF> in;
        in.reserve(points);
        for (int i = 0; i < points; ++i)
            in.append({double(i), std::sin(i * 0.01) * 100});
        // One spike and one dip that must survive.
        in[points / 3].setY(1e6);
        in[2 * points / 3].setY(-1e6);
        const QList<QPointF> out = decimateMinMax(in, columns);
        if (points <= 2 * columns) {
            QCOMPARE(out, in);
            return;
        }
        QVERIFY(out.size() <= 2 * columns);
        bool spike = false, dip = false;
        for (int i = 0; i < out.size(); ++i) {
            spike |= out[i].y() == 1e6;
            dip |= out[i].y() == -1e6;
            if (i > 0)
                QVERIFY(out[i - 1].x() <= out[i].x()); // x order kept
        }
        QVERIFY(spike);
        QVERIFY(dip);
    }
    void decimationDropsNan()
    {
        const QList<QPointF> in{{0, 1}, {1, std::nan("")}, {2, 3}};
        QCOMPARE(decimateMinMax(in, 10), (QList<QPointF>{{0, 1}, {2, 3}}));
        QCOMPARE(decimateMinMax({}, 10), QList<QPointF>{});
        QCOMPARE(decimationColumns(800, 2.0), 1600);
    }

    void palette()
    {
        SeriesPalette::resetForTests();
        QSet<QRgb> seen;
        for (int i = 0; i < 20; ++i) {
            const QColor c = SeriesPalette::color(u"key-%1"_s.arg(i));
            QVERIFY(!seen.contains(c.rgb()));
            seen.insert(c.rgb());
        }
        QCOMPARE(SeriesPalette::color(u"key-3"_s), SeriesPalette::color(u"key-3"_s));
        QVERIFY(SeriesPalette::color(u"key-21"_s).isValid());
        QVERIFY(!seen.contains(SeriesPalette::otherColor().rgb()));
    }

    void tooltipIsPlainText()
    {
        const QString text = ChartTooltip::compose(u"<b>team</b> — 2026-11-02"_s, {{u"Cost"_s, u"$1.00"_s}});
        QCOMPARE(text, u"<b>team</b> — 2026-11-02\nCost: $1.00"_s);
        const QString html = ChartTooltip::toSafeHtml(text);
        QVERIFY(!html.contains(u"<b>"_s));
        QVERIFY(html.contains(u"&lt;b&gt;team&lt;/b&gt;"_s));
        QVERIFY(html.startsWith(u"<qt>"_s));
    }
};

QTEST_GUILESS_MAIN(TestChartCommon)
#include "tst_chartcommon.moc"
