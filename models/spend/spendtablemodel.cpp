#include "spendtablemodel.h"

namespace keel::spend {

void SpendTableModel::setSeries(const SpendSeries &series)
{
    beginResetModel();
    m_series = series;
    m_rows.clear();
    for (int p = 0; p < m_series.periods.size(); ++p)
        for (int k = 0; k < m_series.keys.size(); ++k) {
            const SpendCell &c = m_series.cells[k][p];
            if (c.cost != 0 || c.requests != 0)
                m_rows.append({k, p});
        }
    endResetModel();
}

int SpendTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QStringList SpendTableModel::headers() const
{
    return {tr("Period start"), dimensionTitle(m_series.groupBy), tr("Cost"), tr("Requests"),
            tr("Input tokens"), tr("Output tokens"), tr("Cached tokens"), tr("Cache savings")};
}

CellValue SpendTableModel::cell(int row, int column) const
{
    const RowRef r = m_rows.at(row);
    const SpendCell &c = m_series.cells[r.key][r.period];
    switch (column) {
    case Period: return {m_series.periods[r.period], ValueKind::Date};
    case Key: return {m_series.keys[r.key], ValueKind::Text};
    case Cost: return {c.cost, ValueKind::Money};
    case Requests: return {c.requests, ValueKind::Count};
    case InputTokens: return {c.inputTokens, ValueKind::Count};
    case OutputTokens: return {c.outputTokens, ValueKind::Count};
    case CachedTokens: return {c.cachedTokens, ValueKind::Count};
    case CacheSavings: return {c.cacheSavings, ValueKind::Money};
    }
    return {};
}

QVariant SpendTableModel::extraData(int row, int, int role) const
{
    const RowRef r = m_rows.at(row);
    if (role == PeriodStartRole)
        return m_series.periods[r.period];
    if (role == KeyRole)
        return m_series.keys[r.key];
    return {};
}

} // namespace keel::spend
