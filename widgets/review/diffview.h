#pragma once
// Shows a word diff of the original output against the reviewer's edit: removed words struck
// through in red, inserted words underlined in green. Text goes in through QTextCursor with
// character formats, never as HTML, so model output cannot inject markup.
#include <review/worddiff.h>

#include <QPlainTextEdit>

namespace keel::review {

class DiffView : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit DiffView(QWidget *parent = nullptr);
    void showDiff(const QList<DiffSegment> &segments);
};

} // namespace keel::review
