#pragma once
// Message boxes whose text may hold a server's words (problem details, file-system errors,
// display names): QMessageBox guesses rich text from a "<", so "<img src=…>" in a server's
// detail would be rendered. These always show the text as typed.
#include <QString>

class QMessageBox;
class QWidget;

namespace keel::widgets {

// A window-modal warning, shown without blocking the event loop; deletes itself when closed.
QMessageBox *showPlainWarning(QWidget *parent, const QString &title, const QString &text);

} // namespace keel::widgets
