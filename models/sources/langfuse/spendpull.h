#pragma once
// The "spend_daily" pull of a Langfuse source and what its two page decoders share: the page
// token (which route, which windows are left) and the state one pull keeps across its runs.
#include "langfusepulls.h"
#include "metricsrollup.h"

#include <domain/spend.h>

#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace keel::sources::langfuse {

sync::ResourcePull spendDailyPull(const LangfuseSpendOptions &options, std::shared_ptr<ServerRoutes> routes);

enum class SpendRoute { Metrics, Daily }; // GET /api/public/v2/metrics, or a v3 server's /metrics/daily

struct SpendPage {
    SpendRoute route = SpendRoute::Metrics;
    std::int64_t from = 0, end = 0; // the run's range [from, end): from a UTC midnight to now
    // Metrics: the windows still to ask, oldest first; the first is the one asked now.
    std::vector<std::pair<std::int64_t, std::int64_t>> windows;
    std::int64_t page = 1;  // Daily: the page asked
    std::int64_t upto = 0;  // Daily: the pages before held days from here on (this page's are older)
    std::int64_t query = 1; // the run's queries so far, for messages
    bool fellBack = false;  // this run already moved to the other route once
};
std::optional<SpendPage> readSpendPage(const std::optional<std::string> &token);
std::string spendPageToken(const SpendPage &page);
// The first page of a route for [from, end).
SpendPage firstSpendPage(SpendRoute route, std::int64_t from, std::int64_t end, bool fellBack);

// Halves a metrics window that came back full: at a UTC midnight when it spans several days,
// else at the minute nearest its middle; nullopt for a window of a minute or less.
std::optional<std::pair<std::pair<std::int64_t, std::int64_t>, std::pair<std::int64_t, std::int64_t>>>
splitMetricsWindow(std::int64_t from, std::int64_t to);

// Shared by the pull's buildRequest, decode, prepare and describeFailure, which run on the GUI,
// decoder and store threads; one pull's pages are asked one at a time.
struct SpendPullState {
    std::mutex mutex;
    SpendRoute asked = SpendRoute::Metrics; // the route of the request in flight
    bool metricsMissing = false;            // /v2/metrics answered 404: ask /metrics/daily first
    bool skipRun = false;                   // prepare: the roll-ups are fresh enough, or a 429 waits
    qint64 holdUntilMs = 0;                 // a 429's Retry-After
    // A day read in pieces (its window filled row_limit): the pieces' rows, written together
    // once the last piece is in. What is held here dies with the process, so its pages commit
    // the first piece's token as the resume point.
    std::optional<std::string> pieceStart; // the first piece's token
    std::optional<std::string> expected;   // the token the next page must come with
    std::int64_t piecesFrom = 0;
    std::vector<MetricsCell> pieces; // summed in USD, rounded once
};

struct SpendContext {
    const LangfuseSpendOptions &options;
    ServerRoutes &routes;
    SpendPullState &state;
};
sync::DecodedPage decodeMetricsPage(const QByteArray &body, const sync::PageContext &ctx, const SpendPage &page,
                                    const SpendContext &c);
sync::DecodedPage decodeDailyPage(const QByteArray &body, const sync::PageContext &ctx, const SpendPage &page,
                                  const SpendContext &c);

// What the messages call the request ("read the cost roll-ups (GET /api/public/v2/metrics)").
QString spendWhat(SpendRoute route);
QString spendPath(SpendRoute route);
// The rows of [from, to) replaced by `rows`, in the page's transaction.
std::function<void(store::Db &, bool)> replaceSpendDays(std::int64_t from, std::int64_t to,
                                                        std::vector<domain::SpendRow> rows);

} // namespace keel::sources::langfuse
