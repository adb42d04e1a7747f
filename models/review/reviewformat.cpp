#include "reviewformat.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace keel::review {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keel::review", text);
}
} // namespace

QString formatDuration(qint64 ms)
{
    const qint64 totalSeconds = std::llabs(ms) / 1000;
    const qint64 days = totalSeconds / 86400;
    const qint64 hours = (totalSeconds % 86400) / 3600;
    const qint64 minutes = (totalSeconds % 3600) / 60;
    const qint64 seconds = totalSeconds % 60;
    if (days > 0)
        return tr("%1d %2h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1h %2m").arg(hours).arg(minutes, 2, 10, QChar(u'0'));
    if (minutes > 0)
        return tr("%1m %2s").arg(minutes).arg(seconds, 2, 10, QChar(u'0'));
    return tr("%1s").arg(seconds);
}

QString formatCountdown(qint64 remainingMs)
{
    if (remainingMs < 0)
        return tr("overdue by %1").arg(formatDuration(remainingMs));
    return tr("%1 left").arg(formatDuration(remainingMs));
}

QString formatPercent(double fraction)
{
    if (!std::isfinite(fraction))
        return tr("n/a");
    return tr("%1%").arg(qRound(fraction * 100.0));
}

Band riskBand(double riskScore)
{
    if (riskScore >= 0.7)
        return Band::High;
    if (riskScore >= 0.4)
        return Band::Medium;
    return Band::Low;
}

Band confidenceBand(double confidence)
{
    if (confidence < 0.5)
        return Band::Low;
    if (confidence < 0.8)
        return Band::Medium;
    return Band::High;
}

QString bandName(Band band)
{
    switch (band) {
    case Band::Low:
        return tr("low");
    case Band::Medium:
        return tr("medium");
    case Band::High:
        return tr("high");
    }
    return {};
}

SlaState slaState(qint64 nowMs, qint64 dueMs, qint64 slaMinutes)
{
    const qint64 remaining = dueMs - nowMs;
    if (remaining < 0)
        return SlaState::Overdue;
    const qint64 fifth = slaMinutes * 60 * 1000 / 5;
    if (remaining < std::max<qint64>(fifth, 10 * 60 * 1000))
        return SlaState::DueSoon;
    return SlaState::OnTrack;
}

} // namespace keel::review
