#include "langfusereviewfeed.h"

#include "langfusecontent.h"
#include "logging.h"

#include "sources/offthread.h"

#include <api/platformclient.h>

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace keel::sources::langfuse {

namespace {

constexpr int kPageLimit = 100; // publicApiPaginationZod: 1..100
const QString kQueues = u"/api/public/annotation-queues"_s;

QString enc(const std::string &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(QString::fromStdString(s)));
}

// The content request for an item, for one route generation.
api::ApiRequest contentRequest(const QueueItemRef &ref, bool v4)
{
    api::ApiRequest r;
    if (v4) {
        r.path = u"/api/public/v2/observations"_s;
        r.query = {{u"fields"_s, u"core,basic,io,model"_s}, {u"limit"_s, u"1000"_s}};
        if (ref.objectType == "OBSERVATION") {
            const Json filter = Json::array({Json{{"type", "string"}, {"column", "id"}, {"operator", "="},
                                                  {"value", ref.objectId}}});
            r.query.append({u"filter"_s, QString::fromStdString(filter.dump())});
        } else if (ref.objectType == "SESSION") {
            r.query.append({u"sessionId"_s, QString::fromStdString(ref.objectId)});
        } else {
            r.query.append({u"traceId"_s, QString::fromStdString(ref.objectId)});
        }
    } else if (ref.objectType == "OBSERVATION") {
        r.path = u"/api/public/observations/"_s + enc(ref.objectId);
    } else {
        r.path = u"/api/public/traces/"_s + enc(ref.objectId);
        r.query = {{u"fields"_s, u"core,io,observations"_s}};
    }
    return r;
}

} // namespace

struct LangfuseReviewFeed::QueuesRun {
    quint64 ticket = 0;
    std::vector<domain::ReviewQueue> queues;
    int countsLeft = 0;
    bool failed = false;
};

struct LangfuseReviewFeed::ItemsRun {
    quint64 ticket = 0;
    QString queue;
    int maxItems = 0;
    std::vector<QueueItemRef> refs;
    std::vector<std::optional<domain::ReviewItem>> items;
    int next = 0;      // next ref to fetch content for
    int inFlight = 0;
    int done = 0;
    bool failed = false;
};

LangfuseReviewFeed::LangfuseReviewFeed(api::PlatformClient *client, std::shared_ptr<ServerRoutes> routes, QObject *parent)
    : ReviewFeedSource(parent)
    , m_client(client)
    , m_routes(std::move(routes))
{
}

QUrl LangfuseReviewFeed::baseUrl() const
{
    return m_client->settings().baseUrl;
}

QString LangfuseReviewFeed::describe() const
{
    return sourceName(baseUrl());
}

void LangfuseReviewFeed::fail(quint64 ticket, const QString &what, const QString &message, int httpStatus,
                              bool unreachable)
{
    qCInfo(lcReview).noquote() << "langfuse feed:" << message;
    Q_EMIT failed(ticket, what, FeedFailure{message, httpStatus, unreachable});
}

void LangfuseReviewFeed::listQueues(quint64 ticket)
{
    auto run = std::make_shared<QueuesRun>();
    run->ticket = ticket;
    fetchQueuePage(run, 1);
}

void LangfuseReviewFeed::fetchQueuePage(std::shared_ptr<QueuesRun> run, int page)
{
    api::ApiRequest request;
    request.path = kQueues;
    request.query = {{u"page"_s, QString::number(page)}, {u"limit"_s, QString::number(kPageLimit)}};
    api::ApiReply *reply = m_client->send(request);
    connect(reply, &api::ApiReply::finished, this, [this, run, page](const api::ApiResponse &r) {
        if (!r.ok())
            return fail(run->ticket, u"queues"_s, describeFailure(baseUrl(), tr("list the annotation queues"), r),
                        r.httpStatus, r.httpStatus == 0);
        decodeOffThread<QueuePage>(r.body, [](const QByteArray &body) { return readQueuePage(body); })
            .then(this, [this, run, page](const QueuePage &result) {
                if (!result.error.isEmpty())
                    return fail(run->ticket, u"queues"_s,
                                describeUnreadable(baseUrl(), tr("list the annotation queues"), result.error), 0, false);
                run->queues.insert(run->queues.end(), result.queues.begin(), result.queues.end());
                if (page < result.totalPages && !result.queues.empty())
                    return fetchQueuePage(run, page + 1);
                fetchCounts(run);
            });
    });
}

