#pragma once
// Drill-down step one: the spend_daily rows behind a chart point.
#include "spendtablebase.h"
#include "spendtypes.h"

namespace keel::spend {

class SpendDetailModel : public SpendTableBase {
    Q_OBJECT
public:
    enum Column { Day, Model, UseCase, Team, Segment, Cost, Requests, Tokens, ColumnCount };
    using SpendTableBase::SpendTableBase;

    void setRows(const QList<SpendDetailRow> &rows);
    const QList<SpendDetailRow> &rows() const { return m_rows; }
    int rowCount(const QModelIndex &parent = {}) const override;

protected:
    QStringList headers() const override;
    CellValue cell(int row, int column) const override;

private:
    QList<SpendDetailRow> m_rows;
};

} // namespace keel::spend
