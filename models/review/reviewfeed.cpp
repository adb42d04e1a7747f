#include "reviewfeed.h"

#include "reviewcache.h"

#include <sources/offthread.h>
#include <sources/platform/platformreviewfeed.h>

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace keel::review {

ReviewFeed::ReviewFeed(api::PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_ownedSource(std::make_unique<sources::PlatformReviewFeed>(client))
    , m_source(m_ownedSource.get())
{
    attach();
}

ReviewFeed::ReviewFeed(sources::ReviewFeedSource *source, QObject *parent)
    : QObject(parent)
    , m_source(source)
{
    attach();
}

void ReviewFeed::attach()
{
    connect(m_source, &sources::ReviewFeedSource::queuesListed, this, [this](quint64 ticket, const auto &queues) {
        if (ticket == m_queuesGeneration)
            Q_EMIT queuesLoaded(queues);
    });
    connect(m_source, &sources::ReviewFeedSource::itemsLoaded, this,
            [this](quint64 ticket, const QString &queue, const auto &items) {
                if (ticket == m_itemsGeneration)
                    Q_EMIT itemsLoaded(queue, items);
            });
    connect(m_source, &sources::ReviewFeedSource::failed, this, &ReviewFeed::onFailed);
}

ReviewFeed::~ReviewFeed() = default;

void ReviewFeed::refreshQueues()
{
    m_queuesGeneration += 2;
    m_source->listQueues(m_queuesGeneration);
}

void ReviewFeed::loadItems(const QString &queueId)
{
    m_queue = queueId;
    m_itemsGeneration += 2;
    m_source->loadOpenItems(m_itemsGeneration, queueId, m_maxItems);
}

void ReviewFeed::onFailed(quint64 ticket, const QString &what, const sources::FeedFailure &failure)
{
    const bool items = what == u"items"_s;
    if (ticket != (items ? m_itemsGeneration : m_queuesGeneration))
        return;
    if (failure.unreachable && m_source->servesSyncedCache() && fallBackToCache(what, failure.message, ticket))
        return;
    Q_EMIT loadFailed(what, failure.message, failure.httpStatus);
}

bool ReviewFeed::fallBackToCache(const QString &what, const QString &message, quint64 generation)
{
    if (m_cachePath.isEmpty())
        return false;
    const bool items = what == u"items"_s;
    const QString queue = items ? m_queue : QString();
    const QString path = m_cachePath;
    const int maxItems = m_maxItems;
    sources::decodeOffThread<CachedReview>(QByteArray(), [path, queue, maxItems](const QByteArray &) {
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

} // namespace keel::review
