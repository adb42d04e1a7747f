#include "anomalydetector.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace keel::spend {

double AnomalyDetector::median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

QList<DayVerdict> AnomalyDetector::evaluate(const QMap<QDate, Micros> &daily, QDate from, QDate to) const
{
    QList<DayVerdict> out;
    if (!from.isValid() || !to.isValid())
        return out;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const auto it = daily.constFind(day);
        if (it == daily.constEnd())
            continue;
        DayVerdict v;
        v.day = day;
        v.cost = *it;
        for (int w = 1; w <= m_options.seasonalWeeks; ++w) {
            const QDate d = day.addDays(-7 * w);
            if (daily.contains(d))
                v.baselineDays << d;
        }
        const bool seasonal = v.baselineDays.size() >= m_options.minSeasonalSamples;
        if (!seasonal) {
            v.baselineDays.clear();
            // Only days of the same kind: a Monday judged against a fortnight that holds two
            // quiet weekends would look like a spike every week.
            const bool weekend = day.dayOfWeek() >= 6;
            for (int k = 1; k <= m_options.trailingDays; ++k) {
                const QDate d = day.addDays(-k);
                if (daily.contains(d) && (d.dayOfWeek() >= 6) == weekend)
                    v.baselineDays << d;
            }
        }
        if (!seasonal && v.baselineDays.size() < m_options.minHistory) {
            out << v;
            continue;
        }
        QList<double> values;
        for (const QDate &d : std::as_const(v.baselineDays))
            values << double(daily.value(d));
        const double med = median(values);
        QList<double> deviations;
        for (const double x : std::as_const(values))
            deviations << std::fabs(x - med);
        const double mad = qMax(median(deviations), qMax(m_options.madFloorFraction * std::fabs(med), 1.0));
        v.baseline = Micros(std::llround(med));
        v.score = (double(v.cost) - med) / (1.4826 * mad);
        v.judged = true;
        v.anomalous = v.score >= m_options.threshold
            && double(v.cost) >= med * (1.0 + m_options.minRelativeRise) && v.cost > 0;
        out << v;
    }
    return out;
}

QList<DayVerdict> AnomalyDetector::anomalies(const QMap<QDate, Micros> &daily, QDate from, QDate to) const
{
    QList<DayVerdict> all = evaluate(daily, from, to);
    all.removeIf([](const DayVerdict &v) { return !v.anomalous; });
    return all;
}

QList<DriverDelta> AnomalyDetector::attribute(const DriverSpend &day, const QList<DriverSpend> &baselineDays)
{
    QSet<QString> names;
    for (auto it = day.begin(); it != day.end(); ++it)
        names.insert(it.key());
    for (const DriverSpend &b : baselineDays)
        for (auto it = b.begin(); it != b.end(); ++it)
            names.insert(it.key());
    QList<DriverDelta> out;
    for (const QString &name : std::as_const(names)) {
        QList<double> values;
        for (const DriverSpend &b : baselineDays)
            values << double(b.value(name, 0));
        DriverDelta d;
        d.name = name;
        d.value = day.value(name, 0);
        d.baseline = Micros(std::llround(median(values)));
        out << d;
    }
    std::sort(out.begin(), out.end(), [](const DriverDelta &a, const DriverDelta &b) {
        if (a.delta() != b.delta())
            return a.delta() > b.delta();
        return a.name < b.name;
    });
    return out;
}

} // namespace keel::spend
