#include "syncstatemodel.h"

#include "displayformat.h"

namespace keel::data {

QVariant SyncStateModel::display(int column, const QVariant &raw) const
{
    if (column == LastSyncedAt)
        return raw.toLongLong() > 0 ? QVariant(formatUnixMs(raw)) : QVariant(tr("never"));
    return raw;
}

QVariant SyncStateModel::extraData(const TableRow &row, int, int role) const
{
    if (role == InProgressRole)
        return row.values.value(ColumnCount).toLongLong() != 0;
    return {};
}

} // namespace keel::data
