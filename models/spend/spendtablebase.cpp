#include "spendtablebase.h"

#include <domain/money.h>

#include <QDateTime>

#include <cmath>

using namespace Qt::StringLiterals;

namespace keel::spend {

int SpendTableBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(headers().size());
}

QString SpendTableBase::exportText(const CellValue &v)
{
    switch (v.kind) {
    case ValueKind::Money:
    case ValueKind::MoneyChange:
    case ValueKind::UnitCost:
        return QString::fromStdString(keel::domain::microsToDecimalString(v.raw.toLongLong()));
    case ValueKind::Count:
        return QString::number(v.raw.toLongLong());
    case ValueKind::Ratio:
    case ValueKind::SignedRatio: {
        const double d = v.raw.toDouble();
        return std::isfinite(d) ? QString::number(d, 'f', 6) : QString();
    }
    case ValueKind::Date:
        return v.raw.isValid() && v.raw.toLongLong() != 0
            ? QDateTime::fromMSecsSinceEpoch(v.raw.toLongLong(), Qt::UTC).date().toString(Qt::ISODate)
            : QString();
    case ValueKind::DateTime:
        return QDateTime::fromMSecsSinceEpoch(v.raw.toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs);
    case ValueKind::Text:
        break;
    }
    return v.raw.toString();
}

QVariant SpendTableBase::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case ExportRole:
        return exportText(cell(row, column));
    case RawValueRole:
        return cell(row, column).raw;
    case ValueKindRole:
        return int(cell(row, column).kind);
    case RowIndexRole:
        return row;
    case Qt::TextAlignmentRole:
        return cell(row, column).kind == ValueKind::Text
            ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
            : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return extraData(row, column, role);
    }
}

QVariant SpendTableBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList h = headers();
    return section >= 0 && section < h.size() ? QVariant(h[section]) : QVariant();
}

QVariant SpendTableBase::extraData(int, int, int) const
{
    return {};
}

} // namespace keel::spend
