#include "valuedelegate.h"

#include <common/numberformat.h>
#include <spend/budgetmodel.h>
#include <spend/spendroles.h>

#include <QDateTime>
#include <QPainter>

using namespace Qt::StringLiterals;
using namespace keel::spend;

namespace keel::widgets {

QString ValueDelegate::formatted(const QModelIndex &index, const QLocale &locale)
{
    const QVariant raw = index.data(RawValueRole);
    const QVariant kind = index.data(ValueKindRole);
    if (!kind.isValid())
        return index.data(Qt::DisplayRole).toString();
    switch (ValueKind(kind.toInt())) {
    case ValueKind::Money: return common::formatMoney(raw.toLongLong(), locale, 2);
    case ValueKind::MoneyChange: return common::formatMoneyChange(raw.toLongLong(), locale, 2);
    case ValueKind::UnitCost: return common::formatMoney(raw.toLongLong(), locale, 4);
    case ValueKind::Count: return common::formatCount(raw.toLongLong(), locale);
    case ValueKind::Ratio: return common::formatPercent(raw.toDouble(), locale, 1);
    case ValueKind::SignedRatio: return common::formatSignedPercent(raw.toDouble(), locale, 1);
    case ValueKind::Date:
        return raw.toLongLong() == 0 ? QString(QChar(0x2013))
                                     : QDateTime::fromMSecsSinceEpoch(raw.toLongLong(), Qt::UTC).date().toString(Qt::ISODate);
    case ValueKind::DateTime:
        return QDateTime::fromMSecsSinceEpoch(raw.toLongLong(), Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case ValueKind::Text: {
        const QString t = raw.toString();
        return t.isEmpty() ? tr("(none)") : t;
    }
    }
    return raw.toString();
}

void ValueDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = formatted(index, option->locale);
}

QColor BudgetBarDelegate::stateColor(int state)
{
    switch (BudgetState(state)) {
    case BudgetState::Breached: return QColor(0xc6, 0x28, 0x28);
    case BudgetState::AtRisk: return QColor(0xe0, 0x8a, 0x00);
    case BudgetState::Ok: break;
    }
    return QColor(0x2e, 0x7d, 0x32);
}

void BudgetBarDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    ValueDelegate::initStyleOption(option, index);
    const int state = index.data(StatusRole).toInt();
    if (BudgetState(state) != BudgetState::Ok) {
        option->palette.setColor(QPalette::Text, stateColor(state).darker(110));
        option->font.setBold(true);
    }
}

void BudgetBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != BudgetModel::Used) {
        ValueDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const double used = index.data(FractionRole).toDouble();
    const double forecast = index.data(ForecastFractionRole).toDouble();
    const QColor color = stateColor(index.data(StatusRole).toInt());
    // The bar's full width is max(100%, forecast) so an overshoot is visible, with a line at 100%.
    const double scale = qMax(1.0, qMax(used, forecast));
    // The percentage sits right of the bar so it stays readable over any bar colour.
    const int textWidth = opt.fontMetrics.horizontalAdvance(u"1000.0%"_s) + 6;
    const QRect textRect(opt.rect.right() - textWidth, opt.rect.top(), textWidth, opt.rect.height());
    const QRect r = opt.rect.adjusted(4, 4, -textWidth - 4, -4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(r, opt.palette.alternateBase());
    QRect bar = r;
    bar.setWidth(int(r.width() * qBound(0.0, used / scale, 1.0)));
    painter->fillRect(bar, color);
    painter->setPen(QPen(opt.palette.text().color(), 1));
    const int budgetX = r.left() + int(r.width() / scale);
    painter->drawLine(budgetX, r.top() - 2, budgetX, r.bottom() + 2);
    painter->setPen(QPen(color.darker(140), 2, Qt::DashLine));
    const int forecastX = r.left() + int(r.width() * qBound(0.0, forecast / scale, 1.0));
    painter->drawLine(forecastX, r.top(), forecastX, r.bottom());
    painter->setPen(opt.palette.text().color());
    painter->setFont(opt.font);
    painter->drawText(textRect.adjusted(0, 0, -3, 0), Qt::AlignVCenter | Qt::AlignRight, opt.text);
    painter->restore();
}

} // namespace keel::widgets
