#include "charttooltip.h"

#include <QChart>
#include <QChartView>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace keel::common {
namespace {
QString &lastTextRef()
{
    static QString text;
    return text;
}
} // namespace

QString ChartTooltip::compose(const QString &title, const QList<QPair<QString, QString>> &rows)
{
    QStringList lines;
    if (!title.isEmpty())
        lines << title;
    for (const auto &[label, value] : rows)
        lines << label + u": "_s + value;
    return lines.join(u'\n');
}

QString ChartTooltip::toSafeHtml(const QString &plainText)
{
    // <qt> forces rich-text mode so the escaping is honoured whatever the text looks like.
    QString escaped = plainText.toHtmlEscaped();
    escaped.replace(u'\n', u"<br>"_s);
    return u"<qt><p style='white-space:pre'>"_s + escaped + u"</p></qt>"_s;
}

void ChartTooltip::show(QChartView *view, QAbstractSeries *series, const QPointF &value,
                        const QString &plainText)
{
    lastTextRef() = plainText;
    if (!view || !view->chart())
        return;
    const QPointF scenePos = view->chart()->mapToPosition(value, series);
    const QPoint global = view->viewport()->mapToGlobal(view->mapFromScene(scenePos));
    QToolTip::showText(global + QPoint(12, 12), toSafeHtml(plainText), view);
}

void ChartTooltip::hide()
{
    QToolTip::hideText();
}

QString ChartTooltip::lastText()
{
    return lastTextRef();
}

} // namespace keel::common
