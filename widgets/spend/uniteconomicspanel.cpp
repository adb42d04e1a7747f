#include "uniteconomicspanel.h"

#include "valuedelegate.h"

#include <common/numberformat.h>
#include <spend/drivermodel.h>
#include <spend/spendsortproxy.h>

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace keel::spend;

namespace keel::widgets {

UnitEconomicsPanel::UnitEconomicsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    auto *form = new QFormLayout;
    const QStringList titles{tr("Cost per request"), tr("Cost per 1k tokens"), tr("Cache savings"),
                             tr("Premium models' share of requests"), tr("Premium models' share of spend"),
                             tr("Premium models")};
    for (const QString &t : titles) {
        auto *label = new QLabel(t, this);
        auto *value = new QLabel(QString(QChar(0x2013)), this);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        form->addRow(label, value);
        m_rows.append(qMakePair(label, value));
    }
    layout->addLayout(form, 1);
    m_model = new DriverModel(tr("Use case"), this);
    m_proxy = new SpendSortProxy(this);
    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new ValueDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DriverModel::Cost, Qt::DescendingOrder);
    for (int c : {int(DriverModel::Detail), int(DriverModel::Previous), int(DriverModel::Change), int(DriverModel::ChangeRatio)})
        m_table->setColumnHidden(c, true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Spend per use case"));
    layout->addWidget(m_table, 2);
}

void UnitEconomicsPanel::setEconomics(const UnitEconomics &u)
{
    const QLocale locale;
    const QStringList values{
        common::formatMoney(u.costPerRequest, locale, 4),
        common::formatMoney(u.costPer1kTokens, locale, 4),
        tr("%1 (%2 of what the traffic would have cost)")
            .arg(common::formatMoney(u.cacheSavings, locale, 2), common::formatPercent(u.cacheSavingsShare, locale)),
        common::formatPercent(u.premiumRequestShare, locale),
        common::formatPercent(u.premiumCostShare, locale),
        u.premiumModels.isEmpty() ? tr("none") : u.premiumModels.join(u", "_s)};
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows[i].second->setText(values.value(i));
    m_model->setRows(DriverModel::fromUseCases(u.perUseCase));
    m_table->resizeColumnsToContents();
}

QString UnitEconomicsPanel::summaryText() const
{
    QStringList lines;
    for (const auto &[label, value] : m_rows)
        lines << label->text() + u": "_s + value->text();
    return lines.join(u'\n');
}

} // namespace keel::widgets
