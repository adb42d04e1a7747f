#include "budgetmath.h"


#include <cmath>

namespace keel::spend {

double elapsedDays(QDate periodStart, int periodDays, const QDateTime &asOf)
{
    const QDateTime start(periodStart, QTime(0, 0), Qt::UTC);
    const double days = double(start.msecsTo(asOf)) / 86'400'000.0;
    return qBound(0.0, days, double(periodDays));
}

Micros forecastToPeriodEnd(Micros actual, double elapsed, int periodDays, std::optional<Micros> dailyRate)
{
    const double remaining = qMax(0.0, double(periodDays) - elapsed);
    double rate = 0;
    if (dailyRate)
        rate = double(*dailyRate);
    else if (elapsed > 0)
        rate = double(actual) / elapsed;
    return actual + Micros(std::llround(rate * remaining));
}

double burnRate(Micros actual, Micros amount, double elapsed, int periodDays)
{
    if (amount <= 0 || elapsed <= 0 || periodDays <= 0)
        return 0;
    return (double(actual) / double(amount)) / (elapsed / double(periodDays));
}

std::optional<QDate> exhaustionDate(Micros actual, Micros amount, Micros dailyRate,
                                    const QDateTime &asOf, QDate periodEnd)
{
    if (actual >= amount)
        return asOf.toUTC().date();
    if (dailyRate <= 0)
        return std::nullopt;
    const double daysLeft = double(amount - actual) / double(dailyRate);
    const QDate day = asOf.toUTC().addMSecs(qint64(daysLeft * 86'400'000.0)).date();
    if (day > periodEnd)
        return std::nullopt;
    return day;
}

BudgetState budgetState(Micros actual, Micros forecast, Micros amount)
{
    if (actual >= amount)
        return BudgetState::Breached;
    if (forecast >= amount)
        return BudgetState::AtRisk;
    return BudgetState::Ok;
}

void evaluateBudget(BudgetStatus &b, const QDateTime &asOf, std::optional<Micros> dailyRate)
{
    const QDate today = asOf.toUTC().date();
    b.periodStart = QDate(today.year(), today.month(), 1);
    b.periodEnd = b.periodStart.addMonths(1).addDays(-1);
    const int periodDays = int(b.periodStart.daysTo(b.periodEnd)) + 1;
    const double elapsed = elapsedDays(b.periodStart, periodDays, asOf);
    b.forecast = forecastToPeriodEnd(b.actual, elapsed, periodDays, dailyRate);
    b.burnRate = burnRate(b.actual, b.amount, elapsed, periodDays);
    const Micros rate = dailyRate ? *dailyRate : (elapsed > 0 ? Micros(double(b.actual) / elapsed) : 0);
    b.exhaustionDate = exhaustionDate(b.actual, b.amount, rate, asOf, b.periodEnd).value_or(QDate());
    b.highestThresholdCrossed = 0;
    for (const double t : b.alertThresholds) {
        if (b.amount > 0 && double(b.actual) >= t * double(b.amount))
            b.highestThresholdCrossed = qMax(b.highestThresholdCrossed, t);
    }
    b.state = budgetState(b.actual, b.forecast, b.amount);
}

} // namespace keel::spend
