#pragma once
// The one filter set of the spend dashboard: date range (with quick ranges), team, use case,
// model, segment, group-by and granularity. Every change emits queryChanged() once.
#include <spend/spendtypes.h>

#include <QHash>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateEdit;
class QMenu;
class QToolButton;
QT_END_NAMESPACE

namespace keel::widgets {

class SpendFilterBar : public QWidget {
    Q_OBJECT
public:
    enum class Field { Teams, UseCases, Models, Segments };
    explicit SpendFilterBar(QWidget *parent = nullptr);

    keel::spend::SpendQuery query() const { return m_query; }
    void setQuery(const keel::spend::SpendQuery &query); // no signal
    // The values each filter offers (from the cache); selections not offered are kept.
    void setOptions(const keel::spend::FilterOptions &options);
    QComboBox *metricBox() const { return m_metric; }
    QComboBox *groupByBox() const { return m_groupBy; }
    QComboBox *granularityBox() const { return m_granularity; }
    QComboBox *rangeBox() const { return m_range; }
    QToolButton *filterButton(Field field) const { return m_buttons.value(int(field)); }
    // Selects `values` for a filter as a user would, emitting queryChanged().
    void selectValues(Field field, const QStringList &values);

Q_SIGNALS:
    void queryChanged(const keel::spend::SpendQuery &query);

private:
    void emitChanged();
    void applyQuickRange(int index);
    void rebuildMenu(Field field);
    QStringList &selection(Field field);
    QStringList options(Field field) const;
    QString fieldTitle(Field field) const;
    void updateButtonText(Field field);

    keel::spend::SpendQuery m_query;
    keel::spend::FilterOptions m_options;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_range = nullptr;
    QComboBox *m_groupBy = nullptr;
    QComboBox *m_granularity = nullptr;
    QComboBox *m_metric = nullptr;
    QHash<int, QToolButton *> m_buttons;
    bool m_updating = false;
};

} // namespace keel::widgets
