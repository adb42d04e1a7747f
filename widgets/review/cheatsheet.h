#pragma once
// The "?" sheet: every shortcut of the review workspace, in one table.
#include <QDialog>
#include <QList>
#include <QPair>

namespace keel::review {

struct ShortcutHelp {
    QString keys;   // "S or X"
    QString action; // "Escalate (tier and reason required)"
};

QList<ShortcutHelp> reviewShortcutHelp();

class CheatSheet : public QDialog {
    Q_OBJECT
public:
    explicit CheatSheet(QWidget *parent = nullptr);
};

} // namespace keel::review