// The pending count of each queue: one item page of limit 1, whose meta.totalItems is the count.
void LangfuseReviewFeed::fetchCounts(std::shared_ptr<QueuesRun> run)
{
    run->countsLeft = int(run->queues.size());
    if (run->countsLeft == 0) {
        Q_EMIT queuesListed(run->ticket, {});
        return;
    }
    for (std::size_t i = 0; i < run->queues.size(); ++i) {
        api::ApiRequest request;
        request.path = kQueues + u'/' + enc(run->queues[i].id) + u"/items"_s;
        request.query = {{u"status"_s, u"PENDING"_s}, {u"page"_s, u"1"_s}, {u"limit"_s, u"1"_s}};
        api::ApiReply *reply = m_client->send(request);
        connect(reply, &api::ApiReply::finished, this, [this, run, i](const api::ApiResponse &r) {
            if (run->failed)
                return;
            if (!r.ok()) {
                run->failed = true;
                return fail(run->ticket, u"queues"_s, describeFailure(baseUrl(), tr("count a queue's open items"), r),
                            r.httpStatus, r.httpStatus == 0);
            }
            const Json page = parse(r.body); // one item: small enough to read here
            if (page.is_object() && page.contains("meta") && page["meta"].is_object()
                && page["meta"].contains("totalItems") && page["meta"]["totalItems"].is_number_integer())
                run->queues[i].pending = page["meta"]["totalItems"].get<std::int64_t>();
            if (--run->countsLeft == 0)
                Q_EMIT queuesListed(run->ticket, QList<domain::ReviewQueue>(run->queues.begin(), run->queues.end()));
        });
    }
}

void LangfuseReviewFeed::loadOpenItems(quint64 ticket, const QString &queueId, int maxItems)
{
    auto run = std::make_shared<ItemsRun>();
    run->ticket = ticket;
    run->queue = queueId;
    run->maxItems = std::max(1, maxItems);
    fetchItemPage(run, 1);
}

void LangfuseReviewFeed::fetchItemPage(std::shared_ptr<ItemsRun> run, int page)
{
    api::ApiRequest request;
    request.path = kQueues + u'/' + enc(run->queue.toStdString()) + u"/items"_s;
    const int limit = std::min(kPageLimit, run->maxItems);
    request.query = {{u"status"_s, u"PENDING"_s}, {u"page"_s, QString::number(page)}, {u"limit"_s, QString::number(limit)}};
    api::ApiReply *reply = m_client->send(request);
    connect(reply, &api::ApiReply::finished, this, [this, run, page](const api::ApiResponse &r) {
        if (!r.ok())
            return fail(run->ticket, u"items"_s, describeFailure(baseUrl(), tr("list the queue's open items"), r),
                        r.httpStatus, r.httpStatus == 0);
        decodeOffThread<ItemPage>(r.body, [](const QByteArray &body) { return readItemPage(body); })
            .then(this, [this, run, page](const ItemPage &result) {
                if (!result.error.isEmpty())
                    return fail(run->ticket, u"items"_s,
                                describeUnreadable(baseUrl(), tr("list the queue's open items"), result.error), 0, false);
                for (const QueueItemRef &ref : result.items)
                    if (int(run->refs.size()) < run->maxItems)
                        run->refs.push_back(ref);
                if (int(run->refs.size()) < run->maxItems && page < result.totalPages && !result.items.empty())
                    return fetchItemPage(run, page + 1);
                run->items.resize(run->refs.size());
                fetchContent(run);
            });
    });
}

