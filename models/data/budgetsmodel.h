#pragma once
// Budgets from the cache: scope, period, amount and alert thresholds.
#include "storetablemodel.h"

namespace keel::data {

class BudgetsModel : public StoreTableModel {
    Q_OBJECT
public:
    enum Column { ScopeKind, ScopeValue, Period, Amount, AlertThresholds, ColumnCount };
    explicit BudgetsModel(QObject *parent = nullptr) : StoreTableModel(parent) {}

protected:
    QString selectSql() const override
    {
        return QStringLiteral("SELECT id, scope_kind, scope_value, period, amount_micros, alert_thresholds FROM budgets ORDER BY scope_kind, scope_value");
    }
    QStringList tables() const override { return {QStringLiteral("budgets")}; }
    QStringList headers() const override;
    QVariant display(int column, const QVariant &raw) const override;
};

} // namespace keel::data
