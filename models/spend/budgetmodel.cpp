#include "budgetmodel.h"

namespace keel::spend {

void BudgetModel::setBudgets(const QList<BudgetStatus> &budgets)
{
    beginResetModel();
    m_budgets = budgets;
    endResetModel();
}

int BudgetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_budgets.size());
}

QString BudgetModel::stateText(BudgetState s)
{
    switch (s) {
    case BudgetState::Ok: return tr("On track");
    case BudgetState::AtRisk: return tr("At risk");
    case BudgetState::Breached: return tr("Breached");
    }
    return {};
}

QStringList BudgetModel::headers() const
{
    return {tr("Scope"), tr("Name"), tr("Budget"), tr("Actual"), tr("Used"), tr("Forecast"),
            tr("Burn rate"), tr("Runs out"), tr("Status")};
}

CellValue BudgetModel::cell(int row, int column) const
{
    const BudgetStatus &b = m_budgets.at(row);
    switch (column) {
    case Scope: return {b.scopeKind, ValueKind::Text};
    case Value: return {b.scopeValue, ValueKind::Text};
    case Amount: return {b.amount, ValueKind::Money};
    case Actual: return {b.actual, ValueKind::Money};
    case Used: return {b.amount > 0 ? double(b.actual) / double(b.amount) : 0.0, ValueKind::Ratio};
    case Forecast: return {b.forecast, ValueKind::Money};
    case BurnRate: return {b.burnRate, ValueKind::Ratio};
    case Exhaustion:
        return {b.exhaustionDate.isValid() ? QVariant(dateToMs(b.exhaustionDate)) : QVariant(qint64(0)), ValueKind::Date};
    case State: return {stateText(b.state), ValueKind::Text};
    }
    return {};
}

QVariant BudgetModel::extraData(int row, int, int role) const
{
    const BudgetStatus &b = m_budgets.at(row);
    switch (role) {
    case StatusRole:
        return int(b.state);
    case FractionRole:
        return b.amount > 0 ? double(b.actual) / double(b.amount) : 0.0;
    case ForecastFractionRole:
        return b.amount > 0 ? double(b.forecast) / double(b.amount) : 0.0;
    case KeyRole:
        return b.id;
    default:
        return {};
    }
}

} // namespace keel::spend
