// One answer of GET /api/public/v2/metrics for the spend_daily pull.
//
// Each query asks one window, oldest first. An answer of row_limit rows may have lost rows, so
// it is dropped and its window split in two (at a midnight, or inside a day at a minute) until
// every window fits: no row is lost, at the price of the split query. A window of whole days is
// written on its own, replacing the cached rows of its days. The pieces of a split day are
// summed in memory and written with the day's last piece; until then their pages write nothing
// and commit the first piece's token, so an interrupted run reads the day again from its start.
#include "spendpull.h"

#include "metricsrollup.h"
#include "spendreading.h"

#include "logging.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace keel::sources::langfuse {

namespace {

bool isUtcMidnight(std::int64_t ms)
{
    return dayStartOf(ms) == ms;
}

void dropDayPieces(SpendPullState &s)
{
    s.pieceStart.reset();
    s.pieces.clear();
    s.piecesFrom = 0;
}

} // namespace

sync::DecodedPage decodeMetricsPage(const QByteArray &body, const sync::PageContext &ctx, const SpendPage &p,
                                    const SpendContext &c)
{
    sync::DecodedPage out;
    SpendPullState &s = c.state;
    std::lock_guard lock(s.mutex);
    const auto [from, to] = p.windows.front();
    if (ctx.httpStatus == 404) {
        dropDayPieces(s);
        if (p.query == 1 && !p.fellBack) {
            // No /v2/metrics: a v3 server, or a v4 one whose write mode is still legacy.
            qCInfo(lcSync) << "langfuse: /api/public/v2/metrics is 404, reading /api/public/metrics/daily";
            s.metricsMissing = true;
            out.nextCursor = spendPageToken(firstSpendPage(SpendRoute::Daily, p.from, p.end, true));
            s.expected = out.nextCursor;
            return out;
        }
        out.error = sourceName(c.options.baseUrl) + u": "_s
                    + QCoreApplication::translate("keel::sources::langfuse",
                                                  "neither %1 nor %2 is served here (404). Check the host URL.")
                          .arg(spendPath(SpendRoute::Metrics), spendPath(SpendRoute::Daily));
        return out;
    }
    s.metricsMissing = false;
    if (c.routes.generation == Generation::Unknown)
        c.routes.generation = Generation::V4; // only a v4 server has /v2/metrics
    const QString what = QCoreApplication::translate("keel::sources::langfuse", "%1, query %2")
                             .arg(spendPath(SpendRoute::Metrics))
                             .arg(p.query);
    const auto fail = [&](const QString &detail) {
        dropDayPieces(s);
        out.error = describeUnreadable(c.options.baseUrl, what, detail);
        return out;
    };
    const Json j = parse(body);
    std::vector<MetricsCell> cells;
    std::string error;
    if (!addMetricsCells(j, cells, error))
        return fail(QString::fromStdString(error));
    for (const MetricsCell &cell : cells)
        if (cell.row.periodStart < dayStartOf(from) || cell.row.periodStart >= to)
            return fail(QCoreApplication::translate("keel::sources::langfuse",
                                                    "a row for %1, outside the window asked (%2 to %3)")
                            .arg(QString::fromStdString(isoInstant(cell.row.periodStart)),
                                 QString::fromStdString(isoInstant(from)), QString::fromStdString(isoInstant(to))));

    // Whether this page follows the one before it in this pull (a run given up half-way leaves
    // pieces behind; its resumed run starts again at the first piece).
    if (s.pieceStart && ctx.cursor == s.pieceStart)
        dropDayPieces(s);
    else if (s.pieceStart && ctx.cursor != s.expected)
        return fail(QCoreApplication::translate("keel::sources::langfuse",
                                                "the page does not follow the one before it; the next sync reads the day again"));

    SpendPage next = p;
    next.query = p.query + 1;
    next.windows.erase(next.windows.begin());
    const int rowLimit = std::clamp(ctx.limit, 1, 1000);
    if (j["data"].size() >= std::size_t(rowLimit)) {
        const auto halves = splitMetricsWindow(from, to);
        if (!halves)
            return fail(QCoreApplication::translate("keel::sources::langfuse",
                                                    "more than %1 rows in one minute; Keel cannot read them without losing some")
                            .arg(rowLimit));
        next.windows.insert(next.windows.begin(), {halves->first, halves->second});
        out.nextCursor = spendPageToken(next);
        out.resumeCursor = s.pieceStart; // unset outside a day in pieces: resume at the split
        s.expected = out.nextCursor;
        return out;
    }

    const bool endsDay = isUtcMidnight(to) || to == p.end;
    const bool whole = !s.pieceStart && isUtcMidnight(from) && endsDay;
    if (!whole) {
        if (!s.pieceStart) {
            if (!isUtcMidnight(from))
                return fail(QCoreApplication::translate("keel::sources::langfuse", "a piece of a day without its start"));
            s.pieceStart = ctx.cursor;
            s.piecesFrom = from;
        }
        mergeMetricsCells(s.pieces, cells);
    }
    if (whole || endsDay) {
        std::vector<domain::SpendRow> rows;
        if (!spendRowsOfCells(whole ? cells : s.pieces, rows, error))
            return fail(QString::fromStdString(error));
        out.count = qint64(rows.size());
        out.write = replaceSpendDays(whole ? from : s.piecesFrom, to, std::move(rows));
        out.mark = dayStartOf(to - 1);
        dropDayPieces(s);
    } else {
        out.resumeCursor = s.pieceStart;
    }
    if (!next.windows.empty())
        out.nextCursor = spendPageToken(next);
    s.expected = out.nextCursor;
    return out;
}

} // namespace keel::sources::langfuse
