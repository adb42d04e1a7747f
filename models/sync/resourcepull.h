#pragma once
// What differs between the resources the SyncEngine pulls: the path and paging parameters, and
// how a page body is decoded and written. Decoding runs on the engine's decoder thread; the
// returned write runs on the store's writer thread inside the page's transaction.
//
// The Platform API's pulls (standardPulls) only name a path and parameters: the engine pages
// them with limit/cursor and reads next_cursor. A pull for another source (sources/litellm)
// builds each request itself from a page token of its own (a page number, a day and a page)
// and reports the next token in DecodedPage::nextCursor; the engine commits that token with the
// page exactly as it commits a platform cursor, so such a pull resumes the same way.
#include "api/apitypes.h"
#include "api/platformclient.h"
#include "store/cachewriters.h"
#include "store/store.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>
#include <string>

namespace keel::sync {

struct DecodedPage {
    QString error;                        // decode error naming resource and field; nothing is written
    qint64 count = 0;                     // records in the page
    std::optional<std::string> nextCursor;
    // Where a run interrupted after this page resumes, when not at nextCursor: a pull that
    // assembles rows from several pages (a LiteLLM day split over pages) commits the token of
    // the first of them, because what it holds in memory dies with the process. Unset = nextCursor.
    std::optional<std::string> resumeCursor;
    qint64 mark = 0;                      // highest ts / updated_at / period_start seen (0 = none)
    // Writes the page's rows. `firstPage` lets list resources replace what was cached.
    std::function<void(store::Db &, bool firstPage)> write;
};

// What a pull is told about the page being requested or decoded.
struct PageContext {
    std::optional<std::string> cursor; // the page token; nullopt = the first page of a run
    std::optional<std::string> since;  // the run's lower bound (RFC 3339), if it has one
    int limit = 0;                     // ResourcePull::limit
    int httpStatus = 200;              // for decode: the answer's status (see decodableStatuses)
    qint64 nowMs = 0;                  // when the request was built; decode sees the same value
};

struct ResourcePull {
    QString name;        // sync_state.resource and the name in signals: "requests", "review_items", …
    QString path;        // "/v1/telemetry/requests"
    int limit = 1000;
    QString sinceParam;  // query parameter carrying the lower bound ("since", "updated_since", "from") or empty
    QList<QPair<QString, QString>> fixedQuery; // e.g. status=all, group_by=…
    // How far back a finished run's mark is moved for the next run's lower bound (late data).
    qint64 overlapMs = 0;
    std::function<DecodedPage(const QByteArray &body, const PageContext &page)> decode;

    // For a source other than the Platform API (all optional; unset = the platform's behaviour):
    // The request for a page. nullopt for the first page = nothing to fetch (the run succeeds
    // with no records, e.g. no team known whose budget could be read).
    std::function<std::optional<api::ApiRequest>(const PageContext &page)> buildRequest;
    // With buildRequest: the run keeps a lower bound in sync_state, moved to the newest mark
    // (less overlapMs) when a run finishes, as a pull with a sinceParam does.
    bool keepsSince = false;
    // HTTP error statuses whose body decode() handles itself instead of failing the run (LiteLLM
    // answers 404 for a team deleted since its spend was cached).
    QList<int> decodableStatuses;
    // The message the user sees when a page fails, naming the source ("LiteLLM at <url>: …").
    // Unset: api::describe, which speaks of "the platform".
    std::function<QString(const api::ApiResponse &response)> describeFailure;
    // Runs on the store's thread before a run's first request, to read what the pull needs
    // from the cache (which teams it knows spend for).
    std::function<void(store::Db &db)> prepare;
    // The client this pull's pages go through, when not the engine's own: a session that takes
    // spend from a LiteLLM proxy and the rest from the platform runs one engine over both, so
    // one sync, one progress bar and one order (roll-ups first) cover every source.
    QPointer<api::PlatformClient> client;

    bool incremental() const { return !sinceParam.isEmpty() || keepsSince; }
};

// Every dimension the spend dashboards group or filter by (Platform API 1.1): the cached
// roll-up answers drivers, anomalies and providers without raw requests.
inline const QString kSpendDimensions = QStringLiteral("model,provider,use_case,team,customer_segment,route,prompt_template");

// The resources in the order a full sync pulls them. Page limits are the server's maxima for
// the bulk ones, so a million requests are 200 round trips, not 1000.
QList<ResourcePull> standardPulls(int requestPageLimit = 5000);

// Reads "next_cursor" near the end of a page without decoding the page, so the next request can
// go out while this one is still being decoded. nullopt when it cannot tell (then we wait for
// the full decode); a definite null cursor is returned as an empty optional in `isLast`.
struct CursorPeek {
    bool known = false;
    std::optional<std::string> cursor;
};
CursorPeek peekNextCursor(const QByteArray &body);

} // namespace keel::sync
