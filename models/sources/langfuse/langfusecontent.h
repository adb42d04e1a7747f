#pragma once
// Langfuse answers as Keel review values, pure and off the GUI thread. Annotation queues map to
// review queues; a PENDING queue item plus the trace, observation or session it points at maps
// to a review item whose prompt, output and model are PLAIN TEXT: Langfuse io is any JSON (v3
// routes) or a raw string that may hold serialised JSON (v4 /v2/observations), and model
// output may contain HTML, which stays text (the workspace never renders it).
#include "langfuseconnection.h"

#include <domain/review.h>

#include <QString>

#include <optional>
#include <vector>

namespace keel::sources::langfuse {

// Chat messages as "role: text" paragraphs, a plain string as it is, other JSON indented.
std::string ioText(const Json &value);

// {data: [AnnotationQueue], meta: {page, limit, totalItems, totalPages}}
struct QueuePage {
    std::vector<domain::ReviewQueue> queues;
    std::int64_t totalPages = 0;
    QString error; // non-empty: the page could not be read
};
QueuePage readQueuePage(const QByteArray &body);

// One AnnotationQueueItem, before its content is fetched.
struct QueueItemRef {
    std::string id, queueId, objectId, objectType, status;
    domain::UnixMs createdAt = 0;
};
struct ItemPage {
    std::vector<QueueItemRef> items;
    std::int64_t totalPages = 0;
    QString error;
};
ItemPage readItemPage(const QByteArray &body);

// The review item for `ref` from its content: v4 `{data: [ObservationV2], meta}` (a trace's or
// session's observations, or the one observation), or a v3 TraceWithFullDetails / Observation.
// An unreadable body gives *error and an item without content.
domain::ReviewItem itemFromObservationsV2(const QueueItemRef &ref, const QByteArray &body, QString *error);
domain::ReviewItem itemFromLegacy(const QueueItemRef &ref, const QByteArray &body, QString *error);
// A SESSION item on a v3 server, whose session routes Keel does not read: no content, says so.
domain::ReviewItem itemWithoutContent(const QueueItemRef &ref, const QString &note);

} // namespace keel::sources::langfuse
