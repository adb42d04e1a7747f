#pragma once
// The review feed on the Platform API v1: GET /v1/review/queues, and GET /v1/review/items per
// status (pending first, then claimed, shown read-only), cursor-paged up to maxItems. This is
// the code ReviewFeed ran before the source layer existed, moved here unchanged.
#include "sources/reviewfeedsource.h"

#include <QStringList>

namespace keel::api { class PlatformClient; struct ApiResponse; }

namespace keel::sources {

class PlatformReviewFeed : public ReviewFeedSource {
    Q_OBJECT
public:
    explicit PlatformReviewFeed(api::PlatformClient *client, QObject *parent = nullptr);

    QString describe() const override;
    bool servesSyncedCache() const override { return true; }
    void listQueues(quint64 ticket) override;
    void loadOpenItems(quint64 ticket, const QString &queueId, int maxItems) override;

private:
    struct ItemsRun {
        quint64 ticket = 0;
        QString queue;
        int maxItems = 0;
        QStringList statuses;
        QList<domain::ReviewItem> collected;
    };
    void fetchItemsPage(ItemsRun run, QString cursor);
    FeedFailure explain(const QString &what, const api::ApiResponse &response) const;

    api::PlatformClient *m_client;
};

} // namespace keel::sources
