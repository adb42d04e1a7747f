#include "diffview.h"

#include <QTextCharFormat>
#include <QTextCursor>

using namespace Qt::StringLiterals;

namespace keel::review {

DiffView::DiffView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setObjectName(u"diffView"_s);
}

void DiffView::showDiff(const QList<DiffSegment> &segments)
{
    clear();
    QTextCursor cursor(document());
    QTextCharFormat plain;
    QTextCharFormat removed;
    removed.setForeground(QColor(0x8a, 0x1c, 0x1c));
    removed.setBackground(QColor(0xfd, 0xe2, 0xe1));
    removed.setFontStrikeOut(true);
    QTextCharFormat inserted;
    inserted.setForeground(QColor(0x1e, 0x5e, 0x2f));
    inserted.setBackground(QColor(0xdf, 0xf3, 0xe3));
    inserted.setFontUnderline(true);
    cursor.beginEditBlock();
    for (const DiffSegment &s : segments) {
        switch (s.kind) {
        case DiffSegment::Kind::Equal: cursor.insertText(s.text, plain); break;
        case DiffSegment::Kind::Removed: cursor.insertText(s.text, removed); break;
        case DiffSegment::Kind::Inserted: cursor.insertText(s.text, inserted); break;
        }
    }
    cursor.endEditBlock();
    moveCursor(QTextCursor::Start);
}

} // namespace keel::review
