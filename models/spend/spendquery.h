#pragma once
// What the FinOps lead is looking at: one filter set that every chart and table of the spend
// dashboard applies at once, remembered between runs.
#include <QDate>
#include <QStringList>

#include <optional>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace keel::spend {

inline constexpr qint64 kDayMs = 86'400'000;

enum class Granularity { Day, Week, Month };
// The spend_daily columns a chart can be stacked by.
enum class Dimension { Model, UseCase, Team, CustomerSegment };

struct SpendQuery {
    QDate from;                  // first day, UTC, inclusive
    QDate to;                    // last day, UTC, inclusive
    QStringList teams;           // empty = every team
    QStringList useCases;
    QStringList models;
    QStringList segments;        // customer segments
    Granularity granularity = Granularity::Day;
    Dimension groupBy = Dimension::Model;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    qint64 fromMs() const;          // UTC midnight of `from`
    qint64 toMsExclusive() const;   // UTC midnight after `to`
    int days() const { return int(from.daysTo(to)) + 1; }
    // The same number of days immediately before this range, same filters.
    SpendQuery previousPeriod() const;
    bool operator==(const SpendQuery &) const = default;

    // QSettings group "spend/filters".
    void save(QSettings &settings) const;
    // The saved query, or the last 30 days ending `today` grouped by model when none is saved.
    static SpendQuery load(QSettings &settings, QDate today);
    static SpendQuery lastDays(int days, QDate today);
};

QString dimensionColumn(Dimension d);              // "model", "use_case", "team", "customer_segment"
QString dimensionTitle(Dimension d);               // "Model", "Use case", … (translated)
std::optional<Dimension> dimensionFromColumn(const QString &column);
QString granularityName(Granularity g);            // "day", "week", "month"
std::optional<Granularity> granularityFromName(const QString &name);

// UTC milliseconds of the start of the period holding `dayMs`: the day itself, the Monday of
// its ISO week, or the 1st of its month.
qint64 periodStartMs(qint64 dayMs, Granularity g);
// The period after the one starting at `periodStart`.
qint64 nextPeriodMs(qint64 periodStart, Granularity g);
qint64 dateToMs(QDate date);
QDate msToDate(qint64 ms);

} // namespace keel::spend
