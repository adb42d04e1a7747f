// One page of a v3 server's GET /api/public/metrics/daily for the spend_daily pull: whole days,
// newest first, with usage per model (page/limit ≤ 100; rate bucket 10 a day on Hobby Cloud,
// unlimited self-hosted). Each page replaces the cached days from its oldest day up to the
// oldest day of the page before, the last page down to the run's first day, so days without
// data lose what was cached and no day is written twice.
//
// The route selects observations by their TRACE's timestamp and buckets them by their own start
// day (dailyMetrics.ts in Langfuse's server code): a day the run did not ask for can appear at
// the window's edge. Such rows are left out rather than written over a day not re-read.
#include "spendpull.h"

#include "metricsrollup.h"
#include "spendreading.h"

#include "logging.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keel::sources::langfuse {

sync::DecodedPage decodeDailyPage(const QByteArray &body, const sync::PageContext &ctx, const SpendPage &p,
                                  const SpendContext &c)
{
    sync::DecodedPage out;
    {
        std::lock_guard lock(c.state.mutex);
        c.state.pieceStart.reset(); // no day is read in pieces on this route
        c.state.pieces.clear();
        c.state.expected.reset();
    }
    if (ctx.httpStatus == 404) {
        if (p.page == 1 && !p.fellBack) {
            // An events_only v4 server refuses the legacy route: its roll-ups are in /v2/metrics.
            qCInfo(lcSync) << "langfuse: /api/public/metrics/daily is 404, reading /api/public/v2/metrics";
            {
                std::lock_guard lock(c.state.mutex);
                c.state.metricsMissing = false;
            }
            if (c.routes.generation == Generation::Legacy)
                c.routes.generation = Generation::Unknown; // the requests pull finds out again
            out.nextCursor = spendPageToken(firstSpendPage(SpendRoute::Metrics, p.from, p.end, true));
            return out;
        }
        out.error = sourceName(c.options.baseUrl) + u": "_s
                    + QCoreApplication::translate("keel::sources::langfuse",
                                                  "neither %1 nor %2 is served here (404). Check the host URL.")
                          .arg(spendPath(SpendRoute::Metrics), spendPath(SpendRoute::Daily));
        return out;
    }
    const QString what = QCoreApplication::translate("keel::sources::langfuse", "%1, page %2")
                             .arg(spendPath(SpendRoute::Daily))
                             .arg(p.page);
    const Json j = parse(body);
    if (!j.is_object() || !j.contains("data") || !j["data"].is_array()) {
        out.error = describeUnreadable(c.options.baseUrl, what,
                                       QCoreApplication::translate("keel::sources::langfuse", "the answer is not {\"data\": [...]}"));
        return out;
    }
    const Json &data = j["data"];
    std::vector<domain::SpendRow> rows;
    std::string error;
    if (!spendRowsFromDailyMetrics(data, rows, error)) {
        out.error = describeUnreadable(c.options.baseUrl, what, QString::fromStdString(error));
        return out;
    }
    const std::int64_t firstDay = dayStartOf(p.from);
    std::int64_t oldest = p.upto;
    for (const Json &entry : data)
        if (const auto day = instantOf(text(entry, "date")))
            oldest = std::min(oldest, std::max(dayStartOf(*day), firstDay));
    std::erase_if(rows, [&](const domain::SpendRow &r) { return r.periodStart < firstDay || r.periodStart >= p.upto; });

    const int limit = std::clamp(c.options.dailyMetricsPageSize, 1, 100);
    const Json &meta = objectAt(j, "meta");
    const bool last = data.size() < std::size_t(limit) || (meta.contains("totalPages") && p.page >= countAt(meta, "totalPages"));
    if (!last) {
        SpendPage next = p;
        next.page = p.page + 1;
        next.query = p.query + 1;
        next.upto = oldest; // the next page's days are all older than this page's oldest
        out.nextCursor = spendPageToken(next);
    }
    out.count = qint64(rows.size());
    out.mark = p.page == 1 ? dayStartOf(p.end - 1) : 0;
    out.write = replaceSpendDays(last ? firstDay : oldest, p.upto, std::move(rows));
    // ServerRoutes stays as it is: a v4 server in legacy write mode serves this route and lacks
    // /v2/metrics, yet has /v2/observations; the requests pull finds out for itself.
    return out;
}

} // namespace keel::sources::langfuse
