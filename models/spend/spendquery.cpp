#include "spendquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace keel::spend {

qint64 dateToMs(QDate date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

QDate msToDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
}

qint64 SpendQuery::fromMs() const
{
    return dateToMs(from);
}

qint64 SpendQuery::toMsExclusive() const
{
    return dateToMs(to.addDays(1));
}

SpendQuery SpendQuery::previousPeriod() const
{
    SpendQuery prev = *this;
    prev.to = from.addDays(-1);
    prev.from = prev.to.addDays(-(days() - 1));
    return prev;
}

void SpendQuery::save(QSettings &s) const
{
    s.beginGroup(u"spend/filters"_s);
    s.setValue(u"from"_s, from.toString(Qt::ISODate));
    s.setValue(u"to"_s, to.toString(Qt::ISODate));
    s.setValue(u"days"_s, days());
    s.setValue(u"teams"_s, teams);
    s.setValue(u"useCases"_s, useCases);
    s.setValue(u"models"_s, models);
    s.setValue(u"segments"_s, segments);
    s.setValue(u"granularity"_s, granularityName(granularity));
    s.setValue(u"groupBy"_s, dimensionColumn(groupBy));
    s.endGroup();
}

SpendQuery SpendQuery::lastDays(int days, QDate today)
{
    SpendQuery q;
    q.to = today;
    q.from = today.addDays(-(qMax(1, days) - 1));
    return q;
}

SpendQuery SpendQuery::load(QSettings &s, QDate today)
{
    SpendQuery q = lastDays(30, today);
    s.beginGroup(u"spend/filters"_s);
    const QDate from = QDate::fromString(s.value(u"from"_s).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(s.value(u"to"_s).toString(), Qt::ISODate);
    if (from.isValid() && to.isValid() && from <= to) {
        q.from = from;
        q.to = to;
    }
    q.teams = s.value(u"teams"_s).toStringList();
    q.useCases = s.value(u"useCases"_s).toStringList();
    q.models = s.value(u"models"_s).toStringList();
    q.segments = s.value(u"segments"_s).toStringList();
    q.granularity = granularityFromName(s.value(u"granularity"_s).toString()).value_or(Granularity::Day);
    q.groupBy = dimensionFromColumn(s.value(u"groupBy"_s).toString()).value_or(Dimension::Model);
    s.endGroup();
    return q;
}

QString dimensionColumn(Dimension d)
{
    switch (d) {
    case Dimension::Model: return u"model"_s;
    case Dimension::UseCase: return u"use_case"_s;
    case Dimension::Team: return u"team"_s;
    case Dimension::CustomerSegment: return u"customer_segment"_s;
    }
    return u"model"_s;
}

QString dimensionTitle(Dimension d)
{
    switch (d) {
    case Dimension::Model: return QCoreApplication::translate("keel::spend", "Model");
    case Dimension::UseCase: return QCoreApplication::translate("keel::spend", "Use case");
    case Dimension::Team: return QCoreApplication::translate("keel::spend", "Team");
    case Dimension::CustomerSegment: return QCoreApplication::translate("keel::spend", "Customer segment");
    }
    return {};
}

std::optional<Dimension> dimensionFromColumn(const QString &c)
{
    if (c == u"model"_s) return Dimension::Model;
    if (c == u"use_case"_s) return Dimension::UseCase;
    if (c == u"team"_s) return Dimension::Team;
    if (c == u"customer_segment"_s || c == u"segment"_s) return Dimension::CustomerSegment;
    return std::nullopt;
}

QString granularityName(Granularity g)
{
    switch (g) {
    case Granularity::Day: return u"day"_s;
    case Granularity::Week: return u"week"_s;
    case Granularity::Month: return u"month"_s;
    }
    return u"day"_s;
}

std::optional<Granularity> granularityFromName(const QString &n)
{
    if (n == u"day"_s) return Granularity::Day;
    if (n == u"week"_s) return Granularity::Week;
    if (n == u"month"_s) return Granularity::Month;
    return std::nullopt;
}

qint64 periodStartMs(qint64 dayMs, Granularity g)
{
    // Floor to the UTC day first (also for times before 1970).
    qint64 day = dayMs >= 0 ? dayMs / kDayMs : -((-dayMs + kDayMs - 1) / kDayMs);
    switch (g) {
    case Granularity::Day:
        return day * kDayMs;
    case Granularity::Week: {
        // 1970-01-01 was a Thursday: (day + 3) mod 7 is the days since Monday.
        const qint64 sinceMonday = ((day + 3) % 7 + 7) % 7;
        return (day - sinceMonday) * kDayMs;
    }
    case Granularity::Month: {
        const QDate d = msToDate(day * kDayMs);
        return dateToMs(QDate(d.year(), d.month(), 1));
    }
    }
    return day * kDayMs;
}

qint64 nextPeriodMs(qint64 periodStart, Granularity g)
{
    switch (g) {
    case Granularity::Day: return periodStart + kDayMs;
    case Granularity::Week: return periodStart + 7 * kDayMs;
    case Granularity::Month: return dateToMs(msToDate(periodStart).addMonths(1));
    }
    return periodStart + kDayMs;
}

} // namespace keel::spend
