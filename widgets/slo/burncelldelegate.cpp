#include "burncelldelegate.h"

#include <slo/slotablemodel.h>

namespace keel::slo::widgets {

BurnCellDelegate::BurnCellDelegate(Kind kind, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_kind(kind)
{
}

void BurnCellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant v = index.data(SloTableModel::SortRole);
    if (!v.isValid())
        return;
    const double x = v.toDouble();
    const bool hot = m_kind == Kind::BurnRate ? x >= 1.0 : x < 0.0;
    if (hot) {
        option->palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
        option->palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xd0, 0xd0));
        option->font.setBold(true);
    }
}

} // namespace keel::slo::widgets
