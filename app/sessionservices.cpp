#include "sessionservices.h"

#include <api/platformclient.h>
#include <sources/langfuse/langfuseconnection.h>
#include <sources/langfuse/langfusepulls.h>
#include <sources/langfuse/langfusetracesource.h>
#include <sources/litellm/litellmsource.h>
#include <sources/reviewsourcefactory.h>
#include <sources/tracesource.h>
#include <sources/tracesourcefactory.h>
#include <store/database.h>
#include <store/outbox.h>
#include <store/store.h>
#include <sync/syncengine.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace keel::app {

SessionServices::SessionServices(const api::ConnectionSettings &connection, const domain::Identity &identity,
                                 const QString &cacheDir, const std::optional<ExternalSpendSource> &spendSource,
                                 std::optional<LangfuseReviewSource> langfuse)
    : m_review(std::move(langfuse))
{
    // No base URL: a session without a Keel platform. Nothing then talks to one: only pulls with
    // their own client run, and decisions go to the review source's own outbox.
    if (!connection.baseUrl.isEmpty())
        m_client = std::make_unique<api::PlatformClient>(connection);
    m_storePath = storePathFor(connection.baseUrl, cacheDir.isEmpty() ? defaultCacheDir() : cacheDir,
                               spendSource ? spendSourceKey(*spendSource) : QString());
    m_store = std::make_unique<store::Store>(m_storePath);
    m_sync = std::make_unique<sync::SyncEngine>(m_client.get(), m_store.get());
    QStringList ownClientPulls; // what can be pulled without the platform
    if (spendSource) {
        // One engine over every source: the spend source's pulls take the platform's places (same
        // names, same cache tables, same order: roll-ups first, raw requests last).
        m_spendClient = std::make_unique<api::PlatformClient>(spendSource->connection);
        const QUrl url = spendSource->connection.baseUrl;
        QList<sync::ResourcePull> spendPulls;
        if (spendSource->kind == ExternalSpendSource::Kind::Langfuse) {
            sources::langfuse::LangfuseSpendOptions options;
            options.baseUrl = url;
            options.routes = std::make_shared<sources::langfuse::ServerRoutes>(); // v4 or v3, found once
            spendPulls = sources::langfuse::pulls(options);
            m_spendSourceName = sources::langfuse::sourceName(url);
            m_spendSourceHasBudgets = false;
            // Its request records carry its trace ids: the trace explorer opens them there.
            m_spendTraces = std::make_unique<sources::langfuse::LangfuseTraceSource>(m_spendClient.get(), options.routes);
        } else {
            sources::litellm::LiteLlmOptions options;
            options.baseUrl = url;
            spendPulls = sources::litellm::pulls(options);
            m_spendSourceName = QCoreApplication::translate("keel::sources::litellm", "LiteLLM at %1").arg(url.toDisplayString());
        }
        QList<sync::ResourcePull> pulls = sync::standardPulls();
        for (sync::ResourcePull &sourcePull : spendPulls) {
            sourcePull.client = m_spendClient.get();
            for (sync::ResourcePull &pull : pulls)
                if (pull.name == sourcePull.name)
                    pull = sourcePull;
            ownClientPulls << sourcePull.name;
        }
        m_sync->setPulls(pulls);
    }
    if (m_review)
        m_reviewSourceName = sources::langfuse::sourceName(m_review->baseUrl);
    // Which traces a correlation id opens: those of whoever recorded the requests. Spend from
    // Langfuse: its project. No platform: the review project's (its items point at traces).
    // Otherwise the platform's (traceSource stays null).
    if (m_spendTraces) {
        m_traceSource = m_spendTraces.get();
    } else if (m_review && !m_client) {
        m_reviewTraces = sources::createTraceSource(*m_review->source);
        m_traceSource = m_reviewTraces.get();
    }
    QStringList resources = resourcesFor(identity, !m_review);
    if (!m_client)
        resources.removeIf([&](const QString &name) { return !ownClientPulls.contains(name); });
    m_sync->setResources(resources);
    // Prompts and outputs leave the cache this many days after their decision was delivered.
    m_sync->setPurgeDays(QSettings().value(u"cache/purgeDays"_s, store::kDefaultPurgeDays).toInt());
    m_sync->setCacheBudgetBytes(
        QSettings().value(u"cache/budgetMb"_s, sync::SyncEngine::kDefaultCacheBudgetBytes >> 20).toLongLong() << 20);
    // Raw requests kept for drill-downs; the dashboards read roll-ups whatever the window.
    store::RequestWindow window;
    window.days = QSettings().value(u"cache/requestWindowDays"_s, window.days).toInt();
    window.rows = QSettings().value(u"cache/requestWindowRows"_s, qint64(window.rows)).toLongLong();
    m_sync->setRequestWindow(window);
    if (canReview(identity) && m_client) {
        m_outbox = std::make_unique<store::Outbox>(m_store.get(), m_client.get());
        m_outbox->start(); // resumes whatever a previous run saved but did not deliver
    }
}

