#include "spendchartview.h"

#include <common/charttooltip.h>
#include <common/decimator.h>
#include <common/numberformat.h>
#include <common/seriespalette.h>

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace keel::spend;

namespace keel::widgets {

SpendChartView::SpendChartView(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignRight);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setMinimumHeight(280);
    connect(chart(), &QChart::plotAreaChanged, this, [this] { placeAnomalyLabel(); });
}

QString SpendChartView::otherKey()
{
    return tr("Other");
}

void SpendChartView::setData(const SpendSeries &series, const QList<Anomaly> &anomalies)
{
    m_series = series;
    m_anomalies = anomalies;
    rebuild();
}

void SpendChartView::setMetric(Metric metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    rebuild();
}

void SpendChartView::setMaxSeries(int n)
{
    m_maxSeries = qMax(1, n);
    rebuild();
}

void SpendChartView::setDecimationColumns(int columns)
{
    m_fixedColumns = qMax(0, columns);
    rebuild();
}

int SpendChartView::areaCount() const
{
    int n = 0;
    const auto all = chart()->series();
    for (QAbstractSeries *s : all)
        n += s->type() == QAbstractSeries::SeriesTypeArea;
    return n;
}

qsizetype SpendChartView::pointCount() const
{
    return m_pointCount;
}

QString SpendChartView::anomalyLabel() const
{
    return m_anomalyLabel;
}

double SpendChartView::metricValue(const SpendCell &c) const
{
    switch (m_metric) {
    case Metric::Cost: return double(c.cost) / 1e6; // display only: the chart draws dollars
    case Metric::Tokens: return double(c.tokens());
    case Metric::Requests: return double(c.requests);
    }
    return 0;
}

void SpendChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // Re-decimate only when the pixel budget really changed and decimation is in play.
    const int columns = common::decimationColumns(chart()->plotArea().width(), devicePixelRatioF());
    if (m_fixedColumns == 0 && m_series.periods.size() > 2 * qMin(columns, m_builtColumns) && columns != m_builtColumns)
        rebuild();
}

