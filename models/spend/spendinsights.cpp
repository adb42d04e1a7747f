// SpendRepository, part two: budgets, unit economics, drivers and anomalies (the readings a
// FinOps lead acts on), built from the same read connection as the series.
#include "budgetmath.h"
#include "spendrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace keel::spend {

namespace {
constexpr int kRateDays = 7; // forecasts run at the average of the last week

const QStringList &budgetScopeColumns()
{
    static const QStringList cols{u"team"_s, u"use_case"_s, u"model"_s, u"customer_segment"_s};
    return cols;
}

qint64 dayStart(const QDateTime &t)
{
    return periodStartMs(t.toMSecsSinceEpoch(), Granularity::Day);
}
} // namespace

QString Anomaly::driverText() const
{
    if (driverDetail.isEmpty() || driverDetail == driver)
        return driver;
    return driver + u" ("_s + driverDetail + u')';
}

QString Anomaly::explanation() const
{
    const QString day = this->day.toString(Qt::ISODate);
    if (driver.isEmpty())
        return QCoreApplication::translate("keel::spend", "Spend on %1 was far above the usual for that day.").arg(day);
    QString text = QCoreApplication::translate("keel::spend", "Spend spike on %1, driven by %2").arg(day, driverText());
    if (driverFirstSeen.isValid())
        text += QCoreApplication::translate("keel::spend", ", released %1").arg(driverFirstSeen.toString(Qt::ISODate));
    return text;
}

Micros SpendRepository::dailyRate(const QString &whereSql, const QVariantList &binds, const QDateTime &asOf)
{
    // Complete days only: today is partial until it ends.
    const qint64 end = dayStart(asOf);
    const qint64 start = end - kRateDays * kDayMs;
    QVariantList all{start, end};
    all += binds;
    SqliteStatement s = m_db.prepare(u"SELECT COALESCE(SUM(cost_micros), 0), COUNT(DISTINCT period_start) "
                                     "FROM spend_daily WHERE period_start >= ? AND period_start < ?"_s + whereSql);
    s.bind(all);
    Micros rate = 0;
    if (s.next() && s.int64(1) > 0)
        rate = s.int64(0) / kRateDays;
    check(s);
    return rate;
}

QList<BudgetStatus> SpendRepository::budgets(const QDateTime &asOf)
{
    QList<BudgetStatus> out;
    if (!m_db.hasTable(u"budgets"_s))
        return out;
    SqliteStatement s = m_db.prepare(
        u"SELECT id, scope_kind, scope_value, period, amount_micros, alert_thresholds FROM budgets ORDER BY scope_kind, scope_value, id"_s);
    while (s.next()) {
        BudgetStatus b;
        b.id = s.text(0);
        b.scopeKind = s.text(1);
        b.scopeValue = s.text(2);
        b.period = s.text(3);
        b.amount = s.int64(4);
        const QJsonArray thresholds = QJsonDocument::fromJson(s.text(5).toUtf8()).array();
        for (const auto &t : thresholds)
            b.alertThresholds << t.toDouble();
        out << b;
    }
    check(s);
    const QDate today = asOf.toUTC().date();
    const qint64 monthStart = dateToMs(QDate(today.year(), today.month(), 1));
    for (BudgetStatus &b : out) {
        // The scope kind names a column; only known columns reach the SQL text.
        if (!budgetScopeColumns().contains(b.scopeKind))
            continue;
        const QString where = u" AND "_s + b.scopeKind + u" = ?"_s;
        SqliteStatement a = m_db.prepare(u"SELECT COALESCE(SUM(cost_micros), 0) FROM spend_daily "
                                         "WHERE period_start >= ? AND period_start < ?"_s + where);
        a.bind({monthStart, asOf.toMSecsSinceEpoch(), b.scopeValue});
        if (a.next())
            b.actual = a.int64(0);
        check(a);
        evaluateBudget(b, asOf, dailyRate(where, {b.scopeValue}, asOf));
    }
    return out;
}

