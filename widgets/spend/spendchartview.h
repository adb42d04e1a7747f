#pragma once
// Spend over time as stacked areas, one per group value (the largest `maxSeries`, the rest as
// "Other"), with the anomaly marked and named. Built from a finished SpendSeries: no SQL and no
// aggregation here, and every line is min/max-decimated to the plot's pixel width.
#include <spend/spendtypes.h>

#include <QChartView>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QAreaSeries;
class QDateTimeAxis;
class QValueAxis;
class QGraphicsSimpleTextItem;
class QScatterSeries;
QT_END_NAMESPACE

namespace keel::widgets {

class SpendChartView : public QChartView {
    Q_OBJECT
public:
    enum class Metric { Cost, Tokens, Requests };
    explicit SpendChartView(QWidget *parent = nullptr);

    void setData(const keel::spend::SpendSeries &series, const QList<keel::spend::Anomaly> &anomalies);
    void setMetric(Metric metric);
    Metric metric() const { return m_metric; }
    void setMaxSeries(int n);          // default 15; the rest are stacked as "Other"
    void setDecimationColumns(int columns); // 0 (default) = the plot area's width in pixels

    // For tests and accessibility.
    int areaCount() const;
    qsizetype pointCount() const;      // points handed to Qt Charts across all lines
    QString anomalyLabel() const;
    static QString otherKey();

    // The value and keys at a chart position (used by hover and click).
    QString tooltipFor(int periodIndex, int keyIndex) const;

Q_SIGNALS:
    // A click on a band: its period and group value; wholePeriod for the "Other" band (every
    // group value of the period).
    void pointActivated(qint64 periodStart, const QString &key, bool wholePeriod);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    double metricValue(const keel::spend::SpendCell &cell) const;
    int periodIndexAt(double xMs) const;
    void placeAnomalyLabel();
    void onHovered(int band, QAbstractSeries *series, const QPointF &point, bool state);
    void onClicked(int band, const QPointF &point);

    keel::spend::SpendSeries m_series;
    QList<keel::spend::Anomaly> m_anomalies;
    Metric m_metric = Metric::Cost;
    int m_maxSeries = 15;
    int m_fixedColumns = 0;
    int m_builtColumns = 0;
    QStringList m_bandKeys;            // key per band, otherKey() for the remainder
    QList<QList<int>> m_bandMembers;   // series key indexes per band
    qsizetype m_pointCount = 0;
    QList<QAreaSeries *> m_areas;      // current bands, bottom first (owned by the chart)
    QDateTimeAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QScatterSeries *m_anomalySeries = nullptr;
    QGraphicsSimpleTextItem *m_anomalyText = nullptr;
    QString m_anomalyLabel;
};

} // namespace keel::widgets
