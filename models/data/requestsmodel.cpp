#include "requestsmodel.h"

#include "displayformat.h"

using namespace Qt::StringLiterals;

namespace keel::data {

QString RequestsModel::selectSql() const
{
    return u"SELECT id, ts, route, model, team, status, cost_micros, latency_ms, use_case, correlation_id, error_code "
           u"FROM requests ORDER BY ts DESC, id DESC LIMIT %1"_s.arg(m_limit);
}

QStringList RequestsModel::tables() const { return {u"requests"_s}; }

QStringList RequestsModel::headers() const
{
    return {tr("Time"), tr("Route"), tr("Model"), tr("Team"), tr("Status"), tr("Cost"), tr("Latency (ms)"), tr("Use case")};
}

QVariant RequestsModel::display(int column, const QVariant &raw) const
{
    switch (column) {
    case Time: return formatUnixMs(raw);
    case Cost: return formatMicros(raw.toLongLong());
    default: return raw;
    }
}

QVariant RequestsModel::extraData(const TableRow &row, int, int role) const
{
    if (role == CorrelationIdRole)
        return row.values.value(ColumnCount);
    if (role == ErrorCodeRole)
        return row.values.value(ColumnCount + 1);
    return {};
}

QHash<int, QByteArray> RequestsModel::extraRoleNames() const
{
    return {{CorrelationIdRole, "correlationId"}, {ErrorCodeRole, "errorCode"}};
}

Qt::Alignment RequestsModel::alignment(int column) const
{
    return (column == Cost || column == LatencyMs) ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace keel::data
