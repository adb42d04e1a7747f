#include "langfuseprobe.h"

#include "langfuseconnection.h"

#include "api/platformclient.h"
#include "sources/reviewsourcefactory.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace keel::sources::langfuse {

LangfuseProbe::LangfuseProbe(QObject *parent)
    : QObject(parent)
{
}

LangfuseProbe::~LangfuseProbe() = default;

void LangfuseProbe::start(const QUrl &baseUrl, const QString &publicKey, const QString &secretKey)
{
    const quint64 ticket = ++m_ticket;
    ReviewSourceOptions options;
    options.kind = u"langfuse"_s;
    options.baseUrl = baseUrl;
    options.publicKey = publicKey;
    options.secretKey = secretKey;
    auto source = std::make_unique<ReviewSource>(createReviewSource(options));
    if (!*source) {
        const QString error = source->error;
        // Always asynchronous, like an answer from the server.
        QTimer::singleShot(0, this, [this, ticket, error] {
            if (ticket == m_ticket)
                Q_EMIT finished(false, error);
        });
        return;
    }
    api::ConnectionSettings s = source->client->settings();
    s.maxRetries = 0; // a test answers now: a retried 5xx would only make the button wait
    source->client->setSettings(s);
    connect(source->feed.get(), &ReviewFeedSource::queuesListed, this,
            [this, baseUrl](quint64 t, const QList<domain::ReviewQueue> &queues) {
                if (t != m_ticket)
                    return;
                Q_EMIT finished(true, QCoreApplication::translate("keel::sources::langfuse",
                                                                  "%1 answered: %n annotation queue(s) visible to these keys.",
                                                                  nullptr, int(queues.size()))
                                          .arg(sourceName(baseUrl)));
            });
    connect(source->feed.get(), &ReviewFeedSource::failed, this,
            [this](quint64 t, const QString &, const FeedFailure &failure) {
                if (t == m_ticket)
                    Q_EMIT finished(false, failure.message);
            });
    source->feed->listQueues(ticket);
    // The previous probe's source goes after the new one is asked: its late answers carry an
    // old ticket and are dropped.
    m_source = std::move(source);
}

} // namespace keel::sources::langfuse
