#pragma once
// How the review workspace words times and scores: SLA and lease countdowns, item ages, and the
// risk/confidence bands behind the coloured badges (the badge always carries the text too).
#include <QString>
#include <QtGlobal>

namespace keel::review {

enum class Band { Low, Medium, High };

// "45s", "12m 05s", "3h 07m", "2d 4h"; negative durations are formatted by absolute value.
QString formatDuration(qint64 ms);
// "12m 05s left" / "overdue by 3m 10s"
QString formatCountdown(qint64 remainingMs);
// "0.87" → "87%"
QString formatPercent(double fraction);

Band riskBand(double riskScore);        // High ≥ 0.7, Medium ≥ 0.4
Band confidenceBand(double confidence); // Low < 0.5, Medium < 0.8
QString bandName(Band band);            // "low" / "medium" / "high", translated

enum class SlaState { OnTrack, DueSoon, Overdue };
// DueSoon when less than a fifth of the SLA (or under 10 minutes) is left.
SlaState slaState(qint64 nowMs, qint64 dueMs, qint64 slaMinutes);

} // namespace keel::review
