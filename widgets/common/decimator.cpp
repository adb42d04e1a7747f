#include "decimator.h"

#include <cmath>

namespace keel::common {

QList<QPointF> decimateMinMax(const QList<QPointF> &points, int columns)
{
    columns = qMax(1, columns);
    QList<QPointF> clean;
    clean.reserve(points.size());
    for (const QPointF &p : points) {
        if (!std::isnan(p.y()) && !std::isnan(p.x()))
            clean.append(p);
    }
    if (clean.size() <= 2 * qsizetype(columns))
        return clean;

    const double x0 = clean.first().x();
    const double span = clean.last().x() - x0;
    QList<QPointF> out;
    out.reserve(2 * columns + 2);
    if (!(span > 0)) {
        // All points share one x: a vertical extent, drawn as its min and max.
        qsizetype lo = 0, hi = 0;
        for (qsizetype i = 1; i < clean.size(); ++i) {
            if (clean[i].y() < clean[lo].y()) lo = i;
            if (clean[i].y() > clean[hi].y()) hi = i;
        }
        out << clean[qMin(lo, hi)];
        if (lo != hi) out << clean[qMax(lo, hi)];
        return out;
    }

    qsizetype i = 0;
    const qsizetype n = clean.size();
    while (i < n) {
        const int col = qMin(columns - 1, int((clean[i].x() - x0) / span * columns));
        qsizetype lo = i, hi = i;
        qsizetype j = i + 1;
        for (; j < n; ++j) {
            const int c = qMin(columns - 1, int((clean[j].x() - x0) / span * columns));
            if (c != col)
                break;
            if (clean[j].y() < clean[lo].y()) lo = j;
            if (clean[j].y() > clean[hi].y()) hi = j;
        }
        out << clean[qMin(lo, hi)];
        if (lo != hi)
            out << clean[qMax(lo, hi)];
        i = j;
    }
    return out;
}

int decimationColumns(double widthPx, double devicePixelRatio)
{
    const double cols = std::ceil(qMax(1.0, widthPx) * qMax(1.0, devicePixelRatio));
    return int(qMin(cols, 1.0e6));
}

} // namespace keel::common
