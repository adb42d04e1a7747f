#include "numberformat.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace keel::common {
namespace {

// The C locale (no LANG set, CI machines) formats money as "912.80US$" and counts without
// grouping; such a session reads numbers like US English instead.
QLocale effective(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QString currencySymbol(const QLocale &locale)
{
    // A locale whose own currency is USD writes "$"; elsewhere "$" would be read as the local
    // dollar (CAD, AUD…), so the unambiguous "US$" is used.
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == u"USD"_s)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    return u"US$"_s;
}

qint64 pow10(int n)
{
    qint64 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

// Rounds micros to units of 10^(6-decimals) micros, half away from zero, without overflow.
qint64 roundToUnits(qint64 micros, int decimals)
{
    const qint64 unit = pow10(6 - decimals);
    if (unit == 1)
        return micros;
    const qint64 q = micros / unit;
    const qint64 r = micros % unit;
    if (2 * (r < 0 ? -r : r) >= unit)
        return q + (micros < 0 ? -1 : 1);
    return q;
}

QString dash()
{
    return QString(QChar(0x2013));
}

QString compact(double value, const QLocale &locale, QString *suffixOut)
{
    const double a = std::fabs(value);
    struct Step { double div; const char *suffix; };
    static const Step steps[] = {{1e12, QT_TRANSLATE_NOOP("keel::common", "T")},
                                 {1e9, QT_TRANSLATE_NOOP("keel::common", "B")},
                                 {1e6, QT_TRANSLATE_NOOP("keel::common", "M")},
                                 {1e3, QT_TRANSLATE_NOOP("keel::common", "K")}};
    for (const Step &s : steps) {
        if (a >= s.div) {
            const double v = value / s.div;
            const int prec = std::fabs(v) >= 100 ? 0 : (std::fabs(v) >= 10 ? 1 : 2);
            *suffixOut = QCoreApplication::translate("keel::common", s.suffix);
            return locale.toString(v, 'f', prec);
        }
    }
    suffixOut->clear();
    return locale.toString(value, 'f', a > 0 && a < 10 && value != std::floor(value) ? 2 : 0);
}

} // namespace

QString formatMoney(qint64 micros, const QLocale &requested, int decimals)
{
    const QLocale locale = effective(requested);
    decimals = qBound(0, decimals, 6);
    const qint64 units = roundToUnits(micros, decimals);
    // Exact: |units| < 2^53 for any amount below ~$9e9 at 6 decimals or ~$9e13 at 2, and the
    // nearest double of a decimal with `decimals` digits prints back to the same digits.
    const double value = double(units) / double(pow10(decimals));
    return locale.toCurrencyString(value, currencySymbol(locale), decimals);
}

QString formatMoneyCompact(qint64 micros, const QLocale &requested)
{
    const QLocale locale = effective(requested);
    const double dollars = double(micros) / 1e6;
    if (std::fabs(dollars) < 1000)
        return formatMoney(micros, locale, std::fabs(dollars) < 10 && micros != 0 ? 2 : 0);
    QString suffix;
    const QString number = compact(dollars, locale, &suffix);
    // Reuse the locale's currency layout by formatting a placeholder amount and swapping the digits.
    const QString one = locale.toCurrencyString(1.0, currencySymbol(locale), 0);
    const QString digitOne = locale.toString(1);
    QString out = one;
    const qsizetype at = out.indexOf(digitOne);
    if (at < 0)
        return number + suffix;
    out.replace(at, digitOne.size(), number + suffix);
    return out;
}

QString formatCount(qint64 value, const QLocale &requested)
{
    const QLocale locale = effective(requested);
    return locale.toString(value);
}

QString formatCountCompact(double value, const QLocale &requested)
{
    const QLocale locale = effective(requested);
    if (!std::isfinite(value))
        return dash();
    QString suffix;
    const QString number = compact(value, locale, &suffix);
    return number + suffix;
}

QString formatPercent(double fraction, const QLocale &requested, int decimals)
{
    const QLocale locale = effective(requested);
    if (!std::isfinite(fraction))
        return dash();
    return locale.toString(fraction * 100.0, 'f', decimals) + locale.percent();
}

QString formatSignedPercent(double fraction, const QLocale &requested, int decimals)
{
    const QLocale locale = effective(requested);
    if (!std::isfinite(fraction))
        return dash();
    const double pct = fraction * 100.0;
    const QString mag = locale.toString(std::fabs(pct), 'f', decimals);
    // Zero after rounding carries no sign.
    if (locale.toDouble(mag) == 0.0)
        return mag + locale.percent();
    return (pct < 0 ? QString(QChar(0x2212)) : locale.positiveSign()) + mag + locale.percent();
}

QString formatMoneyChange(qint64 micros, const QLocale &requested, int decimals)
{
    const QLocale locale = effective(requested);
    if (micros == std::numeric_limits<qint64>::min())
        micros += 1;
    const QString mag = formatMoney(micros < 0 ? -micros : micros, locale, decimals);
    if (roundToUnits(micros, qBound(0, decimals, 6)) == 0)
        return mag;
    return (micros < 0 ? QString(QChar(0x2212)) : locale.positiveSign()) + mag;
}

} // namespace keel::common
