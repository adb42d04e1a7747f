#include "reviewitemmodel.h"

#include "reviewformat.h"
#include <plaintext.h>

#include <QDateTime>
#include <QSet>
#include <QStringList>
#include <clock.h>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace keel::review {

namespace {
QStringList flagsOf(const domain::ReviewItem &item)
{
    QStringList flags;
    for (const std::string &f : item.policyFlags)
        flags.append(QString::fromStdString(f));
    return flags;
}
} // namespace

ReviewItemModel::ReviewItemModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_nowMs(keel::clock::nowMs())
{
}

int ReviewItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::ReviewItem &it = m_items.at(index.row());
    switch (role) {
    case ItemIdRole:
        return QString::fromStdString(it.id);
    case RiskRole: // null where the source scores no risk
        return it.riskScore ? QVariant(*it.riskScore) : QVariant();
    case ConfidenceRole:
        return it.confidence ? QVariant(*it.confidence) : QVariant();
    case ModelRole:
        return QString::fromStdString(it.model);
    case UseCaseRole:
        return QString::fromStdString(it.useCase);
    case PolicyFlagsRole:
        return flagsOf(it);
    case SlaDueRole:
        return qlonglong(it.slaDue);
    case CreatedAtRole:
        return qlonglong(it.createdAt);
    case HolderRole:
        return it.lease ? QString::fromStdString(it.lease->holder) : QString();
    case Qt::ToolTipRole: // the narrow text columns elide ("claude-son…"): the whole value, as plain text
        if (index.column() == Model || index.column() == UseCase || index.column() == PolicyFlags
            || index.column() == Status)
            return plainToolTip(data(index, Qt::DisplayRole).toString());
        return {};
    case Qt::TextAlignmentRole:
        return index.column() <= SlaDue ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        switch (index.column()) {
        // An unscored item sorts below every scored one (last when sorted by highest risk).
        case Risk: return it.riskScore.value_or(-1.0);
        case Confidence: return it.confidence.value_or(-1.0);
        case Age: return qlonglong(m_nowMs - it.createdAt);
        // No SLA (a Langfuse queue has none) sorts after every deadline.
        case SlaDue: return it.slaDue > 0 ? qlonglong(it.slaDue) : std::numeric_limits<qlonglong>::max();
        default: break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case Risk:
            if (!it.riskScore)
                return tr("not scored");
            return tr("%1 %2").arg(formatPercent(*it.riskScore), bandName(riskBand(*it.riskScore)));
        case Confidence:
            return it.confidence ? formatPercent(*it.confidence) : tr("not scored");
        case Age:
            return formatDuration(m_nowMs - it.createdAt);
        case SlaDue:
            return it.slaDue > 0 ? formatCountdown(it.slaDue - m_nowMs) : tr("no SLA");
        case Model:
            return QString::fromStdString(it.model);
        case UseCase:
            return QString::fromStdString(it.useCase);
        case PolicyFlags:
            return flagsOf(it).join(u", "_s);
        case Status:
            if (it.lease)
                return tr("held by %1").arg(QString::fromStdString(it.lease->holder));
            return QString::fromStdString(it.status);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ReviewItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Risk: return tr("Risk");
    case Confidence: return tr("Confidence");
    case Age: return tr("Age");
    case SlaDue: return tr("SLA due");
    case Model: return tr("Model");
    case UseCase: return tr("Use case");
    case PolicyFlags: return tr("Policy flags");
    case Status: return tr("Status");
    }
    return {};
}

void ReviewItemModel::resetItems(const QList<domain::ReviewItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void ReviewItemModel::mergeItems(const QList<domain::ReviewItem> &items)
{
    QSet<QString> incoming;
    for (const domain::ReviewItem &it : items)
        incoming.insert(QString::fromStdString(it.id));
    for (int row = int(m_items.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(QString::fromStdString(m_items.at(row).id))) {
            beginRemoveRows({}, row, row);
            m_items.removeAt(row);
            endRemoveRows();
        }
    }
    for (const domain::ReviewItem &it : items)
        upsertItem(it);
}

void ReviewItemModel::upsertItem(const domain::ReviewItem &item)
{
    const int row = rowOf(QString::fromStdString(item.id));
    if (row >= 0) {
        m_items[row] = item;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_items.size());
    beginInsertRows({}, at, at);
    m_items.append(item);
    endInsertRows();
}

bool ReviewItemModel::removeItem(const QString &itemId)
{
    const int row = rowOf(itemId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    return true;
}

void ReviewItemModel::clear()
{
    if (m_items.isEmpty())
        return;
    beginResetModel();
    m_items.clear();
    endResetModel();
}

void ReviewItemModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, Age), index(rowCount() - 1, SlaDue));
}

const domain::ReviewItem *ReviewItemModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int ReviewItemModel::rowOf(const QString &itemId) const
{
    const std::string id = itemId.toStdString();
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).id == id)
            return row;
    return -1;
}

bool ReviewItemModel::anyScored() const
{
    return std::any_of(m_items.cbegin(), m_items.cend(),
                       [](const domain::ReviewItem &it) { return it.riskScore || it.confidence; });
}

} // namespace keel::review
