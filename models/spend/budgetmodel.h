#pragma once
// Budgets for the current period: budget vs actual vs forecast, burn rate, exhaustion, state.
#include "spendtablebase.h"
#include "spendtypes.h"

namespace keel::spend {

class BudgetModel : public SpendTableBase {
    Q_OBJECT
public:
    enum Column { Scope, Value, Amount, Actual, Used, Forecast, BurnRate, Exhaustion, State, ColumnCount };
    using SpendTableBase::SpendTableBase;

    void setBudgets(const QList<BudgetStatus> &budgets);
    const QList<BudgetStatus> &budgets() const { return m_budgets; }
    int rowCount(const QModelIndex &parent = {}) const override;
    static QString stateText(BudgetState state);

protected:
    QStringList headers() const override;
    CellValue cell(int row, int column) const override;
    QVariant extraData(int row, int column, int role) const override;

private:
    QList<BudgetStatus> m_budgets;
};

} // namespace keel::spend
