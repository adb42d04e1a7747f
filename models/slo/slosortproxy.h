#pragma once
// Orders the SLO table for the council: layers grouped together, the layer with the worst
// alert first; inside a layer, paging SLOs, then tickets, then the rest; within one alert level
// the most error budget spent first, then the hottest current burn, then by name.
// A filter text narrows rows by name, layer or SLI.
#include <QSortFilterProxyModel>

namespace keel::slo {

class SloSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SloSortProxy(QObject *parent = nullptr);
    // When true (the default) rows are grouped and ranked as above; a header click turns it off
    // and sorts by the clicked column's SortRole instead.
    void setCouncilOrder(bool on);
    bool councilOrder() const { return m_councilOrder; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_councilOrder = true;
};

} // namespace keel::slo
