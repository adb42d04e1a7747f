#pragma once
// Filter and sort for any StoreTableModel: sorts by the raw value (SortRole, so money and
// counts sort as numbers), filters by exact column values and by free text over the displayed
// columns (case-insensitive).
#include <QHash>
#include <QSortFilterProxyModel>
#include <QVariant>

namespace keel::data {

class TableFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TableFilterProxyModel(QObject *parent = nullptr);

    // Keep only rows whose raw value in `column` equals `value`; an invalid value clears it.
    void setColumnFilter(int column, const QVariant &value);
    void clearColumnFilters();
    void setText(const QString &text);
    // Keep only rows whose raw value in `column` is >= minimum (e.g. risk score).
    void setMinimum(int column, const QVariant &minimum);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QHash<int, QVariant> m_equals;
    QHash<int, QVariant> m_minimum;
    QString m_text;
};

} // namespace keel::data
