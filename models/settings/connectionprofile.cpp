#include "connectionprofile.h"

#include "logging.h"

#include <QSettings>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace keel::settings {

ConnectionProfile::ConnectionProfile(QObject *parent)
    : QObject(parent)
{
}

void ConnectionProfile::load(QSettings &s)
{
    s.beginGroup(u"connection"_s);
    m_url = QUrl(s.value(u"platform_url"_s).toString());
    m_caBundle = s.value(u"ca_bundle"_s).toString();
    m_verifyTls = s.value(u"verify_tls"_s, true).toBool();
    s.endGroup();
}

void ConnectionProfile::save(QSettings &s) const
{
    s.beginGroup(u"connection"_s);
    s.setValue(u"platform_url"_s, m_url.toString());
    s.setValue(u"ca_bundle"_s, m_caBundle);
    s.setValue(u"verify_tls"_s, m_verifyTls);
    s.endGroup();
}

QString ConnectionProfile::keychainService()
{
    return u"Keel"_s;
}

QString ConnectionProfile::keychainKey() const
{
    // One entry per platform: "https://host/" and "https://host" are the same platform.
    QString key = m_url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                      .toString();
    while (key.endsWith(u'/'))
        key.chop(1);
    return key;
}

void ConnectionProfile::loadToken()
{
    const QByteArray env = qgetenv("KEEL_TOKEN");
    if (!env.isEmpty()) {
        m_token = QString::fromUtf8(env);
        m_source = TokenSource::Environment;
        qCInfo(lcSettings) << "token taken from KEEL_TOKEN";
        QMetaObject::invokeMethod(this, [this] { Q_EMIT tokenLoaded(true, tr("Using the token from KEEL_TOKEN.")); },
                                  Qt::QueuedConnection);
        return;
    }
    if (m_source == TokenSource::SessionOnly && !m_token.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] {
            Q_EMIT tokenLoaded(true, tr("Using the token kept for this session only (no keychain available)."));
        }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(keychainService(), this);
    job->setAutoDelete(true);
    job->setKey(keychainKey());
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError) {
            m_token = job->textData();
            m_source = TokenSource::Keychain;
            qCInfo(lcSettings) << "token read from the keychain";
            Q_EMIT tokenLoaded(true, {});
        } else if (job->error() == QKeychain::EntryNotFound) {
            Q_EMIT tokenLoaded(false, tr("No token is stored for %1 yet.").arg(keychainKey()));
        } else {
            qCWarning(lcSettings) << "keychain read failed, error" << int(job->error());
            Q_EMIT tokenLoaded(false, tr("The keychain could not be read (%1). Enter the token again; it will be kept "
                                         "for this session only.").arg(job->errorString()));
        }
    });
    job->start();
}

void ConnectionProfile::storeToken(const QString &token)
{
    m_token = token;
    auto *job = new QKeychain::WritePasswordJob(keychainService(), this);
    job->setAutoDelete(true);
    job->setKey(keychainKey());
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError) {
            m_source = TokenSource::Keychain;
            qCInfo(lcSettings) << "token saved to the keychain";
            Q_EMIT tokenStored(true, {});
        } else {
            m_source = TokenSource::SessionOnly;
            qCWarning(lcSettings) << "keychain unavailable, token kept for this session only; error" << int(job->error());
            Q_EMIT tokenStored(false, tr("No keychain is available (%1). The token is kept for this session only and "
                                         "must be entered again next time.").arg(job->errorString()));
        }
    });
    job->start();
}

void ConnectionProfile::forgetToken()
{
    m_token.clear();
    m_source = TokenSource::None;
    auto *job = new QKeychain::DeletePasswordJob(keychainService(), this);
    job->setAutoDelete(true);
    job->setKey(keychainKey());
    job->start();
}

api::ConnectionSettings ConnectionProfile::connectionSettings() const
{
    api::ConnectionSettings s;
    s.baseUrl = m_url;
    s.token = m_token;
    s.caBundlePath = m_caBundle;
    s.verifyTls = m_verifyTls;
    return s;
}

} // namespace keel::settings
