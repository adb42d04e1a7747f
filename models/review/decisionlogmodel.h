#pragma once
// The reviewer's recent decisions and where each one is: saved (pending), sending, delivered,
// failed (with the reason) or undone. Fed from the outbox by the workspace; merges by seq.
#include "decisionoutbox.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace keel::review {

class DecisionLogModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { SeqRole = Qt::UserRole + 1, ItemIdRole, ActionRole, StateRole, MessageRole };

    explicit DecisionLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Newest first, at most maxRows; rows are updated in place, new ones inserted at the top.
    void setEntries(const QList<OutboxEntry> &newestFirst);
    void upsert(const OutboxEntry &entry);
    void setMaxRows(int maxRows) { m_maxRows = maxRows; }
    int rowOf(qint64 seq) const;
    // How the item's source names it for people (Langfuse: "Trace 3f2a…"), shown instead of its id,
    // a composite key there. Items never named show their id.
    void nameItem(const QString &itemId, const QString &name);
    QString nameOf(const QString &itemId) const { return m_names.value(itemId, itemId); }

private:
    QList<OutboxEntry> m_entries;
    QHash<QString, QString> m_names;
    int m_maxRows = 50;
};

} // namespace keel::review
