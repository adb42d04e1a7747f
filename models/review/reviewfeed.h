#pragma once
// Loads the review queues and one queue's open items from the platform for the workspace.
// Pages are decoded on the thread pool (a page can carry megabytes of model output) and handed
// to the GUI thread as finished value lists; a stale answer (queue changed meanwhile) is dropped.
#include <domain/review.h>

#include <QList>
#include <QObject>
#include <QString>

namespace keel::api { class PlatformClient; struct ApiResponse; }

namespace keel::review {

class ReviewFeed : public QObject {
    Q_OBJECT
public:
    explicit ReviewFeed(api::PlatformClient *client, QObject *parent = nullptr);

    void refreshQueues();
    // Open items of a queue: pending first, then those claimed by someone (shown read-only).
    void loadItems(const QString &queueId);
    QString currentQueue() const { return m_queue; }
    void setMaxItems(int maxItems) { m_maxItems = maxItems; }
    // The synced cache to fall back on when the platform cannot be reached (empty: none).
    void setCachePath(const QString &storePath) { m_cachePath = storePath; }

Q_SIGNALS:
    void queuesLoaded(const QList<keel::domain::ReviewQueue> &queues);
    void itemsLoaded(const QString &queueId, const QList<keel::domain::ReviewItem> &items);
    // what: "queues" or "items"; httpStatus 0 for network trouble
    void loadFailed(const QString &what, const QString &message, int httpStatus);

private:
    struct ItemsJob;
    void fetchItemsPage(quint64 generation, QStringList statuses, QString cursor,
                        QList<domain::ReviewItem> collected);
    QString explain(const QString &what, const api::ApiResponse &response) const;

    api::PlatformClient *m_client;
    QString m_queue;
    quint64 m_itemsGeneration = 0;
    quint64 m_queuesGeneration = 0;
    int m_maxItems = 500;
    QString m_cachePath;
    // Network trouble: serve what the last sync cached, then say so through loadFailed().
    bool fallBackToCache(const QString &what, const QString &message, quint64 generation);
};

} // namespace keel::review
