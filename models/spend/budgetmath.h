#pragma once
// Budget vs actual vs forecast: pure functions, so the arithmetic is tested on its own.
#include "spendtypes.h"

#include <optional>

namespace keel::spend {

// Days of the period elapsed at `asOf` (fractional), clamped to [0, periodDays].
double elapsedDays(QDate periodStart, int periodDays, const QDateTime &asOf);

// Spend expected by the period's end: what is spent so far plus `dailyRate` for every day left.
// With no rate given, the period-to-date average is used.
Micros forecastToPeriodEnd(Micros actual, double elapsed, int periodDays,
                           std::optional<Micros> dailyRate = std::nullopt);

// How fast the budget is used against an even pace: (actual / amount) / (elapsed / periodDays).
// 1.0 = exactly on pace, 2.0 = twice as fast. 0 when nothing elapsed or no budget.
double burnRate(Micros actual, Micros amount, double elapsed, int periodDays);

// The day the budget runs out at `dailyRate` from `asOf`; `asOf`'s day when it already has;
// nullopt when the rate is zero or the day falls after `periodEnd`.
std::optional<QDate> exhaustionDate(Micros actual, Micros amount, Micros dailyRate,
                                    const QDateTime &asOf, QDate periodEnd);

// Breached when actual >= amount; at risk when the forecast reaches the amount; ok otherwise.
BudgetState budgetState(Micros actual, Micros forecast, Micros amount);

// Fills the derived fields of `b` (forecast, burn rate, exhaustion, threshold, state) from its
// amount, actual and period, for a monthly budget seen at `asOf`.
void evaluateBudget(BudgetStatus &b, const QDateTime &asOf, std::optional<Micros> dailyRate);

} // namespace keel::spend
