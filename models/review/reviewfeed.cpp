#include "reviewfeed.h"

#include "reviewcache.h"

#include <QDateTime>
#include <QLocale>

#include "leasemessages.h"

#include <api/platformclient.h>
#include <domain/codec.h>

#include <QCoreApplication>
#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <memory>

using namespace Qt::StringLiterals;

namespace keel::review {

namespace {

struct QueuesResult {
    QList<domain::ReviewQueue> queues;
    QString error;
};

struct ItemsResult {
    QList<domain::ReviewItem> items;
    std::optional<std::string> next;
    QString error;
};

// Runs fn(body) on the global thread pool; the continuation runs on context's thread and is
// dropped if context is gone by then.
template <typename Result, typename Fn>
QFuture<Result> decodeOffThread(QByteArray body, Fn fn)
{
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, body = std::move(body), fn]() {
        promise->addResult(fn(body));
        promise->finish();
    });
    return future;
}

std::string_view view(const QByteArray &b)
{
    return std::string_view(b.constData(), std::size_t(b.size()));
}

} // namespace

ReviewFeed::ReviewFeed(api::PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QString ReviewFeed::explain(const QString &what, const api::ApiResponse &r) const
{
    if (r.httpStatus == 403)
        return forbiddenMessage();
    if (r.error.kind == api::ApiError::Kind::Http) {
        const QString detail = QString::fromStdString(r.error.problem.detail);
        return tr("The platform could not list %1 (HTTP %2)%3").arg(what).arg(r.httpStatus)
            .arg(detail.isEmpty() ? u"."_s : u": "_s + detail);
    }
    return tr("Could not reach the platform to list %1: %2").arg(what, api::describe(r.error));
}

void ReviewFeed::refreshQueues()
{
    api::ApiRequest request;
    request.path = u"/v1/review/queues"_s;
    const quint64 generation = ++m_queuesGeneration;
    api::ApiReply *reply = m_client->send(request);
    connect(reply, &api::ApiReply::finished, this, [this, generation](const api::ApiResponse &r) {
        if (generation != m_queuesGeneration)
            return;
        if (!r.ok()) {
            if (r.httpStatus == 0 && fallBackToCache(u"queues"_s, explain(tr("review queues"), r), generation))
                return;
            Q_EMIT loadFailed(u"queues"_s, explain(tr("review queues"), r), r.httpStatus);
            return;
        }
        decodeOffThread<QueuesResult>(r.body, [](const QByteArray &body) {
            QueuesResult out;
            auto page = domain::decodeQueuePage(view(body));
            if (!page) {
                out.error = QString::fromStdString(page.error().toString());
                return out;
            }
            for (auto &q : page.value().items)
                out.queues.append(std::move(q));
            return out;
        }).then(this, [this, generation](const QueuesResult &result) {
            if (generation != m_queuesGeneration)
                return;
            if (!result.error.isEmpty())
                Q_EMIT loadFailed(u"queues"_s, tr("The platform sent review queues the console cannot read: %1")
                                                   .arg(result.error), 0);
            else
                Q_EMIT queuesLoaded(result.queues);
        });
    });
}

bool ReviewFeed::fallBackToCache(const QString &what, const QString &message, quint64 generation)
{
    if (m_cachePath.isEmpty())
        return false;
    const bool items = what == u"items"_s;
    const QString queue = items ? m_queue : QString();
    const QString path = m_cachePath;
    const int maxItems = m_maxItems;
    decodeOffThread<CachedReview>(QByteArray(), [path, queue, maxItems](const QByteArray &) {
        return readCachedReview(path, queue, maxItems);
    }).then(this, [this, what, message, generation, items, queue](const CachedReview &cached) {
            if (generation != (items ? m_itemsGeneration : m_queuesGeneration))
                return;
            if (!cached.error.isEmpty() || cached.lastSyncedAt == 0) {
                Q_EMIT loadFailed(what, message, 0);
                return;
            }
            if (items)
                Q_EMIT itemsLoaded(queue, cached.items);
            else
                Q_EMIT queuesLoaded(cached.queues);
            const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(cached.lastSyncedAt), QLocale::ShortFormat);
            Q_EMIT loadFailed(what, tr("Offline: showing the review queue as synced at %1. Decisions are saved here and "
                                       "sent when the platform is back.").arg(when) + u' ' + message, 0);
        });
    return true;
}

void ReviewFeed::loadItems(const QString &queueId)
{
    m_queue = queueId;
    fetchItemsPage(++m_itemsGeneration, {u"pending"_s, u"claimed"_s}, {}, {});
}

void ReviewFeed::fetchItemsPage(quint64 generation, QStringList statuses, QString cursor,
                                QList<domain::ReviewItem> collected)
{
    api::ApiRequest request;
    request.path = u"/v1/review/items"_s;
    request.query = {{u"queue"_s, m_queue}, {u"status"_s, statuses.first()}, {u"limit"_s, u"100"_s}};
    if (!cursor.isEmpty())
        request.query.append({u"cursor"_s, cursor});
    api::ApiReply *reply = m_client->send(request);
    connect(reply, &api::ApiReply::finished, this,
            [this, generation, statuses, collected](const api::ApiResponse &r) {
        if (generation != m_itemsGeneration)
            return;
        if (!r.ok()) {
            if (r.httpStatus == 0 && fallBackToCache(u"items"_s, explain(tr("review items"), r), generation))
                return;
            Q_EMIT loadFailed(u"items"_s, explain(tr("review items"), r), r.httpStatus);
            return;
        }
        decodeOffThread<ItemsResult>(r.body, [](const QByteArray &body) {
            ItemsResult out;
            auto page = domain::decodeItemPage(view(body));
            if (!page) {
                out.error = QString::fromStdString(page.error().toString());
                return out;
            }
            for (auto &it : page.value().items)
                out.items.append(std::move(it));
            out.next = page.value().nextCursor;
            return out;
        }).then(this, [this, generation, statuses, collected](const ItemsResult &result) mutable {
            if (generation != m_itemsGeneration)
                return;
            if (!result.error.isEmpty()) {
                Q_EMIT loadFailed(u"items"_s, tr("The platform sent review items the console cannot read: %1")
                                                  .arg(result.error), 0);
                return;
            }
            collected += result.items;
            if (collected.size() < m_maxItems && result.next && !result.next->empty()) {
                fetchItemsPage(generation, statuses, QString::fromStdString(*result.next), collected);
                return;
            }
            statuses.removeFirst();
            if (!statuses.isEmpty() && collected.size() < m_maxItems) {
                fetchItemsPage(generation, statuses, {}, collected);
                return;
            }
            Q_EMIT itemsLoaded(m_queue, collected);
        });
    });
}

} // namespace keel::review