QPair<Micros, Micros> SpendRepository::monthToDateAndForecast(const SpendQuery &filters, const QDateTime &asOf)
{
    const QDate today = asOf.toUTC().date();
    const QDate first(today.year(), today.month(), 1);
    QVariantList binds;
    const QString where = filterSql(filters, binds);
    QVariantList all{dateToMs(first), asOf.toMSecsSinceEpoch()};
    all += binds;
    SqliteStatement s = m_db.prepare(u"SELECT COALESCE(SUM(cost_micros), 0) FROM spend_daily "
                                     "WHERE period_start >= ? AND period_start < ?"_s + where);
    s.bind(all);
    Micros mtd = 0;
    if (s.next())
        mtd = s.int64(0);
    check(s);
    const int periodDays = first.daysInMonth();
    const Micros forecast = forecastToPeriodEnd(mtd, elapsedDays(first, periodDays, asOf), periodDays,
                                                dailyRate(where, binds, asOf));
    return {mtd, forecast};
}

UnitEconomics SpendRepository::unitEconomics(const SpendQuery &q)
{
    UnitEconomics u;
    QVariantList binds{q.fromMs(), q.toMsExclusive()};
    const QString where = u" WHERE period_start >= ? AND period_start < ?"_s + filterSql(q, binds);
    struct ModelSums { QString model; Micros cost; qint64 requests; qint64 tokens; };
    QList<ModelSums> models;
    SqliteStatement s = m_db.prepare(u"SELECT model, SUM(cost_micros), SUM(requests), "
                                     "SUM(input_tokens + output_tokens), SUM(cache_savings_micros) "
                                     "FROM spend_daily"_s + where + u" GROUP BY model"_s);
    s.bind(binds);
    while (s.next()) {
        models.append({s.text(0), s.int64(1), s.int64(2), s.int64(3)});
        u.cost += s.int64(1);
        u.requests += s.int64(2);
        u.tokens += s.int64(3);
        u.cacheSavings += s.int64(4);
    }
    check(s);
    if (u.requests > 0)
        u.costPerRequest = Micros(std::llround(double(u.cost) / double(u.requests)));
    if (u.tokens > 0)
        u.costPer1kTokens = Micros(std::llround(double(u.cost) * 1000.0 / double(u.tokens)));
    if (u.cost + u.cacheSavings > 0)
        u.cacheSavingsShare = double(u.cacheSavings) / double(u.cost + u.cacheSavings);
    // Premium: priced above the blended rate per token. Cheap models carry most of the traffic,
    // so the blended rate sits between the tiers without anyone keeping a list of model names.
    const double blended = u.tokens > 0 ? double(u.cost) / double(u.tokens) : 0;
    Micros premiumCost = 0;
    qint64 premiumRequests = 0;
    for (const ModelSums &m : std::as_const(models)) {
        if (m.tokens > 0 && double(m.cost) / double(m.tokens) > blended) {
            u.premiumModels << m.model;
            premiumCost += m.cost;
            premiumRequests += m.requests;
        }
    }
    u.premiumModels.sort();
    if (u.cost > 0)
        u.premiumCostShare = double(premiumCost) / double(u.cost);
    if (u.requests > 0)
        u.premiumRequestShare = double(premiumRequests) / double(u.requests);

    SqliteStatement uc = m_db.prepare(u"SELECT use_case, SUM(cost_micros), SUM(requests), "
                                      "SUM(input_tokens + output_tokens) FROM spend_daily"_s
                                      + where + u" GROUP BY use_case ORDER BY 2 DESC, 1"_s);
    uc.bind(binds);
    while (uc.next()) {
        UseCaseEconomics e;
        e.useCase = uc.text(0);
        e.cost = uc.int64(1);
        e.requests = uc.int64(2);
        e.tokens = uc.int64(3);
        e.costPerRequest = e.requests > 0 ? Micros(std::llround(double(e.cost) / double(e.requests))) : 0;
        u.perUseCase << e;
    }
    check(uc);
    return u;
}

QHash<QString, DriverRow> SpendRepository::driverSums(const SpendQuery &q, const QString &column)
{
    QHash<QString, DriverRow> out;
    QVariantList binds{q.fromMs(), q.toMsExclusive()};
    SqliteStatement s = m_db.prepare(u"SELECT "_s + column + u", SUM(cost_micros), SUM(requests), MIN(use_case) "
                                     "FROM spend_daily WHERE period_start >= ? AND period_start < ?"_s
                                     + filterSql(q, binds) + u" GROUP BY 1"_s);
    s.bind(binds);
    while (s.next()) {
        DriverRow r;
        r.name = s.text(0);
        r.cost = s.int64(1);
        r.requests = s.int64(2);
        r.detail = s.text(3);
        out.insert(r.name, r);
    }
    check(s);
    return out;
}

