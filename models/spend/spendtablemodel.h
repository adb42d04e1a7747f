#pragma once
// The table behind the spend chart: one row per (period, group value) with spend in it.
#include "spendtablebase.h"
#include "spendtypes.h"

namespace keel::spend {

class SpendTableModel : public SpendTableBase {
    Q_OBJECT
public:
    enum Column { Period, Key, Cost, Requests, InputTokens, OutputTokens, CachedTokens, CacheSavings, ColumnCount };
    using SpendTableBase::SpendTableBase;

    void setSeries(const SpendSeries &series); // a full load: resets
    const SpendSeries &series() const { return m_series; }
    int rowCount(const QModelIndex &parent = {}) const override;

protected:
    QStringList headers() const override;
    CellValue cell(int row, int column) const override;
    QVariant extraData(int row, int column, int role) const override;

private:
    struct RowRef { int key; int period; };
    SpendSeries m_series;
    QList<RowRef> m_rows;
};

} // namespace keel::spend