void SpendChartView::rebuild()
{
    QChart *c = chart();
    common::ChartTooltip::hide();
    const qsizetype periods = m_series.periods.size();
    // Bands: the largest keys by cost, then everything else as one "Other" band.
    QStringList bandKeys;
    QList<QList<int>> bandMembers;
    for (int k = 0; periods > 0 && k < m_series.keys.size(); ++k) {
        if (k < m_maxSeries || m_series.keys.size() == m_maxSeries + 1) {
            bandKeys << m_series.keys[k];
            bandMembers << QList<int>{k};
        } else {
            if (bandKeys.size() == m_maxSeries) {
                bandKeys << otherKey();
                bandMembers << QList<int>{};
            }
            bandMembers.last() << k;
        }
    }
    // A reload with as many bands (the usual refresh) refills the existing series: taking
    // series out of a laid-out chart and adding new ones costs far more than new points.
    const bool reuse = !m_areas.isEmpty() && m_areas.size() == bandKeys.size();
    if (m_anomalySeries) {
        c->removeSeries(m_anomalySeries);
        delete m_anomalySeries;
        m_anomalySeries = nullptr;
    }
    delete m_anomalyText;
    m_anomalyText = nullptr;
    m_anomalyLabel.clear();
    if (!reuse) {
        c->removeAllSeries();
        m_areas.clear();
        const auto axes = c->axes();
        for (QAbstractAxis *a : axes) {
            c->removeAxis(a);
            delete a;
        }
        m_xAxis = nullptr;
        m_yAxis = nullptr;
    }
    m_bandKeys = bandKeys;
    m_bandMembers = bandMembers;
    m_pointCount = 0;
    if (bandKeys.isEmpty())
        return;

    const int plotWidth = int(qMax<qreal>(c->plotArea().width(), width() * 0.8));
    const int columns = m_fixedColumns > 0 ? m_fixedColumns : common::decimationColumns(plotWidth, devicePixelRatioF());
    m_builtColumns = columns;

    if (!m_xAxis) {
        m_xAxis = new QDateTimeAxis;
        m_yAxis = new QValueAxis;
        c->addAxis(m_xAxis, Qt::AlignBottom);
        c->addAxis(m_yAxis, Qt::AlignLeft);
    }
    QDateTimeAxis *xAxis = m_xAxis;
    QValueAxis *yAxis = m_yAxis;
    xAxis->setFormat(m_series.granularity == Granularity::Month ? u"MMM yyyy"_s : u"MMM d"_s);
    xAxis->setTitleText(m_series.granularity == Granularity::Day
                            ? tr("Day (UTC)")
                            : (m_series.granularity == Granularity::Week ? tr("Week starting (UTC)") : tr("Month (UTC)")));
    yAxis->setTitleText(m_metric == Metric::Cost ? tr("Spend (US$)")
                                                 : (m_metric == Metric::Tokens ? tr("Tokens") : tr("Requests")));

    // Final axis ranges before any series is attached: each range change re-lays out every
    // attached series, which made a rebuild quadratic in the number of bands.
    double maxY = 0;
    for (qsizetype p = 0; p < periods; ++p) {
        double stack = 0;
        for (int k = 0; k < m_series.keys.size(); ++k)
            stack += metricValue(m_series.cells[k][p]);
        maxY = qMax(maxY, stack);
    }
    const double headroom = m_anomalies.isEmpty() ? 1.05 : 1.18; // room for the spike's label
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_series.periods.first(), Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(m_series.periods.last(), Qt::UTC));
    xAxis->setTickCount(int(qBound(qsizetype(2), periods, qsizetype(8))));
    yAxis->setRange(0, maxY > 0 ? maxY * headroom : 1.0);
    yAxis->applyNiceNumbers();
    // Whole dollars hide the shape of a small bill ($0.50 steps printed "0, 1, 1, 2"): as many
    // decimals as the tick step needs, for cost and counts alike.
    const double step = yAxis->tickCount() > 1 ? (yAxis->max() - yAxis->min()) / (yAxis->tickCount() - 1) : 1.0;
    const int decimals = step >= 1 ? 0 : qBound(0, int(std::ceil(-std::log10(step) - 1e-9)), 4);
    yAxis->setLabelFormat(m_metric == Metric::Cost || step < 1 ? u"%.%1f"_s.arg(decimals) : u"%.3g"_s);

    QList<double> lower(periods, 0.0);
    for (int b = 0; b < m_bandKeys.size(); ++b) {
        QList<double> upper = lower;
        for (qsizetype p = 0; p < periods; ++p)
            for (const int k : std::as_const(m_bandMembers[b]))
                upper[p] += metricValue(m_series.cells[k][p]);
        QList<QPointF> up, lo;
        up.reserve(periods);
        lo.reserve(periods);
        for (qsizetype p = 0; p < periods; ++p) {
            const double x = double(m_series.periods[p]);
            up.append({x, upper[p]});
            lo.append({x, lower[p]});
        }
        QAreaSeries *area = reuse ? m_areas[b] : nullptr;
        if (!area) {
            auto *upperLine = new QLineSeries;
            auto *lowerLine = new QLineSeries;
            area = new QAreaSeries(upperLine, lowerLine);
            upperLine->setParent(area);
            lowerLine->setParent(area);
        }
        area->upperSeries()->replace(common::decimateMinMax(up, columns));
        area->lowerSeries()->replace(common::decimateMinMax(lo, columns));
        m_pointCount += area->upperSeries()->count() + area->lowerSeries()->count();
        const bool other = b == m_maxSeries && m_bandKeys[b] == otherKey() && m_bandMembers[b].size() > 1;
        const QString key = m_bandKeys[b];
        // Qt Charts draws legend labels as HTML; group values come from platform data.
        area->setName(key.isEmpty() ? tr("(none)") : key.toHtmlEscaped());
        const QColor color = other ? common::SeriesPalette::otherColor() : common::SeriesPalette::color(key);
        area->setColor(color);
        area->setBorderColor(color.darker(120));
        if (!reuse) {
            c->addSeries(area);
            area->attachAxis(xAxis);
            area->attachAxis(yAxis);
            connect(area, &QAreaSeries::hovered, this, [this, b, area](const QPointF &pt, bool state) { onHovered(b, area, pt, state); });
            connect(area, &QAreaSeries::clicked, this, [this, b](const QPointF &pt) { onClicked(b, pt); });
            m_areas << area;
        }
        lower = upper;
    }

    // The anomaly: a marker on top of the stack on the day, and the driver named beside it.
    if (!m_anomalies.isEmpty()) {
        m_anomalySeries = new QScatterSeries;
        m_anomalySeries->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        m_anomalySeries->setMarkerSize(14);
        m_anomalySeries->setColor(QColor(0xc6, 0x28, 0x28));
        for (const Anomaly &a : std::as_const(m_anomalies)) {
            const qint64 p = periodStartMs(dateToMs(a.day), m_series.granularity);
            const int idx = int(m_series.periods.indexOf(p));
            if (idx >= 0)
                m_anomalySeries->append(double(p), lower[idx]);
        }
        const Anomaly &top = *std::max_element(m_anomalies.cbegin(), m_anomalies.cend(),
                                               [](const Anomaly &a, const Anomaly &b) { return a.score < b.score; });
        m_anomalyLabel = top.driver.isEmpty() ? tr("Spend anomaly") : tr("Spike: %1").arg(top.driverText());
        m_anomalySeries->setName(m_anomalyLabel.toHtmlEscaped());
        c->addSeries(m_anomalySeries);
        m_anomalySeries->attachAxis(xAxis);
        m_anomalySeries->attachAxis(yAxis);
        m_anomalyText = new QGraphicsSimpleTextItem(m_anomalyLabel, c);
        m_anomalyText->setBrush(QColor(0xc6, 0x28, 0x28));
        m_anomalyText->setZValue(10);
        m_pointCount += m_anomalySeries->count();
    }
    placeAnomalyLabel();
}

