#pragma once
// The reviewer's own figures shown in the workspace: decided today, median seconds per item,
// and how many of today's decisions landed after the item's SLA.
#include <QList>
#include <QtGlobal>

namespace keel::review {

struct DecisionTiming {
    qint64 decidedAtMs = 0;
    qint64 timeSpentMs = 0;
    qint64 slaDueMs = 0;   // 0 = unknown, never counted as a breach
};

struct ReviewerFigures {
    int decidedToday = 0;
    double medianSecondsPerItem = 0; // 0 when nothing was decided today
    int slaBreaches = 0;
    bool operator==(const ReviewerFigures &) const = default;
};

// Only decisions with dayStartMs <= decidedAt < dayEndMs count.
ReviewerFigures computeReviewerFigures(const QList<DecisionTiming> &decisions, qint64 dayStartMs,
                                       qint64 dayEndMs);

// Start and end of the local calendar day containing nowMs.
QPair<qint64, qint64> localDayBounds(qint64 nowMs);

} // namespace keel::review
