#include "spenddetailmodel.h"

namespace keel::spend {

void SpendDetailModel::setRows(const QList<SpendDetailRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int SpendDetailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QStringList SpendDetailModel::headers() const
{
    return {tr("Day"), tr("Model"), tr("Use case"), tr("Team"), tr("Customer segment"), tr("Cost"),
            tr("Requests"), tr("Tokens")};
}

CellValue SpendDetailModel::cell(int row, int column) const
{
    const SpendDetailRow &r = m_rows.at(row);
    switch (column) {
    case Day: return {r.day, ValueKind::Date};
    case Model: return {r.model, ValueKind::Text};
    case UseCase: return {r.useCase, ValueKind::Text};
    case Team: return {r.team, ValueKind::Text};
    case Segment: return {r.segment, ValueKind::Text};
    case Cost: return {r.cell.cost, ValueKind::Money};
    case Requests: return {r.cell.requests, ValueKind::Count};
    case Tokens: return {r.cell.tokens(), ValueKind::Count};
    }
    return {};
}

} // namespace keel::spend
