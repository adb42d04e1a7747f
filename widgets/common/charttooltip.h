#pragma once
// Tooltips for chart points. Series names and values come from platform data, so the text is
// always shown as plain text (escaped), never interpreted as markup.
#include <QPair>
#include <QPointF>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QChartView;
class QAbstractSeries;
QT_END_NAMESPACE

namespace keel::common {

class ChartTooltip {
public:
    // A title line and aligned "label: value" lines, e.g. {"Day", "2026-11-02"}, {"Cost", "$1,234.56"}.
    static QString compose(const QString &title, const QList<QPair<QString, QString>> &rows);
    // Markup that shows `plainText` literally (escaped, line breaks kept).
    static QString toSafeHtml(const QString &plainText);
    // Shows `plainText` next to the chart value `value` of `series` in `view`.
    static void show(QChartView *view, QAbstractSeries *series, const QPointF &value,
                     const QString &plainText);
    static void hide();
    // The last text shown (tests and accessibility read it).
    static QString lastText();
};

} // namespace keel::common
