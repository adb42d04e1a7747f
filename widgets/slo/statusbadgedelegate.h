#pragma once
// Draws the SLO status as a coloured badge with its text (PAGE / TICKET / OK), so the state
// reads without colour too.
#include <QStyledItemDelegate>

namespace keel::slo::widgets {

class StatusBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    static QColor colorFor(const QString &alertLevel); // "page" | "ticket" | "ok" | other
};

} // namespace keel::slo::widgets
