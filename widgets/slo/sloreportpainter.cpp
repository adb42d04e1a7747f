#include "sloreportpainter.h"

#include <slo/burnalertpolicy.h>
#include <slo/incidentfinder.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>
#include <clock.h>

using namespace Qt::StringLiterals;

namespace keel::slo {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("keel::slo::SloReport", text); }
QString pct(double f, int d = 2) { return QLocale().toString(f * 100.0, 'f', d) + u'%'; }
QString utc(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"MMM d HH:mm"_s); }

struct MonthRange {
    qint64 from = 0;
    qint64 to = 0;
};

// Budget used inside the month: remaining at the month's first point minus at its last, as a
// fraction of the SLO window's budget. nullopt when the burn-down does not reach the month.
std::optional<double> budgetUsedIn(const domain::SloStatus &s, MonthRange m)
{
    std::optional<double> first, last;
    double before = 1.0;
    for (const auto &p : s.budgetBurndown) {
        if (p.ts < m.from)
            before = p.remaining;
        else if (p.ts <= m.to) {
            if (!first)
                first = before;
            last = p.remaining;
        }
    }
    if (!first || !last)
        return std::nullopt;
    return *first - *last;
}

class Writer {
public:
    Writer(QPdfWriter &pdf)
        : m_pdf(pdf)
        , m_painter(&pdf)
    {
        m_width = pdf.width();
        m_height = pdf.height();
    }
    bool ok() const { return m_painter.isActive(); }
    QPainter &painter() { return m_painter; }
    int width() const { return m_width; }

    void newPage()
    {
        m_pdf.newPage();
        m_y = 0;
    }
    void text(const QString &s, int pointSize = 10, bool bold = false, QColor color = Qt::black)
    {
        QFont f(u"DejaVu Sans"_s);
        f.setPointSize(pointSize);
        f.setBold(bold);
        m_painter.setFont(f);
        m_painter.setPen(color);
        const QRect bounds = m_painter.boundingRect(QRect(0, m_y, m_width, m_height), Qt::TextWordWrap, s);
        if (m_y + bounds.height() > m_height)
            newPage();
        m_painter.drawText(QRect(0, m_y, m_width, bounds.height()), Qt::TextWordWrap, s);
        m_y += bounds.height() + bounds.height() / 5;
    }
    void gap(int px) { m_y += px; }
    int y() const { return m_y; }
    void advance(int px) { m_y += px; }
    bool fits(int px) const { return m_y + px <= m_height; }

private:
    QPdfWriter &m_pdf;
    QPainter m_painter;
    int m_width = 0;
    int m_height = 0;
    int m_y = 0;
};

