#pragma once
// A time-series chart over a SeriesTableModel: one line per model column, coloured by series key
// through common::SeriesPalette, min/max-decimated to the plot's pixel width, units on the axis,
// a tooltip with the exact value under the cursor, and shaded annotations (incidents).
#include <QChartView>
#include <QPointer>

class QDateTimeAxis;
class QValueAxis;
class QLineSeries;

namespace keel::slo { class SeriesTableModel; }

namespace keel::slo::widgets {

class TimeSeriesChart : public QChartView {
    Q_OBJECT
public:
    explicit TimeSeriesChart(QWidget *parent = nullptr);

    // The chart redraws on the model's reset; it does not own the model.
    void setModel(SeriesTableModel *model);
    void setTitle(const QString &title);
    // Axis label and value formatting: "ms", "req/s", "%" (model values are fractions ×100 for
    // display), "tokens/s", "budget %".
    void setUnit(const QString &unit, double displayScale = 1.0);
    void setEmptyText(const QString &text);
    // A shaded band with a label in the legend, e.g. the seeded incident.
    void setAnnotations(const QList<std::tuple<qint64, qint64, QString>> &bands);

    int pointCount() const;   // points drawn after decimation, all series
    int seriesCount() const;  // data series (annotations excluded)

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void fitTicks();
    void showValue(QLineSeries *series, const QPointF &point, bool state);

    QPointer<SeriesTableModel> m_model;
    QString m_title;
    QString m_unit;
    QString m_emptyText;
    double m_scale = 1.0;
    QList<std::tuple<qint64, qint64, QString>> m_bands;
    int m_lastColumns = 0;
    int m_points = 0;
    int m_series = 0;
};

} // namespace keel::slo::widgets
