#include "sessionservices.h"

#include <api/platformclient.h>

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace keel::app {

SessionServices::SessionServices(const QUrl &baseUrl, const QString &token, const QString &cacheDir)
{
    api::ConnectionSettings settings;
    settings.baseUrl = baseUrl;
    settings.token = token;
    m_client = std::make_unique<api::PlatformClient>(settings);
    m_storePath = storePathFor(baseUrl, cacheDir.isEmpty() ? defaultCacheDir() : cacheDir);
}

SessionServices::~SessionServices() = default;

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

} // namespace keel::app
