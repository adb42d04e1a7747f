#pragma once
// Spend and raw requests from a Langfuse project into the same cache tables the Platform API
// fills, so the spend views show them unchanged. The app points a PlatformClient at Langfuse
// (the host and the project's keys, as for the review source) and lets these pulls take the
// places of the platform's pulls of the same names:
//
//     namespace lf = sources::langfuse;
//     api::PlatformClient spendClient(lf::connectionSettings(url, publicKey, secretKey));
//     QList<sync::ResourcePull> all = sync::standardPulls();
//     for (sync::ResourcePull &p : lf::pulls({.baseUrl = url})) {
//         p.client = &spendClient;
//         for (sync::ResourcePull &q : all)
//             if (q.name == p.name)
//                 q = p;
//     }
//     engine.setPulls(all);
//
//   spend_daily  GET /api/public/v2/metrics (v4): one query per window of days, split where a
//                window fills row_limit; at most one run per metricsMinIntervalMs (the route's
//                budget is 100 a day on Hobby). v3 servers: GET /api/public/metrics/daily.
//   budgets      nothing to fetch: Langfuse has no budgets (the run succeeds with none).
//   requests     GET /api/public/v2/observations?type=GENERATION over the raw-request window,
//                cursor paged. v3 servers: GET /api/public/observations, paged by page/limit.
//
// v4 or v3 is found by the 404 the other generation answers and kept in ServerRoutes (shared
// with the review source when it is given one). What maps where, and what Langfuse cannot give
// Keel, is in docs/connectors-langfuse.md ("Spend and request records from Langfuse").
#include "langfuseconnection.h"
#include "sync/resourcepull.h"

#include <QList>
#include <QUrl>

#include <memory>

namespace keel::sources::langfuse {

struct LangfuseSpendOptions {
    QUrl baseUrl; // the Langfuse host, e.g. https://cloud.langfuse.com (named in messages)
    // The route generation, shared with the review feed and sink of the same host when the app
    // has them; null: the pulls share one of their own.
    std::shared_ptr<ServerRoutes> routes;
    // How far back a first sync reads daily spend, and raw requests when the request window
    // (SyncEngine::setRequestWindow) has no day bound.
    int historyDays = 90;
    int observationPageSize = 1000; // /v2/observations limit, 1..1000 (v1 pages hold at most 100)
    // Langfuse ingests asynchronously (a queue, then ClickHouse): a generation can show up minutes
    // after it started. Each requests run reads this much before the end of the last run's window
    // again; the cache dedupes by observation id.
    qint64 observationOverlapMs = 30 * 60 * 1000;
    int metricsRowLimit = 1000; // config.row_limit of a /v2/metrics query, 1..1000
    // /v2/metrics allows 100 queries a day on Hobby and 100 an hour on Core: no spend_daily run
    // asks again sooner than this after the last finished one, unless the cache has no roll-ups
    // yet or a run was interrupted. A 429's Retry-After is waited out too. 0 = every sync.
    qint64 metricsMinIntervalMs = 60 * 60 * 1000;
    int dailyMetricsPageSize = 100; // legacy /metrics/daily limit, 1..100
};

// The pulls, in the order a full sync runs them (roll-ups first, raw requests last), under the
// Platform API's resource names: the same cache tables, sync_state rows and request window.
QList<sync::ResourcePull> pulls(const LangfuseSpendOptions &options);

} // namespace keel::sources::langfuse
