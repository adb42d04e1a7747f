#pragma once
// How the cache's raw values read in a table: money, times, ratios. Display only — sums and
// comparisons use the raw values (SortRole), never these strings.
#include <QString>
#include <QVariant>

namespace keel::data {

QString formatMicros(qint64 micros);          // "$1,234.56" (cents; full precision via SortRole)
QString formatUnixMs(const QVariant &ms);     // local "yyyy-MM-dd HH:mm", "" for null
QString formatDay(const QVariant &ms);        // UTC "yyyy-MM-dd"
QString formatRatio(const QVariant &ratio, int decimals = 1); // 0.9912 → "99.1%"

} // namespace keel::data
