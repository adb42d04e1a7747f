#pragma once
// Sorting and text filtering for every spend table: numbers sort as numbers (raw micros and
// counts, not their text), and a filter string matches any text column.
#include <QSortFilterProxyModel>

namespace keel::spend {

class SpendSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SpendSortProxy(QObject *parent = nullptr);
    void setFilterText(const QString &text);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filter;
};

} // namespace keel::spend
