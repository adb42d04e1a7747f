#include "spendrowsmodel.h"

#include "displayformat.h"

using namespace Qt::StringLiterals;

namespace keel::data {

QString SpendRowsModel::selectSql() const
{
    QString where;
    if (m_from != 0 || m_to != 0)
        where = u" WHERE period_start >= %1 AND period_start < %2"_s.arg(m_from).arg(m_to);
    return u"SELECT period_start || '|' || model || '|' || use_case || '|' || team || '|' || customer_segment, "
           u"period_start, model, use_case, team, customer_segment, cost_micros, cache_savings_micros, requests, "
           u"input_tokens, output_tokens FROM spend_daily"_s + where + u" ORDER BY period_start, model"_s;
}

QStringList SpendRowsModel::headers() const
{
    return {tr("Day"), tr("Model"), tr("Use case"), tr("Team"), tr("Segment"), tr("Cost"), tr("Cache savings"),
            tr("Requests"), tr("Input tokens"), tr("Output tokens")};
}

QVariant SpendRowsModel::display(int column, const QVariant &raw) const
{
    switch (column) {
    case Day: return formatDay(raw);
    case Cost:
    case CacheSavings: return formatMicros(raw.toLongLong());
    default: return raw;
    }
}

Qt::Alignment SpendRowsModel::alignment(int column) const
{
    return column >= Cost ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace keel::data
