#include "tablefilterproxymodel.h"

#include "storetablemodel.h"

namespace keel::data {

TableFilterProxyModel::TableFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void TableFilterProxyModel::setColumnFilter(int column, const QVariant &value)
{
    if (value.isValid())
        m_equals.insert(column, value);
    else
        m_equals.remove(column);
    invalidateRowsFilter();
}

void TableFilterProxyModel::clearColumnFilters()
{
    m_equals.clear();
    m_minimum.clear();
    invalidateRowsFilter();
}

void TableFilterProxyModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void TableFilterProxyModel::setMinimum(int column, const QVariant &minimum)
{
    if (minimum.isValid())
        m_minimum.insert(column, minimum);
    else
        m_minimum.remove(column);
    invalidateRowsFilter();
}

bool TableFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *src = sourceModel();
    for (auto it = m_equals.cbegin(); it != m_equals.cend(); ++it) {
        const QVariant v = src->index(sourceRow, it.key(), sourceParent).data(SortRole);
        if (v.toString() != it.value().toString())
            return false;
    }
    for (auto it = m_minimum.cbegin(); it != m_minimum.cend(); ++it) {
        const QVariant v = src->index(sourceRow, it.key(), sourceParent).data(SortRole);
        if (v.isNull() || v.toDouble() < it.value().toDouble())
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < src->columnCount(sourceParent); ++c)
        if (src->index(sourceRow, c, sourceParent).data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace keel::data
