#pragma once
// Daily spend rows (period × model × use case × team × customer segment) from the cache.
#include "storetablemodel.h"

namespace keel::data {

class SpendRowsModel : public StoreTableModel {
    Q_OBJECT
public:
    enum Column { Day, Model, UseCase, Team, CustomerSegment, Cost, CacheSavings, Requests, InputTokens, OutputTokens, ColumnCount };
    explicit SpendRowsModel(QObject *parent = nullptr) : StoreTableModel(parent) {}
    // Only rows with period_start in [fromMs, toMs); 0/0 = everything cached.
    void setRange(qint64 fromMs, qint64 toMs) { m_from = fromMs; m_to = toMs; }

protected:
    QString selectSql() const override;
    QStringList tables() const override { return {QStringLiteral("spend_daily")}; }
    QStringList headers() const override;
    QVariant display(int column, const QVariant &raw) const override;
    Qt::Alignment alignment(int column) const override;

private:
    qint64 m_from = 0;
    qint64 m_to = 0;
};

} // namespace keel::data
