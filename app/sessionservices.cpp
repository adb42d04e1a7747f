#include "sessionservices.h"

#include <api/platformclient.h>
#include <store/database.h>
#include <store/outbox.h>
#include <store/store.h>
#include <sync/syncengine.h>

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace keel::app {

SessionServices::SessionServices(const api::ConnectionSettings &connection, const domain::Identity &identity,
                                 const QString &cacheDir)
{
    m_client = std::make_unique<api::PlatformClient>(connection);
    m_storePath = storePathFor(connection.baseUrl, cacheDir.isEmpty() ? defaultCacheDir() : cacheDir);
    m_store = std::make_unique<store::Store>(m_storePath);
    m_sync = std::make_unique<sync::SyncEngine>(m_client.get(), m_store.get());
    m_sync->setResources(resourcesFor(identity));
    // Prompts and outputs leave the cache this many days after their decision was delivered.
    m_sync->setPurgeDays(QSettings().value(u"cache/purgeDays"_s, store::kDefaultPurgeDays).toInt());
    m_sync->setCacheBudgetBytes(
        QSettings().value(u"cache/budgetMb"_s, sync::SyncEngine::kDefaultCacheBudgetBytes >> 20).toLongLong() << 20);
    // Raw requests kept for drill-downs; the dashboards read roll-ups whatever the window.
    store::RequestWindow window;
    window.days = QSettings().value(u"cache/requestWindowDays"_s, window.days).toInt();
    window.rows = QSettings().value(u"cache/requestWindowRows"_s, qint64(window.rows)).toLongLong();
    m_sync->setRequestWindow(window);
    if (canReview(identity)) {
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
    m_client.reset();
}

void SessionServices::fillContext(SessionContext &context) const
{
    context.client = m_client.get();
    context.sync = m_sync.get();
    context.outbox = m_outbox.get();
    context.storePath = m_storePath;
}

QString SessionServices::defaultCacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
}

QString SessionServices::storePathFor(const QUrl &baseUrl, const QString &cacheDir)
{
    // The demo platform's port changes every run; its cache is the same data, so key it by host.
    QUrl key = baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo);
    if (key.host() == u"127.0.0.1"_s || key.host() == u"localhost"_s)
        key.setPort(-1);
    const QByteArray hash = QCryptographicHash::hash(key.toString().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    QDir().mkpath(cacheDir);
    return cacheDir + u"/cache-"_s + QString::fromLatin1(hash) + u".sqlite"_s;
}

bool SessionServices::canReview(const domain::Identity &identity)
{
    return identity.hasRole("reviewer") || identity.hasRole("admin");
}

QStringList SessionServices::resourcesFor(const domain::Identity &identity)
{
    const bool admin = identity.hasRole("admin");
    const bool spend = admin || identity.hasRole("finops") || identity.hasRole("council");
    const bool review = admin || identity.hasRole("reviewer") || identity.hasRole("council");
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
