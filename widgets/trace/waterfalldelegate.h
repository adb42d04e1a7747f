#pragma once
// Draws a span's bar in the Timeline column: offset and length relative to the whole trace,
// red for spans that failed.
#include <QStyledItemDelegate>

namespace keel::trace {

class WaterfallDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace keel::trace
