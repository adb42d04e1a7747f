#pragma once
// Server words in a tooltip. Qt renders a tooltip as rich text whenever Qt::mightBeRichText()
// guesses so (any "<tag"), and a tooltip cannot be told otherwise; so text that may come from a
// platform (names, errors, span attributes) goes in as escaped HTML that shows it verbatim,
// line breaks and runs of spaces included.
#include <QString>

namespace keel {

inline QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return text; // no tooltip at all
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace keel