QList<DriverRow> SpendRepository::drivers(const SpendQuery &q, const QString &column, int limit)
{
    static const QStringList allowed{u"route"_s, u"prompt_template"_s, u"model"_s, u"use_case"_s, u"team"_s};
    if (!allowed.contains(column))
        return {};
    QHash<QString, DriverRow> now = driverSums(q, column);
    const QHash<QString, DriverRow> before = driverSums(q.previousPeriod(), column);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        DriverRow &r = now[it.key()];
        if (r.name.isEmpty() && r.cost == 0) {
            r.name = it.key();
            r.detail = it->detail;
        }
        r.previousCost = it->cost;
    }
    if (column != u"prompt_template"_s)
        for (DriverRow &r : now)
            r.detail.clear();
    QList<DriverRow> out = now.values();
    std::sort(out.begin(), out.end(), [](const DriverRow &a, const DriverRow &b) {
        return a.cost != b.cost ? a.cost > b.cost : a.name < b.name;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

QMap<QDate, Micros> SpendRepository::dailyCost(const SpendQuery &filters, QDate from, QDate to)
{
    QMap<QDate, Micros> out;
    QVariantList binds{dateToMs(from), dateToMs(to.addDays(1))};
    SqliteStatement s = m_db.prepare(u"SELECT period_start, SUM(cost_micros) FROM spend_daily "
                                     "WHERE period_start >= ? AND period_start < ?"_s
                                     + filterSql(filters, binds) + u" GROUP BY 1"_s);
    s.bind(binds);
    while (s.next())
        out.insert(msToDate(s.int64(0)), s.int64(1));
    check(s);
    return out;
}

QList<Anomaly> SpendRepository::anomalies(const SpendQuery &q, const AnomalyOptions &options)
{
    const AnomalyDetector detector(options);
    const int lookBack = qMax(options.seasonalWeeks * 7, options.trailingDays);
    const QDate historyFrom = q.from.addDays(-lookBack);
    const QList<DayVerdict> flagged = detector.anomalies(dailyCost(q, historyFrom, q.to), q.from, q.to);
    QList<Anomaly> out;
    if (flagged.isEmpty())
        return out;

    // Spend per day per prompt template over the same window, for attribution.
    QHash<QDate, DriverSpend> byDay;
    QHash<QString, QString> useCaseOf;
    {
        QVariantList binds{dateToMs(historyFrom), q.toMsExclusive()};
        SqliteStatement s = m_db.prepare(u"SELECT period_start, prompt_template, MIN(use_case), SUM(cost_micros) "
                                         "FROM spend_daily WHERE period_start >= ? AND period_start < ?"_s
                                         + filterSql(q, binds) + u" GROUP BY 1, 2"_s);
        s.bind(binds);
        while (s.next()) {
            byDay[msToDate(s.int64(0))].insert(s.text(1), s.int64(3));
            useCaseOf.insert(s.text(1), s.text(2));
        }
        check(s);
    }
    for (const DayVerdict &v : flagged) {
        Anomaly a;
        a.day = v.day;
        a.cost = v.cost;
        a.baseline = v.baseline;
        a.score = v.score;
        QList<DriverSpend> baseline;
        for (const QDate &d : v.baselineDays)
            baseline << byDay.value(d);
        const QList<DriverDelta> deltas = AnomalyDetector::attribute(byDay.value(v.day), baseline);
        if (!deltas.isEmpty() && deltas.first().delta() > 0) {
            a.driver = deltas.first().name;
            a.driverDetail = useCaseOf.value(a.driver);
            a.driverDelta = deltas.first().delta();
            // A template first seen after the cache's first day is a release within view.
            SqliteStatement first = m_db.prepare(u"SELECT (SELECT MIN(period_start) FROM spend_daily WHERE prompt_template = ?), "
                                                 "(SELECT MIN(period_start) FROM spend_daily)"_s);
            first.bind({a.driver});
            if (first.next() && !first.isNull(0)
                && msToDate(first.int64(0)) > msToDate(first.int64(1)))
                a.driverFirstSeen = msToDate(first.int64(0));
            check(first);
        }
        out << a;
    }
    return out;
}

} // namespace keel::spend
