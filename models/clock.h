#pragma once
// The console's wall time in Qt types, all read from the one process clock
// (domain::processClock(): the system time, or the instant `keel --now` / a test pinned).
// Nothing in models/, widgets/ or app/ calls QDateTime::current*() or QDate::currentDate().
#include <domain/clock.h>

#include <QDate>
#include <QDateTime>

namespace keel::clock {

inline qint64 nowMs() { return domain::processClock().nowMs(); }
inline QDateTime nowUtc() { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
inline QDateTime nowLocal() { return QDateTime::fromMSecsSinceEpoch(nowMs()); }
inline QDate todayLocal() { return nowLocal().date(); }

} // namespace keel::clock
