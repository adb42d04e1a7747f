#include "slosortproxy.h"

#include "slotablemodel.h"

namespace keel::slo {

SloSortProxy::SloSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SloTableModel::SortRole);
    setDynamicSortFilter(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void SloSortProxy::setCouncilOrder(bool on)
{
    if (m_councilOrder == on)
        return;
    m_councilOrder = on;
    invalidate();
}

bool SloSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_councilOrder)
        return QSortFilterProxyModel::lessThan(left, right);
    // Sorted ascending, so "less" means "shown first".
    auto v = [](const QModelIndex &i, int role) { return i.siblingAtColumn(0).data(role); };
    const int lw = v(left, SloTableModel::LayerWorstRankRole).toInt();
    const int rw = v(right, SloTableModel::LayerWorstRankRole).toInt();
    if (lw != rw)
        return lw > rw;
    const int lo = v(left, SloTableModel::LayerOrderRole).toInt();
    const int ro = v(right, SloTableModel::LayerOrderRole).toInt();
    if (lo != ro)
        return lo < ro;
    const int la = v(left, SloTableModel::AlertRankRole).toInt();
    const int ra = v(right, SloTableModel::AlertRankRole).toInt();
    if (la != ra)
        return la > ra;
    // Same alert: the most budget spent first (a past incident's SLO stays visible after its
    // alert cleared), then the hottest current burn.
    const QVariant lrv = left.siblingAtColumn(SloTableModel::BudgetRemaining).data(SloTableModel::SortRole);
    const QVariant rrv = right.siblingAtColumn(SloTableModel::BudgetRemaining).data(SloTableModel::SortRole);
    const double lr = lrv.isValid() ? lrv.toDouble() : 2.0; // not loaded yet: last
    const double rr = rrv.isValid() ? rrv.toDouble() : 2.0;
    if (lr != rr)
        return lr < rr;
    const double lb = v(left, SloTableModel::MaxBurnRole).toDouble();
    const double rb = v(right, SloTableModel::MaxBurnRole).toDouble();
    if (lb != rb)
        return lb > rb;
    return v(left, Qt::DisplayRole).toString().localeAwareCompare(v(right, Qt::DisplayRole).toString()) < 0;
}

bool SloSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto re = filterRegularExpression();
    if (re.pattern().isEmpty())
        return true;
    const auto *m = sourceModel();
    for (int c : {int(SloTableModel::Name), int(SloTableModel::Layer), int(SloTableModel::Sli)})
        if (m->index(sourceRow, c, sourceParent).data().toString().contains(re))
            return true;
    return false;
}

} // namespace keel::slo