void drawBurndown(Writer &w, const domain::SloStatus &s, MonthRange month)
{
    const int h = w.width() / 4;
    if (!w.fits(h + 40))
        w.newPage();
    QPainter &p = w.painter();
    const QRect box(60, w.y(), w.width() - 80, h);
    p.setPen(QPen(Qt::gray, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(box);
    if (s.budgetBurndown.size() >= 2) {
        const qint64 t0 = s.budgetBurndown.front().ts, t1 = s.budgetBurndown.back().ts;
        double lo = 0, hi = 1;
        for (const auto &b : s.budgetBurndown) {
            lo = std::min(lo, b.remaining);
            hi = std::max(hi, b.remaining);
        }
        auto map = [&](qint64 t, double v) {
            const double x = box.left() + double(t - t0) / double(std::max<qint64>(1, t1 - t0)) * box.width();
            const double y = box.bottom() - (v - lo) / std::max(1e-9, hi - lo) * box.height();
            return QPointF(x, y);
        };
        // The reported month, shaded, so the reader sees which part of the window it covers.
        const qint64 m0 = std::max(month.from, t0), m1 = std::min(month.to, t1);
        if (m1 > m0)
            p.fillRect(QRectF(map(m0, hi), map(m1, lo)).normalized(), QColor(30, 100, 200, 30));
        p.setPen(QPen(Qt::lightGray, 1, Qt::DashLine));
        p.drawLine(map(t0, 0), map(t1, 0)); // budget exhausted
        QPainterPath path(map(s.budgetBurndown.front().ts, s.budgetBurndown.front().remaining));
        for (const auto &b : s.budgetBurndown)
            path.lineTo(map(b.ts, b.remaining));
        p.setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
        p.drawPath(path);
        QFont f(u"DejaVu Sans"_s);
        f.setPointSize(7);
        p.setFont(f);
        p.setPen(Qt::darkGray);
        p.drawText(QRect(0, box.top(), 55, 20), Qt::AlignRight, pct(hi, 0));
        p.drawText(QRect(0, box.bottom() - 20, 55, 20), Qt::AlignRight, pct(lo, 0));
        p.drawText(QRect(box.left(), box.bottom() + 2, 300, 20), Qt::AlignLeft, utc(t0));
        p.drawText(QRect(box.right() - 300, box.bottom() + 2, 300, 20), Qt::AlignRight, utc(t1) + tr(" UTC"));
    } else {
        p.drawText(box, Qt::AlignCenter, tr("no burn-down data"));
    }
    w.advance(h + 40);
    w.text(tr("Error budget remaining over the SLO window (shaded: the reported month)."), 8, false, Qt::darkGray);
}

} // namespace

QString paintSloReport(const SloReportData &data, const QString &path, const std::atomic<bool> &cancelled,
                       int *sectionsWritten)
{
    *sectionsWritten = 0;
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setTitle(tr("Keel SLO report %1").arg(data.monthStart.toString(u"yyyy-MM"_s)));
    pdf.setCreator(u"Keel"_s);
    Writer w(pdf);
    if (!w.ok())
        return tr("cannot write %1").arg(QFileInfo(path).absoluteFilePath());
    const MonthRange month{QDateTime(data.monthStart, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(),
                           QDateTime(data.monthStart.addMonths(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()};
    const QString monthName = QLocale().toString(data.monthStart, u"MMMM yyyy"_s);

    w.text(tr("SLO report — %1").arg(monthName), 18, true);
    w.text(tr("Generated %1 UTC from %2.").arg(keel::clock::nowUtc().toString(u"yyyy-MM-dd HH:mm"_s), data.sourceText), 9,
           false, Qt::darkGray);
    w.gap(20);
    w.text(tr("Summary"), 13, true);
    // Burning SLOs first, as on the dashboard.
    QList<SloInfo> ordered = data.slos;
    auto rank = [&](const SloInfo &s) {
        const auto it = data.status.constFind(s.id);
        return it == data.status.constEnd() ? 0 : int(alertLevelFromString(it->alert));
    };
    std::stable_sort(ordered.begin(), ordered.end(), [&](const SloInfo &a, const SloInfo &b) { return rank(a) > rank(b); });
    for (const auto &s : std::as_const(ordered)) {
        const auto it = data.status.constFind(s.id);
        if (it == data.status.constEnd()) {
            w.text(tr("%1 — status unavailable: %2").arg(s.name, data.errors.value(s.id)), 9);
            continue;
        }
        w.text(tr("%1 [%2] — objective %3, attainment %4, budget left %5, status %6")
                   .arg(s.name, s.layer, pct(s.objective), pct(it->attainment, 3), pct(it->errorBudgetRemaining, 1),
                        QString::fromStdString(it->alert).toUpper()),
               9);
    }
    w.gap(20);
    w.text(tr("Review decisions"), 13, true);
    if (!data.queuesError.isEmpty()) {
        w.text(tr("Review queue counts unavailable: %1").arg(data.queuesError), 9);
    } else {
        qint64 decided = 0, escalated = 0, pending = 0;
        for (const auto &q : data.queues) {
            decided += q.decided;
            escalated += q.escalated;
            pending += q.pending + q.claimed;
            w.text(tr("%1 (%2 risk, SLA %3 min): %4 decided, %5 escalated, %6 pending, %7 in review")
                       .arg(QString::fromStdString(q.name), QString::fromStdString(q.riskTier))
                       .arg(q.slaMinutes).arg(q.decided).arg(q.escalated).arg(q.pending).arg(q.claimed),
                   9);
        }
        w.text(tr("All queues: %1 decided, %2 escalated, %3 open.").arg(decided).arg(escalated).arg(pending), 9, true);
    }

    for (const auto &s : std::as_const(ordered)) {
        if (cancelled.load())
            return tr("cancelled");
        w.newPage();
        w.text(tr("SLO: %1").arg(s.name), 15, true);
        w.text(tr("Layer %1 · objective %2 over %3 days · id %4").arg(s.layer, pct(s.objective)).arg(s.windowDays).arg(s.id), 9,
               false, Qt::darkGray);
        if (!s.description.isEmpty())
            w.text(s.description, 10);
        w.text(tr("SLI: %1").arg(s.sli), 9);
        const auto it = data.status.constFind(s.id);
        if (it == data.status.constEnd()) {
            w.text(tr("Status unavailable: %1").arg(data.errors.value(s.id)), 10, true, QColor(0xb0, 0, 0x20));
            ++*sectionsWritten;
            continue;
        }
        const auto &st = *it;
        w.gap(10);
        w.text(tr("Attainment over the %1 window as of %2 UTC: %3 (%4 good of %5 events)")
                   .arg(QString::fromStdString(st.window), utc(st.asOf), pct(st.attainment, 3))
                   .arg(st.goodEvents).arg(st.totalEvents),
               10);
        w.text(tr("Error budget left: %1 · status: %2").arg(pct(st.errorBudgetRemaining, 1), QString::fromStdString(st.alert).toUpper()),
               10, true);
        const auto used = budgetUsedIn(st, month);
        w.text(used ? tr("Budget used in %1: %2 of the window's budget").arg(monthName, pct(*used, 1))
                    : tr("Budget used in %1: no data for this month in the current window").arg(monthName),
               10);
        QStringList burns;
        for (const auto &b : st.burnRates)
            burns << QString::fromStdString(b.window) + u' ' + (b.hasData ? QLocale().toString(b.rate, 'f', 2) + u'×' : tr("no data"));
        w.text(tr("Burn rates now: %1").arg(burns.join(u" · "_s)), 9);

        const auto rules = burnAlertRules(s.windowDays);
        QList<BurnPeriod> periods;
        for (const auto &p : findBurnPeriods(st.budgetBurndown, s.windowDays, 1.0))
            if (p.toMs > month.from && p.fromMs < month.to)
                periods.append(p);
        w.gap(6);
        w.text(tr("Burn periods in %1 (burn ≥ 1×; incidents reach the page threshold %2×):").arg(monthName).arg(rules[1].threshold),
               10, true);
        if (periods.isEmpty())
            w.text(tr("none — the budget was spent no faster than the objective allows."), 9);
        std::stable_sort(periods.begin(), periods.end(), [](const BurnPeriod &a, const BurnPeriod &b) { return a.budgetUsed > b.budgetUsed; });
        for (qsizetype i = 0; i < std::min<qsizetype>(periods.size(), 8); ++i) {
            const auto &p = periods[i];
            const bool incident = p.peakBurn >= rules[1].threshold;
            w.text(tr("%1%2 – %3 UTC: peak burn %4×, %5 of the budget")
                       .arg(incident ? tr("INCIDENT ") : QString(), utc(p.fromMs), utc(p.toMs))
                       .arg(p.peakBurn, 0, 'f', 1).arg(pct(p.budgetUsed, 1)),
                   9, incident, incident ? QColor(0xb0, 0, 0x20) : Qt::black);
        }
        if (periods.size() > 8) {
            // A plain variable: Qt 6.4's lupdate skips (or hangs on) an expression as the count.
            const int more = int(periods.size() - 8);
            w.text(QCoreApplication::translate("keel::slo::SloReport", "… and %n more shorter period(s).", nullptr, more), 9);
        }
        w.gap(10);
        drawBurndown(w, st, month);
        ++*sectionsWritten;
    }
    return {};
}

} // namespace keel::slo
