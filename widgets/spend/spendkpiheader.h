#pragma once
// The four numbers a FinOps lead reads first: spend in range, change vs the previous period,
// the forecast for this month, and how many budgets are breached or at risk.
#include <spend/spendtypes.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace keel::widgets {

class SpendKpiHeader : public QWidget {
    Q_OBJECT
public:
    explicit SpendKpiHeader(QWidget *parent = nullptr);
    void setSnapshot(const keel::spend::SpendSnapshot &snapshot);
    void clear();
    // What the budget tile says when there are none (e.g. "Langfuse keeps no budgets").
    void setNoBudgetsText(const QString &text) { m_noBudgets = text; }

    // Tile texts, for tests and accessibility: {title, value, detail} per tile.
    QStringList tileText(int tile) const;

private:
    struct Tile { QLabel *title; QLabel *value; QLabel *detail; };
    Tile addTile(const QString &title);
    QList<Tile> m_tiles;
    QString m_noBudgets;
};

} // namespace keel::widgets
