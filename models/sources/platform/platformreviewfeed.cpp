#include "platformreviewfeed.h"

#include "sources/offthread.h"

#include <api/platformclient.h>
#include <domain/codec.h>
#include <review/leasemessages.h>

#include <QCoreApplication>

#include <optional>

using namespace Qt::StringLiterals;

// The messages keep ReviewFeed's translation context: they were written there and are translated.
namespace keel::sources {

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

} // namespace

PlatformReviewFeed::PlatformReviewFeed(api::PlatformClient *client, QObject *parent)
    : ReviewFeedSource(parent)
    , m_client(client)
{
}

QString PlatformReviewFeed::describe() const
{
    return QCoreApplication::translate("keel::sources", "Platform API at %1").arg(m_client->settings().baseUrl.toString());
}

FeedFailure PlatformReviewFeed::explain(const QString &what, const api::ApiResponse &r) const
{
    FeedFailure f;
    f.httpStatus = r.httpStatus;
    f.unreachable = r.httpStatus == 0;
    if (r.httpStatus == 403) {
        f.message = review::forbiddenMessage();
    } else if (r.error.kind == api::ApiError::Kind::Http) {
        const QString detail = QString::fromStdString(r.error.problem.detail);
        f.message = QCoreApplication::translate("keel::review::ReviewFeed", "The platform could not list %1 (HTTP %2)%3").arg(what).arg(r.httpStatus)
            .arg(detail.isEmpty() ? u"."_s : u": "_s + detail);
    } else {
        f.message = QCoreApplication::translate("keel::review::ReviewFeed", "Could not reach the platform to list %1: %2").arg(what, api::describe(r.error));
    }
    return f;
}

void PlatformReviewFeed::listQueues(quint64 ticket)
{
    api::ApiRequest request;
    request.path = u"/v1/review/queues"_s;
    api::ApiReply *reply = m_client->send(request);
    connect(reply, &api::ApiReply::finished, this, [this, ticket](const api::ApiResponse &r) {
        if (!r.ok()) {
            Q_EMIT failed(ticket, u"queues"_s, explain(QCoreApplication::translate("keel::review::ReviewFeed", "review queues"), r));
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
        }).then(this, [this, ticket](const QueuesResult &result) {
            if (!result.error.isEmpty())
                Q_EMIT failed(ticket, u"queues"_s,
                              {QCoreApplication::translate("keel::review::ReviewFeed", "The platform sent review queues the console cannot read: %1").arg(result.error), 0, false});
            else
                Q_EMIT queuesListed(ticket, result.queues);
        });
    });
}

void PlatformReviewFeed::loadOpenItems(quint64 ticket, const QString &queueId, int maxItems)
{
    fetchItemsPage({ticket, queueId, maxItems, {u"pending"_s, u"claimed"_s}, {}}, {});
}

void PlatformReviewFeed::fetchItemsPage(ItemsRun run, QString cursor)
{
    api::ApiRequest request;
    request.path = u"/v1/review/items"_s;
    request.query = {{u"queue"_s, run.queue}, {u"status"_s, run.statuses.first()}, {u"limit"_s, u"100"_s}};
    if (!cursor.isEmpty())
        request.query.append({u"cursor"_s, cursor});
    api::ApiReply *reply = m_client->send(request);
    connect(reply, &api::ApiReply::finished, this, [this, run](const api::ApiResponse &r) {
        if (!r.ok()) {
            Q_EMIT failed(run.ticket, u"items"_s, explain(QCoreApplication::translate("keel::review::ReviewFeed", "review items"), r));
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
        }).then(this, [this, run](const ItemsResult &result) mutable {
            if (!result.error.isEmpty()) {
                Q_EMIT failed(run.ticket, u"items"_s,
                              {QCoreApplication::translate("keel::review::ReviewFeed", "The platform sent review items the console cannot read: %1").arg(result.error), 0, false});
                return;
            }
            run.collected += result.items;
            if (run.collected.size() < run.maxItems && result.next && !result.next->empty()) {
                fetchItemsPage(run, QString::fromStdString(*result.next));
                return;
            }
            run.statuses.removeFirst();
            if (!run.statuses.isEmpty() && run.collected.size() < run.maxItems) {
                fetchItemsPage(run, {});
                return;
            }
            Q_EMIT itemsLoaded(run.ticket, run.queue, run.collected);
        });
    });
}

} // namespace keel::sources
