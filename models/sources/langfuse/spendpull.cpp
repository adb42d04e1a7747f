// Langfuse cost roll-ups → spend_daily (shared/specs/langfuse-endpoints.md §6), and how the pull
// spends the metrics route's small budget (100 queries a day on Hobby, 100 an hour on Core).
//
// A run reads [the last synced day − 1 day, now): yesterday and today are re-read, since their
// totals still grow; a first sync reads historyDays. No query at all when the last finished run
// is younger than metricsMinIntervalMs and the cache holds roll-ups, nor while a 429's
// Retry-After lasts: the run then succeeds with nothing fetched and the cached rows stay.
// v4 asks /v2/metrics (metricspage.cpp); a 404 there means a v3 server (or a v4 one in legacy
// write mode) and the run moves to /metrics/daily (dailymetricspage.cpp), which an events_only
// v4 server refuses with 404 in turn.
#include "spendpull.h"

#include "metricsrollup.h"
#include "spendreading.h"

#include "logging.h"

#include <clock.h>
#include <store/cachewriters.h>

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace keel::sources::langfuse {

namespace {

constexpr const char *kSpendPull = "spend_daily";

} // namespace

std::optional<SpendPage> readSpendPage(const std::optional<std::string> &token)
{
    const auto t = readPageToken(token, kSpendPull);
    if (!t)
        return std::nullopt;
    SpendPage p;
    p.route = t->value("route", std::string()) == "daily" ? SpendRoute::Daily : SpendRoute::Metrics;
    p.from = t->value("from", std::int64_t(0));
    p.end = t->value("end", std::int64_t(0));
    p.page = t->value("page", std::int64_t(1));
    p.upto = t->value("upto", std::int64_t(0));
    p.query = t->value("query", std::int64_t(1));
    p.fellBack = t->value("fellBack", false);
    if (t->contains("windows") && (*t)["windows"].is_array())
        for (const Json &w : (*t)["windows"])
            if (w.is_array() && w.size() == 2 && w[0].is_number_integer() && w[1].is_number_integer()
                && w[0].get<std::int64_t>() < w[1].get<std::int64_t>())
                p.windows.emplace_back(w[0].get<std::int64_t>(), w[1].get<std::int64_t>());
    const bool usable = p.from < p.end && p.page >= 1
                        && (p.route == SpendRoute::Daily ? p.upto > p.from : !p.windows.empty());
    return usable ? std::optional(p) : std::nullopt;
}

std::string spendPageToken(const SpendPage &p)
{
    Json windows = Json::array();
    for (const auto &[from, to] : p.windows)
        windows.push_back(Json::array({from, to}));
    return makePageToken(Json{{"route", p.route == SpendRoute::Daily ? "daily" : "metrics"}, {"from", p.from},
                              {"end", p.end}, {"windows", windows}, {"page", p.page}, {"upto", p.upto},
                              {"query", p.query}, {"fellBack", p.fellBack}},
                         kSpendPull);
}

SpendPage firstSpendPage(SpendRoute route, std::int64_t from, std::int64_t end, bool fellBack)
{
    SpendPage p;
    p.route = route;
    p.from = from;
    p.end = end;
    p.fellBack = fellBack;
    if (route == SpendRoute::Metrics)
        p.windows = {{from, end}};
    else
        p.upto = dayStartOf(end - 1) + kDayMs; // page 1 holds the newest days, today's included
    return p;
}

std::optional<std::pair<std::pair<std::int64_t, std::int64_t>, std::pair<std::int64_t, std::int64_t>>>
splitMetricsWindow(std::int64_t from, std::int64_t to)
{
    const std::int64_t firstDay = dayStartOf(from), lastDay = dayStartOf(to - 1);
    std::int64_t mid = 0;
    if (lastDay > firstDay) {
        const std::int64_t days = (lastDay - firstDay) / kDayMs + 1;
        mid = firstDay + days / 2 * kDayMs;
    } else {
        constexpr std::int64_t minute = 60'000;
        mid = (from + (to - from) / 2) / minute * minute;
    }
    if (mid <= from || mid >= to)
        return std::nullopt;
    return std::pair{std::pair{from, mid}, std::pair{mid, to}};
}

QString spendPath(SpendRoute route)
{
    return route == SpendRoute::Daily ? u"/api/public/metrics/daily"_s : u"/api/public/v2/metrics"_s;
}

QString spendWhat(SpendRoute route)
{
    return QCoreApplication::translate("keel::sources::langfuse", "read the cost roll-ups (GET %1)").arg(spendPath(route));
}

std::function<void(store::Db &, bool)> replaceSpendDays(std::int64_t from, std::int64_t to,
                                                        std::vector<domain::SpendRow> rows)
{
    auto shared = std::make_shared<std::vector<domain::SpendRow>>(std::move(rows));
    return [from, to, shared](store::Db &db, bool) {
        // Days that are empty now lose what was cached for them; the rest is written afresh.
        db.prepared("DELETE FROM spend_daily WHERE period_start >= ?1 AND period_start < ?2").bind(1, from).bind(2, to).exec();
        store::upsertSpendRows(db, *shared);
    };
}

sync::ResourcePull spendDailyPull(const LangfuseSpendOptions &o, std::shared_ptr<ServerRoutes> routes)
{
    sync::ResourcePull pull;
    pull.name = u"spend_daily"_s;
    pull.path = spendPath(SpendRoute::Metrics);
    pull.limit = std::clamp(o.metricsRowLimit, 1, 1000);
    pull.keepsSince = true;
    pull.overlapMs = kDayMs; // the mark is today's midnight: the next run starts at yesterday's
    pull.decodableStatuses = {404};
    auto state = std::make_shared<SpendPullState>();

    const qint64 minInterval = std::max<qint64>(0, o.metricsMinIntervalMs);
    pull.prepare = [state, minInterval](store::Db &db) {
        const store::SyncState st = store::loadSyncState(db, "spend_daily");
        const bool cached = db.scalar("SELECT EXISTS(SELECT 1 FROM spend_daily)") != 0;
        const qint64 now = keel::clock::nowMs();
        std::lock_guard lock(state->mutex);
        const bool held = now < state->holdUntilMs;
        const bool fresh = !st.cursor && cached && minInterval > 0 && st.lastSyncedAt > 0
                           && now - st.lastSyncedAt < minInterval;
        state->skipRun = held || fresh;
        if (state->skipRun)
            qCInfo(lcSync).noquote() << "langfuse: spend_daily not asked for:"
                                     << (held ? "waiting out a 429's Retry-After" : "the last run is younger than the minimum interval");
    };
    pull.buildRequest = [o, routes, state](const sync::PageContext &ctx) -> std::optional<api::ApiRequest> {
        std::lock_guard lock(state->mutex);
        if (std::exchange(state->skipRun, false))
            return std::nullopt;
        std::optional<SpendPage> p = readSpendPage(ctx.cursor);
        if (!p) {
            const std::optional<std::int64_t> since = ctx.since ? instantOf(*ctx.since) : std::nullopt;
            const std::int64_t from = dayStartOf(std::min(since ? *since : ctx.nowMs - o.historyDays * kDayMs, ctx.nowMs - 1));
            const bool legacy = state->metricsMissing || routes->generation == Generation::Legacy;
            p = firstSpendPage(legacy ? SpendRoute::Daily : SpendRoute::Metrics, from, ctx.nowMs, false);
        }
        state->asked = p->route;
        api::ApiRequest request;
        request.path = spendPath(p->route);
        if (p->route == SpendRoute::Metrics) {
            const auto [from, to] = p->windows.front();
            request.query = {{u"query"_s, QString::fromStdString(spendMetricsQuery(from, to, ctx.limit).dump())}};
        } else {
            request.query = {{u"fromTimestamp"_s, QString::fromStdString(isoInstant(p->from))},
                             {u"toTimestamp"_s, QString::fromStdString(isoInstant(p->end))},
                             {u"page"_s, QString::number(p->page)},
                             {u"limit"_s, QString::number(std::clamp(o.dailyMetricsPageSize, 1, 100))}};
        }
        return request;
    };
    pull.decode = [o, routes, state](const QByteArray &body, const sync::PageContext &ctx) {
        SpendRoute asked;
        {
            std::lock_guard lock(state->mutex);
            asked = state->asked;
        }
        // A first page has no token: rebuild what buildRequest asked from the same context.
        std::optional<SpendPage> p = readSpendPage(ctx.cursor);
        if (!p) {
            const std::optional<std::int64_t> since = ctx.since ? instantOf(*ctx.since) : std::nullopt;
            const std::int64_t from = dayStartOf(std::min(since ? *since : ctx.nowMs - o.historyDays * kDayMs, ctx.nowMs - 1));
            p = firstSpendPage(asked, from, ctx.nowMs, false);
        }
        const SpendContext c{o, *routes, *state};
        return p->route == SpendRoute::Metrics ? decodeMetricsPage(body, ctx, *p, c) : decodeDailyPage(body, ctx, *p, c);
    };
    const QUrl base = o.baseUrl;
    pull.describeFailure = [base, state, minInterval](const api::ApiResponse &r) {
        std::lock_guard lock(state->mutex);
        QString message = describeFailure(base, spendWhat(state->asked), r);
        if (r.httpStatus == 429) {
            // The client waits out a short Retry-After itself; a longer one (a daily budget spent)
            // holds every later run until it has passed.
            const qint64 wait = retryAfterMs(r) > 0 ? retryAfterMs(r) : std::max<qint64>(minInterval, 60'000);
            state->holdUntilMs = keel::clock::nowMs() + wait;
            const QString at = QDateTime::fromMSecsSinceEpoch(state->holdUntilMs, Qt::UTC).toString(u"yyyy-MM-dd HH:mm"_s);
            message += u' '
                       + QCoreApplication::translate("keel::sources::langfuse",
                                                     "The cost roll-ups are not asked for again before %1 UTC.")
                             .arg(at);
        }
        return message;
    };
    return pull;
}

} // namespace keel::sources::langfuse
