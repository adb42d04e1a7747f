// SyncEngine, the raw-request window (store::RequestWindow): what a requests run may pull, and
// the trim after it. Kept apart from the paging machinery in syncengine.cpp.
#include "syncengine.h"

#include "logging.h"

#include "store/database.h"
#include "store/store.h"

#include <domain/timeutil.h>

#include <clock.h>

#include <algorithm>

namespace keel::sync {

void SyncEngine::clampToRequestWindow(std::optional<std::string> &since, bool resuming, qint64 rowBoundStartMs) const
{
    // Nothing older than the window is pulled: not on a first sync, nor after a long time offline;
    // by days, and by rows as far as the roll-up's daily counts tell (the trim after the run
    // enforces the row bound exactly). An interrupted run's cursor is kept: its pages lie inside
    // the bound it started with.
    const qint64 windowStart = std::max<qint64>(m_requestWindow.startMs(keel::clock::nowMs()), rowBoundStartMs);
    if (windowStart <= 0 || resuming)
        return;
    const std::optional<std::int64_t> sinceMs = since ? domain::parseRfc3339(*since) : std::nullopt;
    if (!sinceMs || *sinceMs < windowStart)
        since = domain::formatRfc3339(windowStart);
}

void SyncEngine::trimRequestWindow()
{
    const store::RequestWindow window = m_requestWindow;
    const qint64 now = keel::clock::nowMs();
    m_store->write([window, now](store::Db &db) {
        if (const auto n = store::trimRequestWindow(db, window, now))
            qCInfo(lcSync) << "dropped" << n << "raw requests outside the cache window";
    });
}

} // namespace keel::sync
