#pragma once
// Drill-down step two: individual requests with their correlation ids (to open a trace).
#include "spendtablebase.h"
#include "spendtypes.h"

namespace keel::spend {

class RequestListModel : public SpendTableBase {
    Q_OBJECT
public:
    enum Column { Time, CorrelationId, Route, Model, Template, InputTokens, OutputTokens, Cost, Status, ColumnCount };
    using SpendTableBase::SpendTableBase;

    void setRows(const QList<RequestRow> &rows);
    const QList<RequestRow> &rows() const { return m_rows; }
    int rowCount(const QModelIndex &parent = {}) const override;

protected:
    QStringList headers() const override;
    CellValue cell(int row, int column) const override;
    QVariant extraData(int row, int column, int role) const override;

private:
    QList<RequestRow> m_rows;
};

} // namespace keel::spend
