#pragma once
// A telemetry series response as a table for charts: row = time step, column 0 = time (Unix ms),
// columns 1…n = one series each (header = its label value, e.g. "/search"). Missing points are
// an invalid QVariant ("no data"), never 0. Charts read columns through SeriesColumnRole.
#include <domain/slo.h>
#include <domain/telemetry.h>

#include <QAbstractTableModel>
#include <QStringList>

namespace keel::slo {

class SeriesTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { TimestampRole = Qt::UserRole + 1, ValueRole };

    explicit SeriesTableModel(QObject *parent = nullptr);

    void setSeries(const domain::SeriesResponse &response, const QString &groupBy);
    void clear();

    QString metric() const { return QString::fromStdString(m_response.metric); }
    QString unit() const { return QString::fromStdString(m_response.unit); }
    QStringList seriesKeys() const { return m_keys; }
    const domain::SeriesResponse &response() const { return m_response; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A budget burn-down as a one-series response (unit "fraction").
    static domain::SeriesResponse fromBurndown(const std::vector<domain::BudgetPoint> &points, const QString &name);

private:
    domain::SeriesResponse m_response;
    QList<domain::UnixMs> m_times;   // union of all series' timestamps, ascending
    QStringList m_keys;
    // m_values[series][row]; nullopt = no data
    QList<QList<std::optional<double>>> m_values;
};

} // namespace keel::slo
