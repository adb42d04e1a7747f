#pragma once
// Min/max decimation to the chart's pixel width: a million raw points drawn as at most two per
// pixel column look the same (every spike and dip survives) and draw ~100x faster.
#include <QList>
#include <QPointF>

namespace keel::common {

// `points` must be sorted by x. Returns the points unchanged when there are no more than
// 2 * columns of them; otherwise, for each of `columns` equal x-buckets over [first.x, last.x],
// the bucket's minimum-y and maximum-y points in their original x order (one point when they
// coincide). NaN y values are dropped (a chart line has no gaps). columns < 1 is treated as 1.
QList<QPointF> decimateMinMax(const QList<QPointF> &points, int columns);

// The number of columns worth drawing for a plot area `widthPx` wide on a screen with
// `devicePixelRatio` (decimating below the physical pixel count would lose detail).
int decimationColumns(double widthPx, double devicePixelRatio = 1.0);

} // namespace keel::common
