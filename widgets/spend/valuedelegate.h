#pragma once
// Formats the spend models' raw values for people: money and counts by locale, ratios as
// percentages, dates in ISO form. The models keep exact values; only this delegate formats.
#include <QStyledItemDelegate>

namespace keel::widgets {

class ValueDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    // The text a person sees for an index of a spend model.
    static QString formatted(const QModelIndex &index, const QLocale &locale);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// The budgets table: the "Used" column as a bar (actual, with a tick at the forecast), and
// breached / at-risk rows in red / amber so they stand out.
class BudgetBarDelegate : public ValueDelegate {
    Q_OBJECT
public:
    using ValueDelegate::ValueDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    static QColor stateColor(int state);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace keel::widgets
