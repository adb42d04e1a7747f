#pragma once
// Review queues with their counts, oldest pending age and SLA. A refresh merges by queue id so
// the reviewer's selection survives it.
#include <domain/review.h>

#include <QAbstractTableModel>
#include <QList>

namespace keel::review {

class ReviewQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, RiskTier, Pending, Claimed, OldestAge, Sla, ColumnCount };
    enum Role { QueueIdRole = Qt::UserRole + 1, SortRole, PendingRole, SlaMinutesRole, OldestPendingRole };

    explicit ReviewQueueModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setQueues(const QList<domain::ReviewQueue> &queues); // merge: insert, remove, dataChanged
    void clear();
    void setNow(qint64 nowMs); // ages are relative to this; the view ticks it
    const domain::ReviewQueue *queue(int row) const;
    int rowOf(const QString &queueId) const;

private:
    QList<domain::ReviewQueue> m_queues;
    qint64 m_nowMs = 0;
};

} // namespace keel::review
