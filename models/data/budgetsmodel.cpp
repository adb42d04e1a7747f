#include "budgetsmodel.h"

#include "displayformat.h"

namespace keel::data {

QStringList BudgetsModel::headers() const
{
    return {tr("Scope"), tr("Value"), tr("Period"), tr("Amount"), tr("Alert thresholds")};
}

QVariant BudgetsModel::display(int column, const QVariant &raw) const
{
    return column == Amount ? QVariant(formatMicros(raw.toLongLong())) : raw;
}

} // namespace keel::data
