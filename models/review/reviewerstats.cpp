#include "reviewerstats.h"

#include <QDateTime>
#include <QPair>

#include <algorithm>
#include <vector>

namespace keel::review {

ReviewerFigures computeReviewerFigures(const QList<DecisionTiming> &decisions, qint64 dayStartMs,
                                       qint64 dayEndMs)
{
    ReviewerFigures figures;
    std::vector<qint64> spent;
    for (const DecisionTiming &d : decisions) {
        if (d.decidedAtMs < dayStartMs || d.decidedAtMs >= dayEndMs)
            continue;
        ++figures.decidedToday;
        spent.push_back(std::max<qint64>(0, d.timeSpentMs));
        if (d.slaDueMs > 0 && d.decidedAtMs > d.slaDueMs)
            ++figures.slaBreaches;
    }
    if (!spent.empty()) {
        std::sort(spent.begin(), spent.end());
        const std::size_t mid = spent.size() / 2;
        const double medianMs = spent.size() % 2 ? double(spent[mid])
                                                 : (double(spent[mid - 1]) + double(spent[mid])) / 2.0;
        figures.medianSecondsPerItem = medianMs / 1000.0;
    }
    return figures;
}

QPair<qint64, qint64> localDayBounds(qint64 nowMs)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    const qint64 start = day.startOfDay().toMSecsSinceEpoch();
    const qint64 end = day.addDays(1).startOfDay().toMSecsSinceEpoch();
    return {start, end};
}

} // namespace keel::review
