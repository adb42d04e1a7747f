#include "spendfilterbar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <clock.h>

using namespace Qt::StringLiterals;
using namespace keel::spend;

namespace keel::widgets {

namespace {
constexpr int kFields = 4;

// Action and button texts treat '&' as a shortcut marker; team names like "R&D" must show as is.
QString literal(const QString &text)
{
    QString t = text;
    return t.replace(u'&', u"&&"_s);
}
}

SpendFilterBar::SpendFilterBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_range = new QComboBox(this);
    m_range->addItems({tr("Custom range"), tr("Last 7 days"), tr("Last 30 days"), tr("This month"),
                       tr("Last month"), tr("Last 90 days"), tr("Last 365 days")});
    m_range->setAccessibleName(tr("Quick date range"));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    layout->addWidget(m_range);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);

    for (int f = 0; f < kFields; ++f) {
        auto *b = new QToolButton(this);
        b->setPopupMode(QToolButton::InstantPopup);
        b->setMenu(new QMenu(b));
        m_buttons.insert(f, b);
        layout->addWidget(b);
        updateButtonText(Field(f));
    }

    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Stack by"), this));
    m_groupBy = new QComboBox(this);
    for (Dimension d : {Dimension::Model, Dimension::UseCase, Dimension::Team, Dimension::CustomerSegment})
        m_groupBy->addItem(dimensionTitle(d), int(d));
    layout->addWidget(m_groupBy);
    m_granularity = new QComboBox(this);
    m_granularity->addItem(tr("Daily"), int(Granularity::Day));
    m_granularity->addItem(tr("Weekly"), int(Granularity::Week));
    m_granularity->addItem(tr("Monthly"), int(Granularity::Month));
    layout->addWidget(m_granularity);
    layout->addWidget(new QLabel(tr("Show"), this));
    m_metric = new QComboBox(this);
    m_metric->addItems({tr("Cost"), tr("Tokens"), tr("Requests")});
    layout->addWidget(m_metric);
    layout->addStretch(1);

    connect(m_range, &QComboBox::activated, this, [this](int i) { applyQuickRange(i); });
    connect(m_from, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (m_updating)
            return;
        m_query.from = d;
        if (m_query.to < d)
            m_query.to = d;
        m_range->setCurrentIndex(0);
        emitChanged();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (m_updating)
            return;
        m_query.to = d;
        if (m_query.from > d)
            m_query.from = d;
        m_range->setCurrentIndex(0);
        emitChanged();
    });
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_query.groupBy = Dimension(m_groupBy->currentData().toInt());
        emitChanged();
    });
    connect(m_granularity, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_query.granularity = Granularity(m_granularity->currentData().toInt());
        emitChanged();
    });
}

QString SpendFilterBar::fieldTitle(Field f) const
{
    switch (f) {
    case Field::Teams: return tr("Team");
    case Field::UseCases: return tr("Use case");
    case Field::Models: return tr("Model");
    case Field::Segments: return tr("Segment");
    }
    return {};
}

QStringList &SpendFilterBar::selection(Field f)
{
    switch (f) {
    case Field::Teams: return m_query.teams;
    case Field::UseCases: return m_query.useCases;
    case Field::Models: return m_query.models;
    case Field::Segments: break;
    }
    return m_query.segments;
}

QStringList SpendFilterBar::options(Field f) const
{
    switch (f) {
    case Field::Teams: return m_options.teams;
    case Field::UseCases: return m_options.useCases;
    case Field::Models: return m_options.models;
    case Field::Segments: break;
    }
    return m_options.segments;
}

void SpendFilterBar::updateButtonText(Field f)
{
    const QStringList &sel = selection(f);
    QString text;
    if (sel.isEmpty())
        text = tr("%1: all").arg(fieldTitle(f));
    else if (sel.size() == 1)
        text = tr("%1: %2").arg(fieldTitle(f), literal(sel.first()));
    else
        text = tr("%1: %n selected", nullptr, int(sel.size())).arg(fieldTitle(f));
    m_buttons.value(int(f))->setText(text);
}

void SpendFilterBar::rebuildMenu(Field f)
{
    QMenu *menu = m_buttons.value(int(f))->menu();
    menu->clear();
    QAction *all = menu->addAction(tr("All"));
    // Queued: selecting rebuilds this menu, which must not delete the action mid-signal.
    connect(all, &QAction::triggered, this, [this, f] {
        QMetaObject::invokeMethod(this, [this, f] { selectValues(f, {}); }, Qt::QueuedConnection);
    });
    menu->addSeparator();
    QStringList values = options(f);
    for (const QString &s : std::as_const(selection(f)))
        if (!values.contains(s))
            values << s;
    for (const QString &v : std::as_const(values)) {
        QAction *a = menu->addAction(v.isEmpty() ? tr("(none)") : literal(v));
        a->setCheckable(true);
        a->setChecked(selection(f).contains(v));
        connect(a, &QAction::toggled, this, [this, f, v](bool on) {
            QStringList sel = selection(f);
            if (on && !sel.contains(v))
                sel << v;
            if (!on)
                sel.removeAll(v);
            QMetaObject::invokeMethod(this, [this, f, sel] { selectValues(f, sel); }, Qt::QueuedConnection);
        });
    }
    updateButtonText(f);
}

void SpendFilterBar::selectValues(Field f, const QStringList &values)
{
    QStringList sorted = values;
    sorted.sort();
    if (selection(f) == sorted)
        return;
    selection(f) = sorted;
    rebuildMenu(f);
    emitChanged();
}

void SpendFilterBar::setOptions(const FilterOptions &options)
{
    m_options = options;
    for (int f = 0; f < kFields; ++f)
        rebuildMenu(Field(f));
}

void SpendFilterBar::setQuery(const SpendQuery &q)
{
    m_updating = true;
    m_query = q;
    m_from->setDate(q.from);
    m_to->setDate(q.to);
    m_groupBy->setCurrentIndex(m_groupBy->findData(int(q.groupBy)));
    m_granularity->setCurrentIndex(m_granularity->findData(int(q.granularity)));
    for (int f = 0; f < kFields; ++f)
        rebuildMenu(Field(f));
    m_updating = false;
}

void SpendFilterBar::applyQuickRange(int index)
{
    // Ranges end at the newest day in the cache (today for a live cache).
    const QDate end = m_options.lastDay.isValid() ? m_options.lastDay : keel::clock::todayLocal();
    SpendQuery q = m_query;
    switch (index) {
    case 1: q.from = end.addDays(-6); q.to = end; break;
    case 2: q.from = end.addDays(-29); q.to = end; break;
    case 3: q.from = QDate(end.year(), end.month(), 1); q.to = end; break;
    case 4: {
        const QDate first = QDate(end.year(), end.month(), 1).addMonths(-1);
        q.from = first;
        q.to = first.addMonths(1).addDays(-1);
        break;
    }
    case 5: q.from = end.addDays(-89); q.to = end; break;
    case 6: q.from = end.addDays(-364); q.to = end; break;
    default: return;
    }
    setQuery(q);
    m_range->setCurrentIndex(index);
    emitChanged();
}

void SpendFilterBar::emitChanged()
{
    Q_EMIT queryChanged(m_query);
}

} // namespace keel::widgets
