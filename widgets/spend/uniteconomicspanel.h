#pragma once
// Unit economics: cost per request and per 1k tokens, cache savings, premium-model share of
// traffic and of spend, and spend per use case.
#include <spend/spendtypes.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace keel::spend { class DriverModel; class SpendSortProxy; }

namespace keel::widgets {

class UnitEconomicsPanel : public QWidget {
    Q_OBJECT
public:
    explicit UnitEconomicsPanel(QWidget *parent = nullptr);
    void setEconomics(const keel::spend::UnitEconomics &economics);
    QTableView *useCaseTable() const { return m_table; }
    keel::spend::DriverModel *useCaseModel() const { return m_model; }
    QString summaryText() const; // all figures as plain text (tests, accessibility)

private:
    QList<QPair<QLabel *, QLabel *>> m_rows;
    keel::spend::DriverModel *m_model = nullptr;
    keel::spend::SpendSortProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace keel::widgets
