#pragma once
// The review queues and items the last sync left in the local cache: what the workspace shows
// when the platform cannot be reached, so a reviewer can still read the queue offline.
// Blocking reads: call them on a worker thread.
#include <domain/review.h>

#include <QList>
#include <QString>

#include <optional>

namespace keel::review {

struct CachedReview {
    QList<domain::ReviewQueue> queues;
    QList<domain::ReviewItem> items;  // open items (pending, claimed) of the asked queue
    qint64 lastSyncedAt = 0;          // Unix ms of the last committed review sync, 0 = never
    QString error;                    // the cache could not be read
};

// queueId empty: queues only.
CachedReview readCachedReview(const QString &storePath, const QString &queueId, int maxItems);

} // namespace keel::review
