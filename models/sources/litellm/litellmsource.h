#pragma once
// Spend from a LiteLLM proxy into the same cache tables the Platform API fills, so the spend
// views show it unchanged. The app points a PlatformClient at the proxy (its base URL and a
// proxy admin key as the bearer token) and hands the engine these pulls:
//
//     api::PlatformClient client(sources::litellm::connectionSettings(url, key));
//     sync::SyncEngine engine(&client, &store);
//     engine.setPulls(sources::litellm::pulls({.baseUrl = url}));
//
//   spend_daily  GET /team/daily/activity, one UTC day at a time, every page merged by date
//   budgets      GET /team/info per team the cache knows: a monthly max_budget = a team budget
//   requests     GET /spend/logs/v2 over the raw-request window, paged until a short page
//
// What maps where, and what LiteLLM cannot give Keel, is in docs/connectors-litellm.md.
#include "api/apitypes.h"
#include "sync/resourcepull.h"

#include <QList>
#include <QStringList>
#include <QUrl>

namespace keel::sources::litellm {

struct LiteLlmOptions {
    QUrl baseUrl;               // the proxy, e.g. https://litellm.example.com (named in messages)
    // How far back a first sync reads daily spend, and raw requests when the request window
    // (SyncEngine::setRequestWindow) has no day bound: LiteLLM needs dates on every query.
    int historyDays = 90;
    // Raw daily rows per /team/daily/activity page (LiteLLM sets no maximum). Large, because the
    // proxy orders a page only by date: a day spread over several pages could be read with rows
    // of that day repeated or missed if the proxy's database returns ties in another order.
    int activityPageSize = 1000;
    int spendLogPageSize = 1000;   // /spend/logs/v2 page_size, 1..1000
    // Spend logs are written by the proxy in batches after a call ends: each run re-reads this
    // much before the newest request it has (the cache dedupes by request id).
    qint64 spendLogOverlapMs = 10 * 60 * 1000;
    // Teams whose budgets are read even when the cache holds no spend for them yet.
    QStringList teamIds;
};

// The pulls, in the order a full sync runs them (roll-ups first, raw requests last).
QList<sync::ResourcePull> pulls(const LiteLlmOptions &options);

// Client settings for a proxy: the key goes out as "Authorization: Bearer sk-…", as every
// LiteLLM docs example sends it.
api::ConnectionSettings connectionSettings(const QUrl &baseUrl, const QString &adminKey);

// "LiteLLM at <url>: …" for a request to `path` that failed: the proxy's own words from its
// error bodies ({"error": {"message", "type", …}}, FastAPI's 422 {"detail": [...]} and the
// older {"detail": {"error": …}}), or what went wrong on the way there.
QString describeFailure(const QUrl &baseUrl, const QString &path, const api::ApiResponse &response);

} // namespace keel::sources::litellm
