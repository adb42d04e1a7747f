#pragma once
// The long-lived service objects of one signed-in session, owned in one place and torn down
// in the right order (views first, then sync and delivery, then the client).
#include <session.h>

#include <QString>
#include <QUrl>

#include <memory>

namespace keel::api { class PlatformClient; }

namespace keel::app {

class SessionServices {
public:
    SessionServices(const QUrl &baseUrl, const QString &token, const QString &cacheDir);
    ~SessionServices();
    api::PlatformClient *client() const { return m_client.get(); }
    QString storePath() const { return m_storePath; }
    // Cache file for a platform: one per platform URL, so two platforms never mix their data.
    static QString storePathFor(const QUrl &baseUrl, const QString &cacheDir);
    static QString defaultCacheDir();

private:
    std::unique_ptr<api::PlatformClient> m_client;
    QString m_storePath;
};

} // namespace keel::app
