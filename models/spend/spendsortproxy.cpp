#include "spendsortproxy.h"

#include "spendroles.h"

#include <cmath>

namespace keel::spend {

SpendSortProxy::SpendSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
}

void SpendSortProxy::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    invalidateRowsFilter();
}

bool SpendSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(RawValueRole);
    const QVariant r = right.data(RawValueRole);
    if (l.typeId() == QMetaType::Double || r.typeId() == QMetaType::Double) {
        // NaN (no previous spend) sorts below every number.
        const double a = l.toDouble(), b = r.toDouble();
        if (std::isnan(a) || std::isnan(b))
            return std::isnan(a) && !std::isnan(b);
        return a < b;
    }
    if (l.typeId() == QMetaType::LongLong && r.typeId() == QMetaType::LongLong)
        return l.toLongLong() < r.toLongLong();
    return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
}

bool SpendSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QAbstractItemModel *m = sourceModel();
    for (int c = 0; c < m->columnCount(sourceParent); ++c) {
        const QModelIndex idx = m->index(sourceRow, c, sourceParent);
        if (idx.data(ValueKindRole).toInt() == int(ValueKind::Text)
            && idx.data(Qt::DisplayRole).toString().contains(m_filter, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace keel::spend
