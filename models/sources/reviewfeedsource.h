#pragma once
// Where review queues and their open items come from. ReviewFeed (the workspace's loader) talks
// only to this interface; PlatformReviewFeed reads the Platform API v1, LangfuseReviewFeed a
// Langfuse project's annotation queues. Answers arrive by signal on this object's thread and
// carry the caller's ticket, so the caller can drop a stale one; decoding of big pages happens
// on the thread pool inside each implementation, never on the GUI thread.
#include <domain/review.h>

#include <QList>
#include <QObject>
#include <QString>

namespace keel::sources {

struct FeedFailure {
    QString message;       // localized, names the source ("Langfuse at https://…: …")
    int httpStatus = 0;    // 0 for network trouble or an unreadable answer
    bool unreachable = false; // network trouble: the caller may fall back to a synced cache
};

class ReviewFeedSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // "Platform API at https://…", "Langfuse at https://…" (for messages and the status bar).
    virtual QString describe() const = 0;
    // Whether the console's synced cache holds this source's review data (only the platform's
    // does: sync pulls /v1/review/*), so that an offline feed may show it.
    virtual bool servesSyncedCache() const { return false; }

    // Emits queuesListed(ticket, …) or failed(ticket, "queues", …).
    virtual void listQueues(quint64 ticket) = 0;
    // A queue's open items, up to maxItems, each with the content a reviewer reads (prompt,
    // output, model). Emits itemsLoaded(ticket, …) or failed(ticket, "items", …).
    virtual void loadOpenItems(quint64 ticket, const QString &queueId, int maxItems) = 0;

Q_SIGNALS:
    void queuesListed(quint64 ticket, const QList<keel::domain::ReviewQueue> &queues);
    void itemsLoaded(quint64 ticket, const QString &queueId, const QList<keel::domain::ReviewItem> &items);
    // what: "queues" or "items"
    void failed(quint64 ticket, const QString &what, const keel::sources::FeedFailure &failure);
};

} // namespace keel::sources

Q_DECLARE_METATYPE(keel::sources::FeedFailure)
