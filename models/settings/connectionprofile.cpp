#include "connectionprofile.h"

#include "logging.h"

#include <QSettings>

#include "keychainentry.h"

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
    return settings::keychainService();
}

QString ConnectionProfile::keychainKey() const
{
    return keychainUrlKey(m_url); // one entry per platform
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
    readKeychain(this, keychainKey(), [this](KeychainRead result, const QString &text, const QString &error) {
        if (result == KeychainRead::Found) {
            m_token = text;
            m_source = TokenSource::Keychain;
            qCInfo(lcSettings) << "token read from the keychain";
            Q_EMIT tokenLoaded(true, {});
        } else if (result == KeychainRead::NotFound) {
            Q_EMIT tokenLoaded(false, tr("No token is stored for %1 yet.").arg(keychainKey()));
        } else {
            Q_EMIT tokenLoaded(false, tr("The keychain could not be read (%1). Enter the token again; it will be kept "
                                         "for this session only.").arg(error));
        }
    });
}

void ConnectionProfile::storeToken(const QString &token)
{
    m_token = token;
    writeKeychain(this, keychainKey(), token, [this](bool ok, const QString &error) {
        if (ok) {
            m_source = TokenSource::Keychain;
            qCInfo(lcSettings) << "token saved to the keychain";
            Q_EMIT tokenStored(true, {});
        } else {
            m_source = TokenSource::SessionOnly;
            qCWarning(lcSettings) << "keychain unavailable, token kept for this session only";
            Q_EMIT tokenStored(false, tr("No keychain is available (%1). The token is kept for this session only and "
                                         "must be entered again next time.").arg(error));
        }
    });
}

void ConnectionProfile::forgetToken()
{
    m_token.clear();
    m_source = TokenSource::None;
    deleteKeychain(this, keychainKey());
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
