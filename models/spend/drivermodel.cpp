#include "drivermodel.h"

#include <cmath>
#include <limits>

namespace keel::spend {

DriverModel::DriverModel(QString nameTitle, QObject *parent)
    : SpendTableBase(parent), m_nameTitle(std::move(nameTitle))
{
}

void DriverModel::setRows(const QList<DriverRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_total = 0;
    for (const DriverRow &r : m_rows)
        m_total += r.cost;
    endResetModel();
}

QList<DriverRow> DriverModel::fromUseCases(const QList<UseCaseEconomics> &useCases)
{
    QList<DriverRow> out;
    for (const UseCaseEconomics &u : useCases) {
        DriverRow r;
        r.name = u.useCase;
        r.cost = u.cost;
        r.requests = u.requests;
        out << r;
    }
    return out;
}

int DriverModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QStringList DriverModel::headers() const
{
    return {m_nameTitle, tr("Use case"), tr("Spend"), tr("Previous period"), tr("Change"),
            tr("Change %"), tr("Requests"), tr("Cost per request"), tr("Share of spend")};
}

CellValue DriverModel::cell(int row, int column) const
{
    const DriverRow &r = m_rows.at(row);
    switch (column) {
    case Name: return {r.name, ValueKind::Text};
    case Detail: return {r.detail, ValueKind::Text};
    case Cost: return {r.cost, ValueKind::Money};
    case Previous: return {r.previousCost, ValueKind::Money};
    case Change: return {r.change(), ValueKind::MoneyChange};
    case ChangeRatio:
        return {r.previousCost > 0 ? double(r.change()) / double(r.previousCost)
                                   : std::numeric_limits<double>::quiet_NaN(),
                ValueKind::SignedRatio};
    case Requests: return {r.requests, ValueKind::Count};
    case CostPerRequest:
        return {r.requests > 0 ? Micros(std::llround(double(r.cost) / double(r.requests))) : Micros(0), ValueKind::UnitCost};
    case Share: return {m_total > 0 ? double(r.cost) / double(m_total) : 0.0, ValueKind::Ratio};
    }
    return {};
}

QVariant DriverModel::extraData(int row, int, int role) const
{
    if (role == KeyRole)
        return m_rows.at(row).name;
    return {};
}

} // namespace keel::spend
