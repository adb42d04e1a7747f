#include "timeserieschart.h"

#include <common/charttooltip.h>
#include <common/decimator.h>
#include <common/seriespalette.h>
#include <slo/seriestablemodel.h>

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace keel::slo::widgets {

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
}

void TimeSeriesChart::setModel(SeriesTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model)
        connect(m_model, &QAbstractItemModel::modelReset, this, &TimeSeriesChart::rebuild);
    rebuild();
}

void TimeSeriesChart::setTitle(const QString &title)
{
    m_title = title;
    chart()->setTitle(title.toHtmlEscaped());
}

void TimeSeriesChart::setUnit(const QString &unit, double displayScale)
{
    m_unit = unit;
    m_scale = displayScale;
    rebuild();
}

void TimeSeriesChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    rebuild();
}

void TimeSeriesChart::setAnnotations(const QList<std::tuple<qint64, qint64, QString>> &bands)
{
    m_bands = bands;
    rebuild();
}

int TimeSeriesChart::pointCount() const { return m_points; }
int TimeSeriesChart::seriesCount() const { return m_series; }

void TimeSeriesChart::fitTicks()
{
    // As many date labels as fit ("Nov 23 14:00" needs ~110 px), and value labels ~35 px apart,
    // so Qt Charts never elides them to "...".
    for (auto *axis : chart()->axes()) {
        if (auto *x = qobject_cast<QDateTimeAxis *>(axis))
            x->setTickCount(std::clamp(width() / 130, 2, 8));
        else if (auto *y = qobject_cast<QValueAxis *>(axis)) {
            // Round steps (1, 2 or 5 × 10^n) anchored at 0, about 45 px apart.
            const int wanted = std::clamp(height() / 45, 2, 6);
            const double raw = (y->max() - y->min()) / wanted;
            if (raw > 0) {
                const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
                const double f = raw / magnitude;
                const double step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * magnitude;
                y->setTickType(QValueAxis::TicksDynamic);
                y->setTickAnchor(0);
                y->setTickInterval(step);
            }
        }
    }
}

void TimeSeriesChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    fitTicks();
    // Decimation depends on the plot width; redraw when it changes enough to matter.
    const int columns = common::decimationColumns(chart()->plotArea().width(), devicePixelRatioF());
    if (std::abs(columns - m_lastColumns) > 32)
        rebuild();
}

void TimeSeriesChart::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (auto *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis; // removeAxis() hands ownership back to us (LeakSanitizer, tst_sloviews)
    }
    m_points = 0;
    m_series = 0;
    c->setTitle(m_title.toHtmlEscaped());
    if (!m_model || m_model->rowCount() == 0 || m_model->columnCount() < 2) {
        if (!m_emptyText.isEmpty())
            c->setTitle(QString(m_title + u" — "_s + m_emptyText).toHtmlEscaped());
        return;
    }
    auto *x = new QDateTimeAxis;
    x->setFormat(u"MMM d HH:mm"_s);
    x->setTitleText(tr("Time (UTC)"));
    x->setTickCount(6);
    auto *y = new QValueAxis;
    y->setTitleText(m_unit);
    y->setLabelFormat(u"%.4g"_s);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);

    const int plotWidth = int(c->plotArea().width() > 10 ? c->plotArea().width() : width() - 80);
    m_lastColumns = common::decimationColumns(std::max(100, plotWidth), devicePixelRatioF());
    double yMin = 0, yMax = 0;
    qint64 tMin = m_model->index(0, 0).data(SeriesTableModel::TimestampRole).toLongLong();
    qint64 tMax = m_model->index(m_model->rowCount() - 1, 0).data(SeriesTableModel::TimestampRole).toLongLong();
    for (int col = 1; col < m_model->columnCount(); ++col) {
        QList<QPointF> raw;
        raw.reserve(m_model->rowCount());
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QVariant v = m_model->index(row, col).data(SeriesTableModel::ValueRole);
            if (!v.isValid())
                continue; // no data is a gap in the line, never a zero
            const double ts = double(m_model->index(row, 0).data(SeriesTableModel::TimestampRole).toLongLong());
            raw.append(QPointF(ts, v.toDouble() * m_scale));
        }
        const QList<QPointF> points = common::decimateMinMax(raw, m_lastColumns);
        const QString key = m_model->headerData(col, Qt::Horizontal).toString();
        auto *line = new QLineSeries;
        // Legend labels are rich text in Qt Charts and keys come from platform data: escape them,
        // and keep the raw key for the (plain-text) tooltip.
        line->setName(key.toHtmlEscaped());
        line->setProperty("seriesKey", key);
        line->setColor(common::SeriesPalette::color(key));
        line->append(points);
        for (const auto &p : points) {
            yMax = std::max(yMax, p.y());
            yMin = std::min(yMin, p.y());
        }
        c->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        connect(line, &QLineSeries::hovered, this, [this, line](const QPointF &p, bool state) { showValue(line, p, state); });
        m_points += int(points.size());
        ++m_series;
    }
    for (const auto &[from, to, label] : std::as_const(m_bands)) {
        // A band from the axis floor to the top: an area between two flat lines.
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        const double top = yMax > 0 ? yMax * 1.05 : 1.0;
        upper->append({QPointF(double(from), top), QPointF(double(to), top)});
        lower->append({QPointF(double(from), yMin), QPointF(double(to), yMin)});
        auto *band = new QAreaSeries(upper, lower);
        band->setName(label.toHtmlEscaped());
        band->setColor(QColor(220, 40, 40, 45));
        band->setBorderColor(QColor(220, 40, 40, 120));
        c->addSeries(band);
        // A QAreaSeries does not own its lines: make it (now owned by the chart, so no parent
        // cycle with upper, its first parent) delete them with itself. They leaked on every rebuild.
        upper->setParent(band);
        lower->setParent(band);
        band->attachAxis(x);
        band->attachAxis(y);
        tMin = std::min(tMin, from);
        tMax = std::max(tMax, to);
    }
    x->setRange(QDateTime::fromMSecsSinceEpoch(tMin, Qt::UTC), QDateTime::fromMSecsSinceEpoch(tMax, Qt::UTC));
    y->setRange(std::min(0.0, yMin), yMax > 0 ? yMax * 1.08 : 1.0);
    // Whole numbers for large values (latency in ms), significant digits for small rates.
    y->setLabelFormat(yMax >= 100 || yMin <= -100 ? u"%.0f"_s : u"%.3g"_s);
    fitTicks();
}

void TimeSeriesChart::showValue(QLineSeries *series, const QPointF &point, bool state)
{
    if (!state) {
        common::ChartTooltip::hide();
        return;
    }
    // Snap to the nearest drawn point so the tooltip shows a real value, not an interpolation.
    const auto pts = series->points();
    if (pts.isEmpty())
        return;
    auto best = pts.front();
    for (const auto &p : pts)
        if (std::abs(p.x() - point.x()) < std::abs(best.x() - point.x()))
            best = p;
    const QString when = QDateTime::fromMSecsSinceEpoch(qint64(best.x()), Qt::UTC).toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
    const QString text = common::ChartTooltip::compose(
        series->property("seriesKey").toString(), {{tr("Time"), when}, {m_unit, QLocale().toString(best.y(), 'g', 6)}});
    common::ChartTooltip::show(this, series, best, text);
}

} // namespace keel::slo::widgets
