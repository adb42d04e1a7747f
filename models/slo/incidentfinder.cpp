#include "incidentfinder.h"

#include <algorithm>

namespace keel::slo {

QList<Anomaly> findAnomalies(const domain::SeriesResponse &response, const QString &groupBy, double factor,
                             double minValue, int minPoints)
{
    QList<Anomaly> out;
    const qint64 stepMs = std::max<qint64>(1, response.stepS) * 1000;
    for (const auto &s : response.series) {
        std::vector<double> values;
        for (const auto &p : s.points)
            if (p.value)
                values.push_back(*p.value);
        if (values.empty())
            continue;
        std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(values.size() / 2), values.end());
        const double median = values[values.size() / 2];
        const double limit = std::max(factor * median, minValue);
        QString key;
        if (const auto it = s.labels.find(groupBy.toStdString()); it != s.labels.end())
            key = QString::fromStdString(it->second);
        int runLength = 0;
        Anomaly current;
        auto flush = [&] {
            if (runLength >= minPoints)
                out.append(current);
            runLength = 0;
        };
        for (const auto &p : s.points) {
            if (p.value && *p.value >= limit && *p.value > 0) {
                if (runLength == 0)
                    current = Anomaly{key, p.ts, p.ts + stepMs, *p.value, median};
                current.toMs = p.ts + stepMs;
                current.peak = std::max(current.peak, *p.value);
                ++runLength;
            } else {
                flush();
            }
        }
        flush();
    }
    auto severity = [](const Anomaly &a) { return a.baseline > 0 ? a.peak / a.baseline : a.peak * 1e9; };
    std::stable_sort(out.begin(), out.end(), [&](const Anomaly &a, const Anomaly &b) { return severity(a) > severity(b); });
    return out;
}

QList<BurnPeriod> findBurnPeriods(const std::vector<domain::BudgetPoint> &burndown, int windowDays, double threshold)
{
    QList<BurnPeriod> out;
    const double windowMs = double(windowDays) * 24 * 3600 * 1000;
    bool open = false;
    BurnPeriod current;
    for (std::size_t i = 1; i < burndown.size(); ++i) {
        const double stepMs = double(burndown[i].ts - burndown[i - 1].ts);
        if (stepMs <= 0)
            continue;
        const double spent = burndown[i - 1].remaining - burndown[i].remaining;
        const double burn = spent * windowMs / stepMs;
        if (burn >= threshold) {
            if (!open) {
                current = BurnPeriod{burndown[i - 1].ts, burndown[i].ts, burn, 0};
                open = true;
            }
            current.toMs = burndown[i].ts;
            current.peakBurn = std::max(current.peakBurn, burn);
            current.budgetUsed += spent;
        } else if (open) {
            out.append(current);
            open = false;
        }
    }
    if (open)
        out.append(current);
    return out;
}

} // namespace keel::slo
