#pragma once
// Recent request telemetry from the cache (newest first, bounded by limit()).
#include "storetablemodel.h"

namespace keel::data {

class RequestsModel : public StoreTableModel {
    Q_OBJECT
public:
    enum Column { Time, Route, Model, Team, Status, Cost, LatencyMs, UseCase, ColumnCount };
    enum Role { CorrelationIdRole = FirstModelRole, ErrorCodeRole };
    explicit RequestsModel(QObject *parent = nullptr) : StoreTableModel(parent) {}
    void setLimit(int limit) { m_limit = limit; }
    int limit() const { return m_limit; }

protected:
    QString selectSql() const override;
    QStringList tables() const override;
    QStringList headers() const override;
    QVariant display(int column, const QVariant &raw) const override;
    QVariant extraData(const TableRow &row, int column, int role) const override;
    QHash<int, QByteArray> extraRoleNames() const override;
    Qt::Alignment alignment(int column) const override;

private:
    int m_limit = 5000; // a table of 1M rows helps nobody; dashboards aggregate in SQL instead
};

} // namespace keel::data