void LangfuseReviewFeed::fetchContent(std::shared_ptr<ItemsRun> run)
{
    if (run->failed)
        return;
    if (run->done == int(run->refs.size())) {
        QList<domain::ReviewItem> items;
        for (auto &item : run->items)
            items.append(std::move(*item));
        Q_EMIT itemsLoaded(run->ticket, run->queue, items);
        return;
    }
    // The first content request finds the route generation; the rest wait for its answer.
    const int width = m_routes->generation == Generation::Unknown ? 1 : m_parallel;
    while (run->inFlight < width && run->next < int(run->refs.size()))
        fetchOne(run, run->next++);
}

void LangfuseReviewFeed::fetchOne(std::shared_ptr<ItemsRun> run, int index)
{
    const QueueItemRef ref = run->refs[std::size_t(index)];
    if (m_routes->generation == Generation::Legacy && ref.objectType == "SESSION") {
        // v3 session routes are deprecated and Keel does not read them: the item is still shown.
        run->items[std::size_t(index)] = itemWithoutContent(
            ref, tr("Session %1: this Langfuse server (v3) does not give Keel a session's content. Open it in Langfuse "
                    "to read it.").arg(QString::fromStdString(ref.objectId)));
        ++run->done;
        return fetchContent(run);
    }
    const bool v4 = m_routes->generation != Generation::Legacy;
    ++run->inFlight;
    api::ApiReply *reply = m_client->send(contentRequest(ref, v4));
    connect(reply, &api::ApiReply::finished, this,
            [this, run, index, ref, v4](const api::ApiResponse &r) { finishOne(run, index, ref, r, v4); });
}

void LangfuseReviewFeed::finishOne(std::shared_ptr<ItemsRun> run, int index, const QueueItemRef &ref,
                                   const api::ApiResponse &r, bool v4)
{
    --run->inFlight;
    if (run->failed)
        return;
    if (v4 && r.httpStatus == 404 && m_routes->generation == Generation::Unknown) {
        // A v3 server has no /v2/observations: use its legacy routes from now on.
        qCInfo(lcReview) << "langfuse: /v2/observations is 404, using the v3 routes";
        m_routes->generation = Generation::Legacy;
        --run->next; // only one request was in flight while the generation was unknown
        Q_ASSERT(run->next == index);
        return fetchContent(run);
    }
    if (!r.ok() && r.httpStatus != 404) {
        run->failed = true;
        return fail(run->ticket, u"items"_s, describeFailure(baseUrl(), tr("read a queue item's trace"), r), r.httpStatus,
                    r.httpStatus == 0);
    }
    if (v4 && r.ok() && m_routes->generation == Generation::Unknown)
        m_routes->generation = Generation::V4;
    const QString missing = tr("The %1 %2 this item points at was not found in Langfuse (deleted, or in another "
                               "project).").arg(QString::fromStdString(ref.objectType).toLower(),
                                                QString::fromStdString(ref.objectId));
    const QByteArray body = r.ok() ? r.body : QByteArray();
    struct Decoded {
        domain::ReviewItem item;
        QString error;
    };
    decodeOffThread<Decoded>(body, [ref, v4, missing](const QByteArray &b) {
        Decoded d;
        if (b.isEmpty())
            d.item = itemWithoutContent(ref, missing);
        else
            d.item = v4 ? itemFromObservationsV2(ref, b, &d.error) : itemFromLegacy(ref, b, &d.error);
        return d;
    }).then(this, [this, run, index](const Decoded &d) {
        if (run->failed)
            return;
        if (!d.error.isEmpty()) {
            run->failed = true;
            return fail(run->ticket, u"items"_s, describeUnreadable(baseUrl(), tr("read a queue item's trace"), d.error),
                        0, false);
        }
        run->items[std::size_t(index)] = d.item;
        ++run->done;
        fetchContent(run);
    });
}

} // namespace keel::sources::langfuse
