#include "requestlistmodel.h"

namespace keel::spend {

void RequestListModel::setRows(const QList<RequestRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RequestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QStringList RequestListModel::headers() const
{
    return {tr("Time (UTC)"), tr("Correlation id"), tr("Route"), tr("Model"), tr("Prompt template"),
            tr("Input tokens"), tr("Output tokens"), tr("Cost"), tr("Status")};
}

CellValue RequestListModel::cell(int row, int column) const
{
    const RequestRow &r = m_rows.at(row);
    switch (column) {
    case Time: return {r.ts, ValueKind::DateTime};
    case CorrelationId: return {r.correlationId, ValueKind::Text};
    case Route: return {r.route, ValueKind::Text};
    case Model: return {r.model, ValueKind::Text};
    case Template: return {r.promptTemplate, ValueKind::Text};
    case InputTokens: return {r.inputTokens, ValueKind::Count};
    case OutputTokens: return {r.outputTokens, ValueKind::Count};
    case Cost: return {r.cost, ValueKind::Money};
    case Status: return {r.status, ValueKind::Text};
    }
    return {};
}

QVariant RequestListModel::extraData(int row, int, int role) const
{
    if (role == CorrelationIdRole)
        return m_rows.at(row).correlationId;
    return {};
}

} // namespace keel::spend
