// Benchmark (built, not run by ctest): a year of daily spend × 50 series drawn by the spend
// chart offscreen at 1600×900. Prints one JSON line per configuration: build (setData) and
// render times, first and warm, and the points handed to Qt Charts.
//   bench_spend_chart [--days 365] [--series 50] [--repeat 5]
#include <spend/spendchartview.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace keel::spend;

namespace {
SpendSeries makeSeries(int days, int keys)
{
    SpendSeries s;
    s.granularity = Granularity::Day;
    const qint64 start = dateToMs(QDate(2025, 11, 27));
    for (int d = 0; d < days; ++d)
        s.periods << start + qint64(d) * 86'400'000;
    quint32 rng = 7;
    s.periodTotals.resize(days);
    for (int k = 0; k < keys; ++k) {
        s.keys << u"series-%1"_s.arg(k, 2, 10, QChar(u'0'));
        QList<SpendCell> row(days);
        SpendCell total;
        for (int d = 0; d < days; ++d) {
            rng = rng * 1664525u + 1013904223u;
            SpendCell c;
            c.cost = Micros((50 - k) * 1'000'000 + (rng >> 12) % 2'000'000) * (d % 7 >= 5 ? 1 : 3);
            c.requests = c.cost / 10'000;
            c.inputTokens = c.requests * 800;
            c.outputTokens = c.requests * 200;
            row[d] = c;
            total += c;
            s.periodTotals[d] += c;
        }
        s.cells << row;
        s.keyTotals << total;
        s.total += total;
    }
    return s;
}

double renderMs(keel::widgets::SpendChartView &view, QImage &image)
{
    QElapsedTimer t;
    t.start();
    image.fill(Qt::white);
    QPainter p(&image);
    view.render(&p);
    return double(t.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int days = 365, series = 50, repeat = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--days"_s) days = args[i + 1].toInt();
        else if (args[i] == u"--series"_s) series = args[i + 1].toInt();
        else if (args[i] == u"--repeat"_s) repeat = args[i + 1].toInt();
    }
    const SpendSeries data = makeSeries(days, series);
    QList<Anomaly> anomalies;
    Anomaly a;
    a.day = msToDate(data.periods[days - 6]);
    a.driver = u"claims-triage@v8"_s;
    anomalies << a;

    for (const int maxSeries : {15, series}) {
        keel::widgets::SpendChartView view;
        view.resize(1600, 900);
        view.setMaxSeries(maxSeries);
        QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
        QElapsedTimer t;
        t.start();
        view.setData(data, anomalies);
        const double firstBuild = double(t.nsecsElapsed()) / 1e6;
        const double firstRender = renderMs(view, image);
        double warmBuild = 0, warmRender = 0;
        for (int r = 0; r < repeat; ++r) {
            t.restart();
            view.setData(data, anomalies);
            warmBuild += double(t.nsecsElapsed()) / 1e6;
            warmRender += renderMs(view, image);
        }
        std::printf("{\"days\": %d, \"series\": %d, \"bands\": %d, \"points\": %lld, \"first_build_ms\": %.1f, "
                    "\"first_render_ms\": %.1f, \"warm_build_ms\": %.1f, \"warm_render_ms\": %.1f}\n",
                    days, series, view.areaCount(), static_cast<long long>(view.pointCount()), firstBuild,
                    firstRender, warmBuild / repeat, warmRender / repeat);
    }
    return 0;
}
