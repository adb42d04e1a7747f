// GET /team/daily/activity → spend_daily, one UTC day per query (shared/specs/litellm-endpoints.md §2).
//
// The proxy pages over its RAW daily rows (one per team, date, key, model, provider, endpoint)
// and aggregates each page on its own: a page can hold part of a day and metadata.total_* cover
// that page only. So the pull asks for one day at a time, merges every page of the day, and
// writes the day only once its last page is in (has_more false). A page that leaves the day open
// writes nothing and commits the day's FIRST page as the resume point: what was merged in memory
// is lost with the process, and a day is never cached half. A finished day replaces the cached
// rows of that day, so a day pulled again (the last two days of every run: their totals still
// grow) is never counted twice.
#include "dailyactivity.h"

#include "litellmjson.h"

#include <domain/timeutil.h>
#include <store/cachewriters.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <set>

using namespace Qt::StringLiterals;

namespace keel::sources::litellm {

namespace {

struct DayPage {
    std::string day;     // YYYY-MM-DD, asked as start_date = end_date
    std::int64_t page = 1;
    std::string last;    // the run's last day (today, UTC, when the run began)
};

DayPage pageFor(const sync::PageContext &ctx, const LiteLlmOptions &o)
{
    if (const auto t = parseToken(ctx.cursor)) {
        DayPage p{text(*t, "day"), integer(*t, "page"), text(*t, "last")};
        if (p.page >= 1 && parseDate(p.day) && parseDate(p.last))
            return p;
    }
    const std::optional<std::int64_t> since = ctx.since ? domain::parseRfc3339(*ctx.since) : std::nullopt;
    const std::string last = dateOf(ctx.nowMs);
    const std::string first = dateOf(since ? *since : ctx.nowMs - std::int64_t(o.historyDays) * kDayMs);
    return {std::min(first, last), 1, last};
}

std::string token(const std::string &day, std::int64_t page, const std::string &last)
{
    return makeToken(Json{{"day", day}, {"page", page}, {"last", last}});
}

// Pages of the day being assembled; decodes run one at a time on the engine's decoder thread,
// and a page that does not follow the one before (a run given up half-way) starts nothing.
struct Assembly {
    std::mutex mutex;
    std::string day;
    std::int64_t page = 0;
    ActivityDays days;
};

// Whether the page was the day's last: has_more when the proxy sends it, else page/total_pages.
bool lastPageOfDay(const Json &metadata, std::int64_t page, bool empty)
{
    if (empty)
        return true;
    if (const auto it = metadata.find("has_more"); it != metadata.end() && it->is_boolean())
        return !it->get<bool>();
    if (metadata.contains("total_pages"))
        return page >= integer(metadata, "total_pages");
    return true;
}

sync::DecodedPage decodeDay(const QByteArray &body, const sync::PageContext &ctx, const LiteLlmOptions &o,
                            Assembly &a)
{
    sync::DecodedPage out;
    const DayPage p = pageFor(ctx, o);
    const QString where = sourceName(o.baseUrl) + u": /team/daily/activity %1 page %2"_s
                              .arg(QString::fromStdString(p.day)).arg(p.page);
    std::lock_guard lock(a.mutex);
    if (p.page == 1) {
        a.days.clear();
        a.day = p.day;
    } else if (a.day != p.day || a.page != p.page - 1) {
        a.day.clear();
        out.error = where + u": does not follow the page before it; the next sync reads the day again from its first page"_s;
        return out;
    }
    const Json j = Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    std::string error;
    if (j.is_discarded() || !j.is_object())
        error = "the answer is not a JSON object";
    else if (!mergeActivityPage(j.contains("results") ? j["results"] : Json::array(), a.days, error))
        error = error.empty() ? "unreadable results" : error;
    if (!error.empty()) {
        a.day.clear();
        out.error = where + u": "_s + QString::fromStdString(error);
        return out;
    }
    a.page = p.page;
    const bool empty = !j.contains("results") || j["results"].empty();
    if (!lastPageOfDay(child(j, "metadata"), p.page, empty)) {
        out.nextCursor = token(p.day, p.page + 1, p.last);
        out.resumeCursor = token(p.day, 1, p.last);
        return out; // nothing written until the day is whole
    }

    auto rows = std::make_shared<std::vector<domain::SpendRow>>();
    auto dayStarts = std::make_shared<std::set<std::int64_t>>();
    dayStarts->insert(*parseDate(p.day)); // a day that is empty now clears what was cached for it
    for (const auto &[date, day] : a.days) {
        dayStarts->insert(*parseDate(date));
        if (!spendRowsOf(date, day, *rows)) {
            out.error = where + u": %1 sums to an amount that is not money"_s.arg(QString::fromStdString(date));
            return out;
        }
    }
    a.days.clear();
    a.day.clear();
    out.count = qint64(rows->size());
    out.mark = *parseDate(p.day);
    if (p.day < p.last)
        out.nextCursor = token(dateOf(*parseDate(p.day) + kDayMs), 1, p.last);
    out.write = [rows, dayStarts](store::Db &db, bool) {
        store::Stmt &clear = db.prepared("DELETE FROM spend_daily WHERE period_start = ?1");
        for (const std::int64_t start : *dayStarts)
            clear.bind(1, start).exec();
        store::upsertSpendRows(db, *rows);
    };
    return out;
}

} // namespace

sync::ResourcePull dailyActivityPull(const LiteLlmOptions &o)
{
    sync::ResourcePull pull;
    pull.name = u"spend_daily"_s;
    pull.path = u"/team/daily/activity"_s;
    pull.limit = std::max(1, o.activityPageSize);
    pull.keepsSince = true;
    pull.overlapMs = 2 * kDayMs; // the last days' totals still grow: pull them again
    pull.buildRequest = [o](const sync::PageContext &ctx) -> std::optional<api::ApiRequest> {
        const DayPage p = pageFor(ctx, o);
        api::ApiRequest request;
        request.path = u"/team/daily/activity"_s;
        request.query = {{u"start_date"_s, QString::fromStdString(p.day)},
                         {u"end_date"_s, QString::fromStdString(p.day)},
                         {u"page"_s, QString::number(p.page)},
                         {u"page_size"_s, QString::number(std::max(1, ctx.limit))}};
        return request;
    };
    auto assembly = std::make_shared<Assembly>();
    pull.decode = [o, assembly](const QByteArray &body, const sync::PageContext &ctx) {
        return decodeDay(body, ctx, o, *assembly);
    };
    const QUrl base = o.baseUrl;
    pull.describeFailure = [base](const api::ApiResponse &r) {
        return describeFailure(base, u"/team/daily/activity"_s, r);
    };
    return pull;
}

} // namespace keel::sources::litellm
