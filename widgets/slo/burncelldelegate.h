#pragma once
// Colours the numbers that need attention in the SLO table: a burn rate at or above 1 (the budget
// would not last the window) and an overspent budget. The text stays, so colour is a hint only.
#include <QStyledItemDelegate>

namespace keel::slo::widgets {

class BurnCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum class Kind { BurnRate, BudgetRemaining };
    BurnCellDelegate(Kind kind, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Kind m_kind;
};

} // namespace keel::slo::widgets
