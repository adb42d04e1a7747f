#pragma once
// SLOs with their latest cached status (attainment, error budget left, alert).
#include "storetablemodel.h"

namespace keel::data {

class SlosModel : public StoreTableModel {
    Q_OBJECT
public:
    enum Column { Name, Layer, SliKind, Objective, WindowDays, Attainment, ErrorBudgetRemaining, Alert, ColumnCount };
    enum Role { SloJsonRole = FirstModelRole, StatusJsonRole };
    explicit SlosModel(QObject *parent = nullptr) : StoreTableModel(parent) {}

protected:
    QString selectSql() const override;
    QStringList tables() const override { return {QStringLiteral("slos"), QStringLiteral("slo_status")}; }
    QStringList headers() const override;
    QVariant display(int column, const QVariant &raw) const override;
    QVariant extraData(const TableRow &row, int column, int role) const override;
    QHash<int, QByteArray> extraRoleNames() const override { return {{SloJsonRole, "sloJson"}, {StatusJsonRole, "statusJson"}}; }
};

} // namespace keel::data
