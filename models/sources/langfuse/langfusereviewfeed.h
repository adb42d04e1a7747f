#pragma once
// Review queues from a Langfuse project: annotation queues are the queues, their PENDING items
// the open items. A queue item carries no content (only objectId/objectType), so each item's
// trace, observation or session is fetched too, a few at a time:
//   v4      GET /api/public/v2/observations?traceId= | sessionId= | filter=[id =] (fields io, model)
//   legacy  GET /api/public/traces/{id}, /observations/{id} (a v3 server: /v2/observations is 404)
// Lists are page/limit with limit at most 100; pages and content decode on the thread pool.
// Langfuse has no claim: every open item is "pending" (see LangfuseFeedbackSink::hasLeases).
#include "langfuseconnection.h"

#include "sources/reviewfeedsource.h"

#include <memory>

namespace keel::sources::langfuse {

struct QueueItemRef;

class LangfuseReviewFeed : public ReviewFeedSource {
    Q_OBJECT
public:
    // client: settings from connectionSettings(); routes: shared with the sink of the same
    // connection so the route generation is found once. Neither is owned.
    LangfuseReviewFeed(api::PlatformClient *client, std::shared_ptr<ServerRoutes> routes, QObject *parent = nullptr);

    QString describe() const override;
    void listQueues(quint64 ticket) override;
    void loadOpenItems(quint64 ticket, const QString &queueId, int maxItems) override;

    // Content requests in flight at once (per load).
    void setParallelFetches(int n) { m_parallel = std::max(1, n); }

private:
    struct QueuesRun;
    struct ItemsRun;
    void fetchQueuePage(std::shared_ptr<QueuesRun> run, int page);
    void fetchCounts(std::shared_ptr<QueuesRun> run);
    void fetchItemPage(std::shared_ptr<ItemsRun> run, int page);
    void fetchContent(std::shared_ptr<ItemsRun> run);
    void fetchOne(std::shared_ptr<ItemsRun> run, int index);
    void finishOne(std::shared_ptr<ItemsRun> run, int index, const QueueItemRef &ref, const api::ApiResponse &r,
                   bool v4);
    void fail(quint64 ticket, const QString &what, const QString &message, int httpStatus, bool unreachable);
    QUrl baseUrl() const;

    api::PlatformClient *m_client;
    std::shared_ptr<ServerRoutes> m_routes;
    int m_parallel = 4;
};

} // namespace keel::sources::langfuse
