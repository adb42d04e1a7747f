#include "slosmodel.h"

#include "displayformat.h"

using namespace Qt::StringLiterals;

namespace keel::data {

QString SlosModel::selectSql() const
{
    return u"SELECT s.id, s.name, s.layer, s.sli_kind, s.objective, s.window_days, "
           u"json_extract(st.json, '$.attainment'), json_extract(st.json, '$.error_budget_remaining'), "
           u"json_extract(st.json, '$.alert'), s.json, st.json "
           u"FROM slos s LEFT JOIN slo_status st ON st.slo_id = s.id ORDER BY s.layer, s.name"_s;
}

QStringList SlosModel::headers() const
{
    return {tr("SLO"), tr("Layer"), tr("SLI"), tr("Objective"), tr("Window (days)"), tr("Attainment"),
            tr("Error budget left"), tr("Alert")};
}

QVariant SlosModel::display(int column, const QVariant &raw) const
{
    switch (column) {
    case Objective: return formatRatio(raw, 2);
    case Attainment: return formatRatio(raw, 3);
    case ErrorBudgetRemaining: return formatRatio(raw, 1);
    default: return raw;
    }
}

QVariant SlosModel::extraData(const TableRow &row, int, int role) const
{
    if (role == SloJsonRole)
        return row.values.value(ColumnCount);
    if (role == StatusJsonRole)
        return row.values.value(ColumnCount + 1);
    return {};
}

} // namespace keel::data
