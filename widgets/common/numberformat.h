#pragma once
// Display formatting of money, counts and ratios by locale. Money stays integer micro-dollars
// everywhere else; these functions are the only place it becomes text for a person.
#include <QLocale>
#include <QString>

namespace keel::common {

// The C locale is read as en_US (see numberformat.cpp).
// Micro-dollars (USD) as currency text, rounded half away from zero to `decimals` (0..6) in
// integer arithmetic: formatMoney(1234567890) == "$1,234.57" in en_US, "1.234,57 US$" in de_DE.
QString formatMoney(qint64 micros, const QLocale &locale = QLocale(), int decimals = 2);
// Short money for axes and KPI tiles: "$950", "$12.3K", "$4.56M", "$1.2B".
QString formatMoneyCompact(qint64 micros, const QLocale &locale = QLocale());
// Whole numbers with grouping: "1,234,567".
QString formatCount(qint64 value, const QLocale &locale = QLocale());
// Short counts: "950", "12.3K", "4.56M", "1.2B".
QString formatCountCompact(double value, const QLocale &locale = QLocale());
// A fraction as a percentage: 0.1234 -> "12.3%". NaN/inf -> "–".
QString formatPercent(double fraction, const QLocale &locale = QLocale(), int decimals = 1);
// A change as a signed percentage: 0.25 -> "+25.0%", -0.1 -> "−10.0%"; NaN/inf -> "–".
QString formatSignedPercent(double fraction, const QLocale &locale = QLocale(), int decimals = 1);
// A signed money change: "+$12.30" / "−$4.00".
QString formatMoneyChange(qint64 micros, const QLocale &locale = QLocale(), int decimals = 2);

} // namespace keel::common
