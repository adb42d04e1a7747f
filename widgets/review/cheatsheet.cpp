#include "cheatsheet.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keel::review {

QList<ShortcutHelp> reviewShortcutHelp()
{
    return {
        {CheatSheet::tr("A"), CheatSheet::tr("Approve the output as it is")},
        {CheatSheet::tr("E"), CheatSheet::tr("Edit: open the editor with the output and a word diff")},
        {CheatSheet::tr("S or X"), CheatSheet::tr("Escalate (tier and reason required, note optional)")},
        {CheatSheet::tr("R"), CheatSheet::tr("Reject with a reason code")},
        {CheatSheet::tr("Ctrl+Enter"), CheatSheet::tr("Submit the open edit, escalation or rejection")},
        {CheatSheet::tr("Esc"), CheatSheet::tr("Close the open form (the draft is kept)")},
        {CheatSheet::tr("Ctrl+Z"), CheatSheet::tr("Undo the last decision while it has not been sent")},
        {CheatSheet::tr("O"), CheatSheet::tr("Claim the open item again after its lease was lost")},
        {CheatSheet::tr("J or Down"), CheatSheet::tr("Next item")},
        {CheatSheet::tr("K or Up"), CheatSheet::tr("Previous item")},
        {CheatSheet::tr("F5"), CheatSheet::tr("Refresh queues and items")},
        {CheatSheet::tr("Ctrl+F"), CheatSheet::tr("Filter the items")},
        {CheatSheet::tr("?"), CheatSheet::tr("Show this sheet")},
    };
}

CheatSheet::CheatSheet(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Review shortcuts"));
    setObjectName(u"reviewCheatSheet"_s);
    auto *layout = new QVBoxLayout(this);
    const QList<ShortcutHelp> rows = reviewShortcutHelp();
    auto *table = new QTableWidget(int(rows.size()), 2, this);
    table->setObjectName(u"shortcutTable"_s);
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows.at(i).keys));
        table->setItem(i, 1, new QTableWidgetItem(rows.at(i).action));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 420);
}

} // namespace keel::review
