#include "reviewitemsmodel.h"

#include "displayformat.h"

using namespace Qt::StringLiterals;

namespace keel::data {

QString ReviewItemsModel::selectSql() const
{
    QString where;
    if (!m_queue.isEmpty()) {
        QString q = m_queue;
        q.replace(u'\'', u"''"_s); // quoted literal: the queue id comes from our own cache
        where = u" WHERE queue = '%1'"_s.arg(q);
    }
    return u"SELECT id, id, queue, status, risk_score, confidence, model, route, use_case, created_at, sla_due, "
           u"lease_holder, prompt, output, sources, policy_flags, reason_escalated, request_id, correlation_id, purged, "
           u"updated_at FROM review_items"_s + where + u" ORDER BY sla_due, id"_s;
}

QStringList ReviewItemsModel::headers() const
{
    return {tr("Item"), tr("Queue"), tr("Status"), tr("Risk"), tr("Confidence"), tr("Model"), tr("Route"),
            tr("Use case"), tr("Created"), tr("SLA due"), tr("Held by")};
}

QVariant ReviewItemsModel::display(int column, const QVariant &raw) const
{
    switch (column) {
    case RiskScore:
    case Confidence: return raw.isNull() ? QVariant() : QVariant(QString::number(raw.toDouble(), 'f', 2));
    case CreatedAt:
    case SlaDue: return formatUnixMs(raw);
    default: return raw;
    }
}

QVariant ReviewItemsModel::extraData(const TableRow &row, int, int role) const
{
    const int first = ColumnCount;
    switch (role) {
    case PromptRole: return row.values.value(first);
    case OutputRole: return row.values.value(first + 1);
    case SourcesJsonRole: return row.values.value(first + 2);
    case PolicyFlagsJsonRole: return row.values.value(first + 3);
    case ReasonEscalatedRole: return row.values.value(first + 4);
    case RequestIdRole: return row.values.value(first + 5);
    case CorrelationIdRole: return row.values.value(first + 6);
    case PurgedRole: return row.values.value(first + 7).toLongLong() != 0;
    case UpdatedAtRole: return row.values.value(first + 8);
    default: return {};
    }
}

QHash<int, QByteArray> ReviewItemsModel::extraRoleNames() const
{
    return {{PromptRole, "prompt"}, {OutputRole, "output"}, {SourcesJsonRole, "sourcesJson"},
            {PolicyFlagsJsonRole, "policyFlagsJson"}, {ReasonEscalatedRole, "reasonEscalated"},
            {RequestIdRole, "requestId"}, {CorrelationIdRole, "correlationId"}, {PurgedRole, "purged"},
            {UpdatedAtRole, "updatedAt"}};
}

} // namespace keel::data
