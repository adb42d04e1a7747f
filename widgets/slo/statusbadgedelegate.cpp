#include "statusbadgedelegate.h"

#include <slo/slotablemodel.h>

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace keel::slo::widgets {

QColor StatusBadgeDelegate::colorFor(const QString &alertLevel)
{
    if (alertLevel == u"page") return QColor(0xc6, 0x28, 0x28);
    if (alertLevel == u"ticket") return QColor(0xef, 0x8f, 0x00);
    if (alertLevel == u"ok") return QColor(0x2e, 0x7d, 0x32);
    return QColor(0x90, 0x90, 0x90);
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QString level = index.data(SloTableModel::AlertLevelRole).toString();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(opt.font);
    const QRect badge(opt.rect.left() + 4, opt.rect.center().y() - fm.height() / 2 - 1,
                      fm.horizontalAdvance(text) + 14, fm.height() + 2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colorFor(level));
    painter->drawRoundedRect(badge, 6, 6);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    return {s.width() + 24, s.height() + 4};
}

} // namespace keel::slo::widgets
