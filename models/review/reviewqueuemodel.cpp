#include "reviewqueuemodel.h"
#include <plaintext.h>

#include "reviewformat.h"

#include <QDateTime>
#include <clock.h>

using namespace Qt::StringLiterals;

namespace keel::review {

ReviewQueueModel::ReviewQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_nowMs(keel::clock::nowMs())
{
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_queues.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::ReviewQueue &q = m_queues.at(index.row());
    const qint64 oldestAge = q.oldestPendingAt ? m_nowMs - *q.oldestPendingAt : -1;
    switch (role) {
    case QueueIdRole:
        return QString::fromStdString(q.id);
    case PendingRole:
        return qlonglong(q.pending);
    case SlaMinutesRole:
        return qlonglong(q.slaMinutes);
    case OldestPendingRole:
        return q.oldestPendingAt ? QVariant(qlonglong(*q.oldestPendingAt)) : QVariant();
    case Qt::ToolTipRole:
        return plainToolTip(tr("%1: %2 pending, %3 claimed, %4 decided, %5 escalated")
                                .arg(QString::fromStdString(q.name))
                                .arg(q.pending).arg(q.claimed).arg(q.decided).arg(q.escalated));
    case Qt::TextAlignmentRole:
        return index.column() == Name || index.column() == RiskTier
            ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return QString::fromStdString(q.name);
        case RiskTier:
            return QString::fromStdString(q.riskTier);
        case Pending:
            return role == SortRole ? QVariant(qlonglong(q.pending)) : QVariant(QString::number(q.pending));
        case Claimed:
            return role == SortRole ? QVariant(qlonglong(q.claimed)) : QVariant(QString::number(q.claimed));
        case OldestAge:
            if (role == SortRole)
                return qlonglong(oldestAge);
            return oldestAge < 0 ? tr("none waiting") : formatDuration(oldestAge);
        case Sla:
            if (role == SortRole)
                return qlonglong(q.slaMinutes);
            return formatDuration(q.slaMinutes * 60 * 1000);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Queue");
    case RiskTier: return tr("Risk tier");
    case Pending: return tr("Pending");
    case Claimed: return tr("Claimed");
    case OldestAge: return tr("Oldest");
    case Sla: return tr("SLA");
    }
    return {};
}

void ReviewQueueModel::setQueues(const QList<domain::ReviewQueue> &queues)
{
    // Remove rows whose queue is gone, back to front.
    for (int row = int(m_queues.size()) - 1; row >= 0; --row) {
        const auto &id = m_queues.at(row).id;
        const bool kept = std::any_of(queues.begin(), queues.end(),
                                      [&](const domain::ReviewQueue &q) { return q.id == id; });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_queues.removeAt(row);
            endRemoveRows();
        }
    }
    for (const domain::ReviewQueue &q : queues) {
        const int row = rowOf(QString::fromStdString(q.id));
        if (row >= 0) {
            m_queues[row] = q;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            const int at = int(m_queues.size());
            beginInsertRows({}, at, at);
            m_queues.append(q);
            endInsertRows();
        }
    }
}

void ReviewQueueModel::clear()
{
    if (m_queues.isEmpty())
        return;
    beginResetModel();
    m_queues.clear();
    endResetModel();
}

void ReviewQueueModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (!m_queues.isEmpty())
        Q_EMIT dataChanged(index(0, OldestAge), index(rowCount() - 1, OldestAge));
}

const domain::ReviewQueue *ReviewQueueModel::queue(int row) const
{
    return row >= 0 && row < m_queues.size() ? &m_queues.at(row) : nullptr;
}

int ReviewQueueModel::rowOf(const QString &queueId) const
{
    const std::string id = queueId.toStdString();
    for (int row = 0; row < m_queues.size(); ++row)
        if (m_queues.at(row).id == id)
            return row;
    return -1;
}

} // namespace keel::review
