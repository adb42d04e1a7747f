#pragma once
// The items of one queue, for the reviewer's items table. Refreshes merge by item id so the
// selection (and the item being worked on) survives; the view sorts and filters through
// ReviewItemFilterProxy.
#include <domain/review.h>

#include <QAbstractTableModel>
#include <QList>

namespace keel::review {

class ReviewItemModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Risk, Confidence, Age, SlaDue, Model, UseCase, PolicyFlags, Status, ColumnCount };
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        SortRole,        // numbers for numeric columns, so sorting is by value, not by text
        RiskRole,        // double
        ConfidenceRole,  // double
        ModelRole,       // QString
        UseCaseRole,     // QString
        PolicyFlagsRole, // QStringList
        SlaDueRole,      // qint64 ms
        CreatedAtRole,   // qint64 ms
        HolderRole,      // QString, empty when nobody holds a lease
    };

    explicit ReviewItemModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void resetItems(const QList<domain::ReviewItem> &items); // a new queue: full reset
    void mergeItems(const QList<domain::ReviewItem> &items); // a refresh of the same queue
    void upsertItem(const domain::ReviewItem &item);
    bool removeItem(const QString &itemId);
    void clear();
    void setNow(qint64 nowMs);

    const domain::ReviewItem *item(int row) const;
    int rowOf(const QString &itemId) const;
    // Whether any item carries a risk or confidence score (a Langfuse queue has none).
    bool anyScored() const;

private:
    QList<domain::ReviewItem> m_items;
    qint64 m_nowMs = 0;
};

} // namespace keel::review
