#pragma once
// Loads the review queues and one queue's open items for the workspace from a review source
// (the Platform API, or Langfuse annotation queues; sources::ReviewFeedSource). A stale answer
// (queue changed meanwhile) is dropped. When the platform cannot be reached, the synced cache
// stands in and loadFailed() says so.
#include <domain/review.h>

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace keel::api { class PlatformClient; }
namespace keel::sources { class ReviewFeedSource; struct FeedFailure; }

namespace keel::review {

class ReviewFeed : public QObject {
    Q_OBJECT
public:
    // The Platform API v1 (a PlatformReviewFeed on client, owned by this object).
    explicit ReviewFeed(api::PlatformClient *client, QObject *parent = nullptr);
    // Any source; not owned, must outlive this object.
    explicit ReviewFeed(sources::ReviewFeedSource *source, QObject *parent = nullptr);
    ~ReviewFeed() override;

    void refreshQueues();
    // Open items of a queue: pending first, then those claimed by someone (shown read-only).
    void loadItems(const QString &queueId);
    QString currentQueue() const { return m_queue; }
    void setMaxItems(int maxItems) { m_maxItems = maxItems; }
    // The synced cache to fall back on when the platform cannot be reached (empty: none).
    // Used only for a source whose data the sync writes there (the platform).
    void setCachePath(const QString &storePath) { m_cachePath = storePath; }
    sources::ReviewFeedSource *source() const { return m_source; }

Q_SIGNALS:
    void queuesLoaded(const QList<keel::domain::ReviewQueue> &queues);
    void itemsLoaded(const QString &queueId, const QList<keel::domain::ReviewItem> &items);
    // what: "queues" or "items"; httpStatus 0 for network trouble
    void loadFailed(const QString &what, const QString &message, int httpStatus);

private:
    void attach();
    void onFailed(quint64 ticket, const QString &what, const sources::FeedFailure &failure);
    // Network trouble: serve what the last sync cached, then say so through loadFailed().
    bool fallBackToCache(const QString &what, const QString &message, quint64 generation);

    std::unique_ptr<sources::ReviewFeedSource> m_ownedSource;
    sources::ReviewFeedSource *m_source;
    QString m_queue;
    // Tickets handed to the source: queue lists and item loads count separately, odd/even so
    // one answer can never be mistaken for the other.
    quint64 m_itemsGeneration = 0;
    quint64 m_queuesGeneration = 1;
    int m_maxItems = 500;
    QString m_cachePath;
};

} // namespace keel::review
