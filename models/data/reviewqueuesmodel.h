#pragma once
// Review queues with their counts and oldest pending item, from the cache.
#include "storetablemodel.h"

namespace keel::data {

class ReviewQueuesModel : public StoreTableModel {
    Q_OBJECT
public:
    enum Column { Name, RiskTier, SlaMinutes, Pending, Claimed, Decided, Escalated, OldestPendingAt, ColumnCount };
    explicit ReviewQueuesModel(QObject *parent = nullptr) : StoreTableModel(parent) {}

protected:
    QString selectSql() const override
    {
        return QStringLiteral("SELECT id, name, risk_tier, sla_minutes, pending, claimed, decided, escalated, oldest_pending_at "
                              "FROM review_queues ORDER BY name");
    }
    QStringList tables() const override { return {QStringLiteral("review_queues")}; }
    QStringList headers() const override;
    QVariant display(int column, const QVariant &raw) const override;
};

} // namespace keel::data
