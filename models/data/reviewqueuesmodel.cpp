#include "reviewqueuesmodel.h"

#include "displayformat.h"

namespace keel::data {

QStringList ReviewQueuesModel::headers() const
{
    return {tr("Queue"), tr("Risk tier"), tr("SLA (min)"), tr("Pending"), tr("Claimed"), tr("Decided"),
            tr("Escalated"), tr("Oldest pending")};
}

QVariant ReviewQueuesModel::display(int column, const QVariant &raw) const
{
    return column == OldestPendingAt ? QVariant(formatUnixMs(raw)) : raw;
}

} // namespace keel::data