SessionServices::~SessionServices()
{
    if (m_outbox)
        m_outbox->stop();
    if (m_sync)
        m_sync->cancel();
    m_outbox.reset();
    m_sync.reset();
    m_store.reset(); // runs queued writes, then closes
    m_traceSource = nullptr;
    m_reviewTraces.reset(); // runs on m_review's client
    m_spendTraces.reset();
    m_review.reset(); // the views that used its feed and sink are gone by now
    m_spendClient.reset();
    m_client.reset();
}

void SessionServices::fillContext(SessionContext &context) const
{
    context.client = m_client.get();
    context.sync = m_sync.get();
    context.outbox = m_outbox.get();
    context.storePath = m_storePath;
    context.spendSource = m_spendSourceName;
    context.spendSourceHasBudgets = m_spendSourceHasBudgets;
    context.traceSource = m_traceSource;
    if (m_review) {
        context.reviewFeed = m_review->source->feed.get();
        context.feedbackSink = m_review->source->sink.get();
        context.reviewSourceKey = u"langfuse|"_s
            + m_review->baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo).toString() + u'|'
            + m_review->publicKey;
        context.reviewSourceName = m_reviewSourceName;
    }
}

QString SessionServices::defaultCacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
}

QString SessionServices::spendSourceKey(const ExternalSpendSource &source)
{
    const QString url = source.connection.baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo).toString();
    return source.kind == ExternalSpendSource::Kind::Langfuse ? u"langfuse:"_s + url : url;
}

QString SessionServices::storePathFor(const QUrl &baseUrl, const QString &cacheDir, const QString &spendSource)
{
    // The demo platform's port changes every run; its cache is the same data, so key it by host.
    QUrl key = baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo);
    if (key.host() == u"127.0.0.1"_s || key.host() == u"localhost"_s)
        key.setPort(-1);
    // Sessions without a platform share one name; their spend source still keeps them apart.
    QString name = baseUrl.isEmpty() ? u"no-platform"_s : key.toString();
    if (!spendSource.isEmpty()) // another source's rows never land in (or mix with) the platform's spend
        name += u"|spend="_s + spendSource;
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    QDir().mkpath(cacheDir);
    return cacheDir + u"/cache-"_s + QString::fromLatin1(hash) + u".sqlite"_s;
}

bool SessionServices::canReview(const domain::Identity &identity)
{
    return identity.hasRole("reviewer") || identity.hasRole("admin");
}

QStringList SessionServices::resourcesFor(const domain::Identity &identity, bool reviewFromPlatform)
{
    const bool admin = identity.hasRole("admin");
    const bool spend = admin || identity.hasRole("finops") || identity.hasRole("council");
    const bool review = reviewFromPlatform && (admin || identity.hasRole("reviewer") || identity.hasRole("council"));
    QStringList out;
    for (const QString &name : sync::SyncEngine::allResources()) {
        if ((name == u"spend_daily"_s || name == u"budgets"_s) && !spend)
            continue;
        if (name.startsWith(u"review_"_s) && !review)
            continue;
        out << name;
    }
    return out;
}

} // namespace keel::app