void SpendChartView::placeAnomalyLabel()
{
    if (!m_anomalyText || !m_anomalySeries || m_anomalySeries->count() == 0)
        return;
    const QPointF pos = chart()->mapToPosition(m_anomalySeries->at(0), m_anomalySeries);
    const QRectF plot = chart()->plotArea();
    const QRectF box = m_anomalyText->boundingRect();
    const double x = qBound(plot.left(), pos.x() - box.width() / 2, qMax(plot.left(), plot.right() - box.width()));
    m_anomalyText->setPos(x, qMax(plot.top(), pos.y() - box.height() - 10));
}

int SpendChartView::periodIndexAt(double xMs) const
{
    if (m_series.periods.isEmpty())
        return -1;
    int best = 0;
    double bestDist = std::abs(double(m_series.periods[0]) - xMs);
    for (int i = 1; i < m_series.periods.size(); ++i) {
        const double d = std::abs(double(m_series.periods[i]) - xMs);
        if (d < bestDist) {
            best = i;
            bestDist = d;
        }
    }
    return best;
}

QString SpendChartView::tooltipFor(int periodIndex, int band) const
{
    if (periodIndex < 0 || periodIndex >= m_series.periods.size() || band < 0 || band >= m_bandKeys.size())
        return {};
    SpendCell cell;
    for (const int k : m_bandMembers[band])
        cell += m_series.cells[k][periodIndex];
    const SpendCell &all = m_series.periodTotals.value(periodIndex);
    const QLocale locale;
    const QString period = msToDate(m_series.periods[periodIndex]).toString(Qt::ISODate);
    const QString key = m_bandKeys[band].isEmpty() ? tr("(none)") : m_bandKeys[band];
    QList<QPair<QString, QString>> rows{
        {tr("Cost"), common::formatMoney(cell.cost, locale, 2)},
        {tr("Share of period"), common::formatPercent(all.cost > 0 ? double(cell.cost) / double(all.cost) : 0.0, locale)},
        {tr("Requests"), common::formatCount(cell.requests, locale)},
        {tr("Tokens"), common::formatCount(cell.tokens(), locale)},
        {tr("Cache savings"), common::formatMoney(cell.cacheSavings, locale, 2)},
        {tr("Period total"), common::formatMoney(all.cost, locale, 2)}};
    return common::ChartTooltip::compose(key + u" — "_s + period, rows);
}

void SpendChartView::onHovered(int band, QAbstractSeries *series, const QPointF &point, bool state)
{
    if (!state) {
        common::ChartTooltip::hide();
        return;
    }
    common::ChartTooltip::show(this, series, point, tooltipFor(periodIndexAt(point.x()), band));
}

void SpendChartView::onClicked(int band, const QPointF &point)
{
    const int p = periodIndexAt(point.x());
    if (p < 0 || band >= m_bandKeys.size())
        return;
    const bool other = m_bandMembers[band].size() > 1;
    Q_EMIT pointActivated(m_series.periods[p], other ? QString() : m_series.keys[m_bandMembers[band].first()], other);
}

} // namespace keel::widgets
