#pragma once
// Spend drivers (routes, prompt templates, models) now vs the previous period; also used for
// spend per use case in the unit-economics panel.
#include "spendtablebase.h"
#include "spendtypes.h"

namespace keel::spend {

class DriverModel : public SpendTableBase {
    Q_OBJECT
public:
    enum Column { Name, Detail, Cost, Previous, Change, ChangeRatio, Requests, CostPerRequest, Share, ColumnCount };
    explicit DriverModel(QString nameTitle, QObject *parent = nullptr);

    void setRows(const QList<DriverRow> &rows);
    static QList<DriverRow> fromUseCases(const QList<UseCaseEconomics> &useCases);
    const QList<DriverRow> &rows() const { return m_rows; }
    int rowCount(const QModelIndex &parent = {}) const override;

protected:
    QStringList headers() const override;
    CellValue cell(int row, int column) const override;
    QVariant extraData(int row, int column, int role) const override;

private:
    QString m_nameTitle;
    QList<DriverRow> m_rows;
    Micros m_total = 0;
};

} // namespace keel::spend
