#include "spendkpiheader.h"

#include <common/numberformat.h>

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace keel::spend;

namespace keel::widgets {

SpendKpiHeader::SpendKpiHeader(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tiles << addTile(tr("Spend in range")) << addTile(tr("Change vs previous period"))
            << addTile(tr("Forecast for this month")) << addTile(tr("Budgets"));
    clear();
}

SpendKpiHeader::Tile SpendKpiHeader::addTile(const QString &title)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *v = new QVBoxLayout(frame);
    Tile t{new QLabel(title, frame), new QLabel(frame), new QLabel(frame)};
    for (QLabel *l : {t.title, t.value, t.detail})
        l->setTextFormat(Qt::PlainText);
    QFont big = t.value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    t.value->setFont(big);
    v->addWidget(t.title);
    v->addWidget(t.value);
    v->addWidget(t.detail);
    static_cast<QHBoxLayout *>(layout())->addWidget(frame, 1);
    return t;
}

void SpendKpiHeader::clear()
{
    for (const Tile &t : std::as_const(m_tiles)) {
        t.value->setText(QString(QChar(0x2013)));
        t.detail->clear();
    }
}

QStringList SpendKpiHeader::tileText(int tile) const
{
    const Tile &t = m_tiles.at(tile);
    return {t.title->text(), t.value->text(), t.detail->text()};
}

void SpendKpiHeader::setSnapshot(const SpendSnapshot &s)
{
    const QLocale locale;
    const SpendCell &cur = s.totals.current;
    m_tiles[0].value->setText(common::formatMoney(cur.cost, locale, 2));
    m_tiles[0].detail->setText(tr("%1 requests · %2 tokens")
                                   .arg(common::formatCountCompact(double(cur.requests), locale),
                                        common::formatCountCompact(double(cur.tokens()), locale)));

    const double change = s.totals.costChange();
    m_tiles[1].value->setText(std::isfinite(change) ? common::formatSignedPercent(change, locale, 1)
                                                    : QString(QChar(0x2013)));
    if (s.totals.previousComplete)
        m_tiles[1].detail->setText(tr("%1 vs %2 in the %n day(s) before", nullptr, s.query.days())
                                       .arg(common::formatMoneyChange(cur.cost - s.totals.previous.cost, locale, 2),
                                            common::formatMoney(s.totals.previous.cost, locale, 2)));
    else
        m_tiles[1].detail->setText(tr("The cache does not cover the %n day(s) before; pick a later range to compare.",
                                      nullptr, s.query.days()));
    QPalette p = m_tiles[1].value->palette();
    p.setColor(QPalette::WindowText, std::isfinite(change) && change > 0.1 ? QColor(0xc6, 0x28, 0x28) : palette().color(QPalette::WindowText));
    m_tiles[1].value->setPalette(p);

    m_tiles[2].value->setText(common::formatMoney(s.monthForecast, locale, 0));
    m_tiles[2].detail->setText(tr("%1 so far in %2")
                                   .arg(common::formatMoney(s.monthToDate, locale, 0),
                                        locale.toString(s.asOf.date(), u"MMMM yyyy"_s)));

    int breached = 0, atRisk = 0;
    for (const BudgetStatus &b : s.budgets) {
        breached += b.state == BudgetState::Breached;
        atRisk += b.state == BudgetState::AtRisk;
    }
    if (s.budgets.isEmpty()) {
        m_tiles[3].value->setText(tr("None"));
        m_tiles[3].detail->setText(m_noBudgets.isEmpty() ? tr("no budget is set for this month") : m_noBudgets);
        return;
    }
    m_tiles[3].value->setText(tr("%1 breached · %2 at risk").arg(breached).arg(atRisk));
    m_tiles[3].detail->setText(tr("of %n budget(s) this month", nullptr, int(s.budgets.size())));
}

} // namespace keel::widgets
