#pragma once
// Finished results of the spend aggregations: plain values built on a worker thread and handed
// to the GUI thread whole. Money is integer micro-dollars throughout.
#include "spendquery.h"

#include <domain/money.h>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace keel::spend {

using Micros = qint64;

// Micro-dollars as an exact decimal ("12.345678") for files other tools read.
inline QString decimalMoney(Micros m) { return QString::fromStdString(domain::microsToDecimalString(m)); }

struct SpendCell {
    Micros cost = 0;
    Micros cacheSavings = 0;
    qint64 requests = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cachedTokens = 0;
    qint64 tokens() const { return inputTokens + outputTokens; }
    SpendCell &operator+=(const SpendCell &o);
    bool operator==(const SpendCell &) const = default;
};

// Spend over time, one series per group key, every period of the range present (zeros included).
struct SpendSeries {
    Granularity granularity = Granularity::Day;
    Dimension groupBy = Dimension::Model;
    QList<qint64> periods;            // period starts, UTC ms, ascending
    QStringList keys;                 // group values, by total cost descending
    QList<QList<SpendCell>> cells;    // cells[key][period]
    QList<SpendCell> periodTotals;    // per period, all keys
    QList<SpendCell> keyTotals;       // per key, all periods
    SpendCell total;
    bool isEmpty() const { return total.requests == 0 && total.cost == 0; }
};

struct SpendTotals {
    SpendCell current;
    SpendCell previous;               // the same number of days just before
    // False when the cache does not reach back over the whole previous period: a comparison
    // with a half-empty period would show a meaningless jump.
    bool previousComplete = true;
    // (current - previous) / previous; NaN when previous is zero or incomplete.
    double costChange() const;
};

enum class BudgetState { Ok, AtRisk, Breached };

struct BudgetStatus {
    QString id;
    QString scopeKind;                // "team" | "use_case" | "model"
    QString scopeValue;
    QString period;                   // "month"
    Micros amount = 0;
    Micros actual = 0;                // period to date
    Micros forecast = 0;              // expected at period end
    QList<double> alertThresholds;
    QDate periodStart;
    QDate periodEnd;                  // last day of the period
    double burnRate = 0;              // share of budget used / share of period elapsed (1 = even pace)
    QDate exhaustionDate;             // projected day the budget runs out; invalid when it will not
    double highestThresholdCrossed = 0; // 0 when none
    BudgetState state = BudgetState::Ok;
};

struct UseCaseEconomics {
    QString useCase;
    Micros cost = 0;
    qint64 requests = 0;
    qint64 tokens = 0;
    Micros costPerRequest = 0;
};

struct UnitEconomics {
    Micros cost = 0;
    qint64 requests = 0;
    qint64 tokens = 0;
    Micros costPerRequest = 0;        // rounded to the micro
    Micros costPer1kTokens = 0;
    Micros cacheSavings = 0;
    double cacheSavingsShare = 0;     // savings / (cost + savings)
    QStringList premiumModels;        // models priced above the blended rate per token
    double premiumRequestShare = 0;
    double premiumCostShare = 0;
    QList<UseCaseEconomics> perUseCase;
};

// A route, prompt template or model: spend now and in the previous period.
struct DriverRow {
    QString name;
    QString detail;                   // e.g. the use case a template serves
    Micros cost = 0;
    Micros previousCost = 0;
    qint64 requests = 0;
    Micros change() const { return cost - previousCost; }
};

struct Anomaly {
    QDate day;
    Micros cost = 0;
    Micros baseline = 0;              // the median of the comparable days
    double score = 0;                 // robust z: (cost - median) / (1.4826 * MAD)
    QString driver;                   // e.g. "claims-triage@v8"
    QString driverDetail;             // e.g. "claims_triage"
    Micros driverDelta = 0;           // the driver's spend above its own baseline
    QDate driverFirstSeen;            // when the driver first appeared (a release)
    QString explanation() const;      // one translated sentence
    // "claims-triage@v8 (claims_triage)", or the driver alone when the detail says the same
    // (a Langfuse trace and its prompt are often named alike).
    QString driverText() const;
};

// A spend_daily row behind a chart point.
struct SpendDetailRow {
    qint64 day = 0;                   // UTC ms
    QString model, useCase, team, segment;
    SpendCell cell;
};

// One request behind a spend row.
struct RequestRow {
    QString id;
    qint64 ts = 0;
    QString correlationId;
    QString route, model, useCase, team, segment, promptTemplate, status;
    qint64 inputTokens = 0, outputTokens = 0, cachedTokens = 0;
    Micros cost = 0;
    bool cacheHit = false;
};

struct FilterOptions {
    QStringList teams, useCases, models, segments;
    QDate firstDay, lastDay;          // spend data present in the cache
};

// Everything the dashboard shows for one query, loaded in one pass on the worker.
struct SpendSnapshot {
    SpendQuery query;
    QString error;                    // empty when loaded; otherwise what went wrong and what to do
    QDateTime asOf;                   // the "now" forecasts are made from
    QDateTime lastSynced;             // from sync_state, invalid when unknown
    SpendSeries series;
    SpendTotals totals;
    QList<BudgetStatus> budgets;
    Micros monthForecast = 0;         // whole-filter forecast for the month holding asOf
    Micros monthToDate = 0;
    UnitEconomics unit;
    QList<DriverRow> routes, templates, models;
    QList<Anomaly> anomalies;
    FilterOptions options;
    bool ok() const { return error.isEmpty(); }
};

} // namespace keel::spend
