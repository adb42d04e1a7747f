#pragma once
// Shared data() for the spend tables: each model describes a cell once (raw value + kind), and
// every role (display, sort, export, kind) is derived from that in one place.
#include "spendroles.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace keel::spend {

struct CellValue {
    QVariant raw;                  // qint64 micros/counts/ms, double ratios, QString text
    ValueKind kind = ValueKind::Text;
};

class SpendTableBase : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Exact text for exports: decimal dollars, ISO dates, plain numbers.
    static QString exportText(const CellValue &value);

protected:
    virtual QStringList headers() const = 0;
    virtual CellValue cell(int row, int column) const = 0;
    // Extra roles (status, correlation id, …); invalid QVariant = not handled.
    virtual QVariant extraData(int row, int column, int role) const;
};

} // namespace keel::spend
