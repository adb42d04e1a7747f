#include "waterfalldelegate.h"

#include <common/seriespalette.h>
#include <slo/tracespanmodel.h>

#include <QApplication>
#include <QPainter>

namespace keel::trace {

using slo::TraceSpanModel;

void WaterfallDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const double total = double(std::max<qint64>(1, index.data(TraceSpanModel::TraceDurationMsRole).toLongLong()));
    const double offset = double(index.data(TraceSpanModel::OffsetMsRole).toLongLong());
    const double duration = double(index.data(TraceSpanModel::DurationMsRole).toLongLong());
    const QRectF area = QRectF(opt.rect).adjusted(4, 4, -4, -4);
    QRectF bar(area.left() + area.width() * offset / total, area.top(),
               std::max(2.0, area.width() * duration / total), area.height());
    bar = bar.intersected(area);
    const QString name = index.siblingAtColumn(TraceSpanModel::Name).data().toString();
    const bool failed = index.data(TraceSpanModel::IsErrorRole).toBool();
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(failed ? QColor(0xc6, 0x28, 0x28) : common::SeriesPalette::color(name));
    painter->drawRect(bar);
    painter->restore();
}

QSize WaterfallDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    return {std::max(s.width(), 320), s.height()};
}

} // namespace keel::trace
