#pragma once
// The council's SLO table: one row per SLO with its objective, window, SLI, attainment, budget
// remaining, burn rates over 5m…3d and the alert status. Display text is formatted here;
// SortRole carries the raw number so proxies sort numerically.
#include "sloinfo.h"

#include <QAbstractTableModel>
#include <QHash>

namespace keel::slo {

class SloTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name, Layer, Objective, Window, Sli, Attainment, BudgetRemaining,
        Burn5m, Burn30m, Burn1h, Burn6h, Burn1d, Burn3d, Status, ColumnCount
    };
    enum Role {
        SloIdRole = Qt::UserRole + 1,
        SortRole,           // raw value of the cell (double / int / QString)
        AlertRankRole,      // 3 page, 2 ticket, 1 ok, 0 no data / not loaded
        LayerWorstRankRole, // the worst AlertRankRole among SLOs of this row's layer
        LayerOrderRole,     // position of the layer in sloLayers()
        MaxBurnRole,        // the highest burn rate of the row (for ordering within a rank)
        AlertLevelRole,     // "page" | "ticket" | "ok" | "no_data"
    };

    explicit SloTableModel(QObject *parent = nullptr);

    // A full list resets the model when the set of ids changed, else merges in place (so a
    // selection survives a refresh).
    void setSlos(const QList<SloInfo> &slos);
    void setStatus(const QString &sloId, const domain::SloStatus &status);
    void setStatusError(const QString &sloId, const QString &message);
    void clear();

    const SloInfo *slo(int row) const;
    const domain::SloStatus *status(const QString &sloId) const; // nullptr before it arrived
    int rowOf(const QString &sloId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int alertRank(int row) const;
    int layerWorstRank(const QString &layer) const;
    QVariant displayText(int row, int column) const;
    QVariant sortValue(int row, int column) const;

    QList<SloInfo> m_slos;
    QHash<QString, domain::SloStatus> m_status;
    QHash<QString, QString> m_errors;
};

} // namespace keel::slo
