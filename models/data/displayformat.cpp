#include "displayformat.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace keel::data {

QString formatMicros(qint64 micros)
{
    // Integer cents first so display never drifts by a float rounding of the whole amount.
    const qint64 cents = micros >= 0 ? (micros + 5000) / 10000 : -((-micros + 5000) / 10000);
    const QString number = QLocale().toString(double(cents) / 100.0, 'f', 2);
    return u"$"_s + number;
}

QString formatUnixMs(const QVariant &ms)
{
    if (!ms.isValid() || ms.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong()).toString(u"yyyy-MM-dd HH:mm"_s);
}

QString formatDay(const QVariant &ms)
{
    if (!ms.isValid() || ms.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toString(u"yyyy-MM-dd"_s);
}

QString formatRatio(const QVariant &ratio, int decimals)
{
    if (!ratio.isValid() || ratio.isNull())
        return {};
    return QLocale().toString(ratio.toDouble() * 100.0, 'f', decimals) + u"%"_s;
}

} // namespace keel::data
