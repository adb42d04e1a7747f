#pragma once
// Robust spike detection on daily spend. Each day is compared with the median of comparable
// days (the same weekday in the previous weeks or, while there is not yet enough history, the
// days of the same kind — weekdays or weekend days — in the trailing fortnight) and flagged
// when it sits many MADs above it: a median and a MAD do not move
// when one earlier day was itself a spike, and weekday/weekend seasonality stays out of the
// baseline. Only rises are flagged: a FinOps lead acts on money going out, not on quiet days.
#include "spendtypes.h"

#include <QHash>
#include <QMap>

namespace keel::spend {

struct AnomalyOptions {
    double threshold = 4.0;             // robust z above which a day is anomalous
    double minRelativeRise = 0.25;      // and at least this far above the baseline (25%)
    double madFloorFraction = 0.03;     // MAD never below 3% of the median (flat data has MAD 0)
    int seasonalWeeks = 5;              // same-weekday look-back
    int minSeasonalSamples = 3;
    int trailingDays = 14;              // fallback baseline: days of the same kind (weekday/weekend) in it
    int minHistory = 5;                 // fewer comparable days: no verdict
};

struct DayVerdict {
    QDate day;
    Micros cost = 0;
    Micros baseline = 0;
    double score = 0;
    bool judged = false;                // false when there was too little history
    bool anomalous = false;
    QList<QDate> baselineDays;          // the comparable days used
};

// One day's spend by driver (prompt template, route, …).
using DriverSpend = QHash<QString, Micros>;

struct DriverDelta {
    QString name;
    Micros value = 0;                   // on the anomalous day
    Micros baseline = 0;                // median over the baseline days (0 where absent)
    Micros delta() const { return value - baseline; }
};

class AnomalyDetector {
public:
    explicit AnomalyDetector(AnomalyOptions options = {}) : m_options(options) {}

    // `daily`: spend per day with data (days absent from the map are unknown, not zero).
    // Judges each day in [from, to] against earlier days of the map.
    QList<DayVerdict> evaluate(const QMap<QDate, Micros> &daily, QDate from, QDate to) const;
    QList<DayVerdict> anomalies(const QMap<QDate, Micros> &daily, QDate from, QDate to) const;

    // Which drivers moved the day: each driver's spend on the day minus its median over the
    // baseline days, largest rise first.
    static QList<DriverDelta> attribute(const DriverSpend &day, const QList<DriverSpend> &baselineDays);

    static double median(QList<double> values);
    const AnomalyOptions &options() const { return m_options; }

private:
    AnomalyOptions m_options;
};

} // namespace keel::spend
