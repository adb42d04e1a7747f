#pragma once
// Finds what the council should see at a glance in telemetry: stretches where a series runs far
// above its own normal (the seeded incident), and stretches where an SLO burned its budget fast.
// Pure functions, tested with hand-made series.
#include <domain/slo.h>
#include <domain/telemetry.h>

#include <QList>
#include <QString>

namespace keel::slo {

struct Anomaly {
    QString key;        // the series' group label, e.g. "/search"
    qint64 fromMs = 0;  // first anomalous point
    qint64 toMs = 0;    // end of the last anomalous point's step
    double peak = 0;
    double baseline = 0; // the series' median
};

// For each series: its median over points with data is the baseline; a run of at least
// `minPoints` consecutive points at or above max(factor × baseline, minValue) is an anomaly.
// Returns every run, most severe (peak / baseline) first. Missing points break a run.
QList<Anomaly> findAnomalies(const domain::SeriesResponse &response, const QString &groupBy, double factor = 3.0,
                             double minValue = 0.0, int minPoints = 2);

struct BurnPeriod {
    qint64 fromMs = 0;
    qint64 toMs = 0;
    double peakBurn = 0;  // the highest per-step burn rate inside the period
    double budgetUsed = 0; // fraction of the window's budget spent inside the period
};

// From a budget burn-down (remaining fraction per point): per step, burn = budget spent ×
// window length / step length; consecutive steps with burn ≥ threshold form a period.
QList<BurnPeriod> findBurnPeriods(const std::vector<domain::BudgetPoint> &burndown, int windowDays, double threshold);

} // namespace keel::slo
