#include "decisionlogmodel.h"
#include <plaintext.h>

#include "leasemessages.h"

using namespace Qt::StringLiterals;

namespace keel::review {

namespace {
QString actionTitle(const QString &action)
{
    if (action == u"approve") return DecisionLogModel::tr("Approved");
    if (action == u"edit") return DecisionLogModel::tr("Edited");
    if (action == u"escalate") return DecisionLogModel::tr("Escalated");
    if (action == u"reject") return DecisionLogModel::tr("Rejected");
    return action;
}
} // namespace

DecisionLogModel::DecisionLogModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int DecisionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant DecisionLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = tr("%1 %2 at %3 — %4")
                           .arg(actionTitle(e.action), nameOf(e.itemId), formatLocalTime(e.createdAt), describe(e.state));
        if (e.state == DeliveryState::Failed || (e.state == DeliveryState::Pending && !e.lastError.isEmpty()))
            text += u": "_s + e.lastError;
        return text;
    }
    case Qt::ToolTipRole:
        return plainToolTip(e.lastError.isEmpty() ? describe(e.state) : e.lastError);
    case SeqRole:
        return e.seq;
    case ItemIdRole:
        return e.itemId;
    case ActionRole:
        return e.action;
    case StateRole:
        return toString(e.state);
    case MessageRole:
        return e.lastError;
    default:
        return {};
    }
}

int DecisionLogModel::rowOf(qint64 seq) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).seq == seq)
            return row;
    return -1;
}

void DecisionLogModel::setEntries(const QList<OutboxEntry> &newestFirst)
{
    // Entries are ordered by seq descending: insert the unseen ones at the top (oldest first).
    for (auto it = newestFirst.rbegin(); it != newestFirst.rend(); ++it)
        upsert(*it);
}

void DecisionLogModel::upsert(const OutboxEntry &entry)
{
    if (!entry.label.isEmpty() && !m_names.contains(entry.itemId))
        m_names.insert(entry.itemId, entry.label); // the name it had when decided (kept in the ledger)
    const int row = rowOf(entry.seq);
    if (row >= 0) {
        m_entries[row] = entry;
        const QModelIndex idx = index(row);
        Q_EMIT dataChanged(idx, idx);
        return;
    }
    int at = 0;
    while (at < m_entries.size() && m_entries.at(at).seq > entry.seq)
        ++at;
    beginInsertRows({}, at, at);
    m_entries.insert(at, entry);
    endInsertRows();
    if (m_entries.size() > m_maxRows) {
        const int last = int(m_entries.size()) - 1;
        beginRemoveRows({}, m_maxRows, last);
        m_entries.remove(m_maxRows, last - m_maxRows + 1);
        endRemoveRows();
    }
}

void DecisionLogModel::nameItem(const QString &itemId, const QString &name)
{
    if (name.isEmpty() || m_names.value(itemId) == name)
        return;
    m_names.insert(itemId, name);
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).itemId == itemId)
            Q_EMIT dataChanged(index(row), index(row), {Qt::DisplayRole});
}

} // namespace keel::review
