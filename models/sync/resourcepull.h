#pragma once
// What differs between the resources the SyncEngine pulls: the path and paging parameters, and
// how a page body is decoded and written. Decoding runs on the engine's decoder thread; the
// returned write runs on the store's writer thread inside the page's transaction.
#include "store/cachewriters.h"
#include "store/store.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>
#include <string>

namespace keel::sync {

struct DecodedPage {
    QString error;                        // decode error naming resource and field; nothing is written
    qint64 count = 0;                     // records in the page
    std::optional<std::string> nextCursor;
    qint64 mark = 0;                      // highest ts / updated_at / period_start seen (0 = none)
    // Writes the page's rows. `firstPage` lets list resources replace what was cached.
    std::function<void(store::Db &, bool firstPage)> write;
};

struct ResourcePull {
    QString name;        // sync_state.resource and the name in signals: "requests", "review_items", …
    QString path;        // "/v1/telemetry/requests"
    int limit = 1000;
    QString sinceParam;  // query parameter carrying the lower bound ("since", "updated_since", "from") or empty
    QList<QPair<QString, QString>> fixedQuery; // e.g. status=all, group_by=…
    // How far back a finished run's mark is moved for the next run's lower bound (late data).
    qint64 overlapMs = 0;
    std::function<DecodedPage(const QByteArray &body)> decode;
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
