#include "seriestablemodel.h"

#include <QDateTime>
#include <QLocale>

#include <map>

using namespace Qt::StringLiterals;

namespace keel::slo {

SeriesTableModel::SeriesTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SeriesTableModel::setSeries(const domain::SeriesResponse &response, const QString &groupBy)
{
    beginResetModel();
    m_response = response;
    std::map<domain::UnixMs, int> rowOf;
    for (const auto &s : response.series)
        for (const auto &p : s.points)
            rowOf.emplace(p.ts, 0);
    m_times.clear();
    for (auto &[ts, row] : rowOf) {
        row = int(m_times.size());
        m_times.append(ts);
    }
    m_keys.clear();
    m_values.clear();
    for (const auto &s : response.series) {
        QString key;
        if (const auto it = s.labels.find(groupBy.toStdString()); it != s.labels.end())
            key = QString::fromStdString(it->second);
        else if (!s.labels.empty())
            key = QString::fromStdString(s.labels.begin()->second);
        else
            key = QString::fromStdString(response.metric);
        m_keys.append(key);
        QList<std::optional<double>> column(m_times.size());
        for (const auto &p : s.points)
            column[rowOf[p.ts]] = p.value;
        m_values.append(column);
    }
    endResetModel();
}

void SeriesTableModel::clear()
{
    beginResetModel();
    m_response = {};
    m_times.clear();
    m_keys.clear();
    m_values.clear();
    endResetModel();
}

int SeriesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_times.size());
}

int SeriesTableModel::columnCount(const QModelIndex &parent) const
{
    // Column 0 (time) exists only with data so an empty model has no dangling columns.
    return parent.isValid() || m_keys.isEmpty() ? 0 : int(m_keys.size()) + 1;
}

QVariant SeriesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto ts = m_times[index.row()];
    if (role == TimestampRole)
        return QVariant::fromValue(qint64(ts));
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return QDateTime::fromMSecsSinceEpoch(ts, Qt::UTC).toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
        if (role == ValueRole)
            return QVariant::fromValue(qint64(ts));
        return {};
    }
    const auto &v = m_values[index.column() - 1][index.row()];
    if (role == ValueRole)
        return v ? QVariant(*v) : QVariant();
    if (role == Qt::DisplayRole)
        return v ? QVariant(QLocale().toString(*v, 'g', 6)) : QVariant();
    return {};
}

QVariant SeriesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section <= m_keys.size())
        return section == 0 ? tr("Time (UTC)") : m_keys[section - 1];
    return QAbstractTableModel::headerData(section, orientation, role);
}

domain::SeriesResponse SeriesTableModel::fromBurndown(const std::vector<domain::BudgetPoint> &points, const QString &name)
{
    domain::SeriesResponse r;
    r.metric = "error_budget_remaining";
    r.unit = "fraction";
    domain::Series s;
    s.labels = {{"slo", name.toStdString()}};
    for (const auto &p : points)
        s.points.push_back({p.ts, p.remaining});
    if (!points.empty()) {
        r.from = points.front().ts;
        r.to = points.back().ts;
    }
    r.series.push_back(std::move(s));
    return r;
}

} // namespace keel::slo
