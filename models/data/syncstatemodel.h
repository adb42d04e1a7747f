#pragma once
// When each resource was last synced and what went wrong last, from sync_state: what a view
// shows beside cached data ("last synced 14:02", "spend: could not connect").
#include "storetablemodel.h"

namespace keel::data {

class SyncStateModel : public StoreTableModel {
    Q_OBJECT
public:
    enum Column { Resource, LastSyncedAt, LastError, ColumnCount };
    enum Role { InProgressRole = FirstModelRole }; // bool: a run stopped mid-way (a cursor is pending)
    explicit SyncStateModel(QObject *parent = nullptr) : StoreTableModel(parent) {}

protected:
    QString selectSql() const override
    {
        return QStringLiteral("SELECT resource, resource, last_synced_at, last_error, cursor IS NOT NULL FROM sync_state ORDER BY resource");
    }
    QStringList tables() const override { return {QStringLiteral("sync_state"), QStringLiteral("requests"),
                                                  QStringLiteral("spend_daily"), QStringLiteral("review_items")}; }
    QStringList headers() const override { return {tr("Data"), tr("Last synced"), tr("Last error")}; }
    QVariant display(int column, const QVariant &raw) const override;
    QVariant extraData(const TableRow &row, int column, int role) const override;
    QHash<int, QByteArray> extraRoleNames() const override { return {{InProgressRole, "inProgress"}}; }
};

} // namespace keel::data
