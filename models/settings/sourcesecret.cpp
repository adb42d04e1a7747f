#include "sourcesecret.h"

#include "keychainentry.h"
#include "logging.h"

using namespace Qt::StringLiterals;

namespace keel::settings {

SourceSecret::SourceSecret(const QString &kind, const QUrl &url, const char *environmentVariable, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_url(url)
    , m_environmentVariable(environmentVariable)
{
}

QString SourceSecret::keychainKey() const
{
    return m_kind + u':' + keychainUrlKey(m_url);
}

void SourceSecret::load()
{
    const QByteArray env = qgetenv(m_environmentVariable.constData());
    if (!env.isEmpty()) {
        m_secret = QString::fromUtf8(env);
        m_fromEnvironment = true;
        qCInfo(lcSettings) << m_kind << "secret taken from" << m_environmentVariable;
        QMetaObject::invokeMethod(this, [this] { Q_EMIT loaded(true, {}); }, Qt::QueuedConnection);
        return;
    }
    if (m_sessionOnly && !m_secret.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] { Q_EMIT loaded(true, {}); }, Qt::QueuedConnection);
        return;
    }
    readKeychain(this, keychainKey(), [this](KeychainRead result, const QString &text, const QString &error) {
        if (result == KeychainRead::Found) {
            m_secret = text;
            Q_EMIT loaded(true, {});
        } else if (result == KeychainRead::NotFound) {
            Q_EMIT loaded(false, tr("No key is stored for %1 yet. Enter it in File › Connect, or set %2.")
                                     .arg(m_url.toDisplayString(), QString::fromLatin1(m_environmentVariable)));
        } else {
            Q_EMIT loaded(false, tr("The keychain could not be read (%1). Enter the key for %2 again, or set %3.")
                                     .arg(error, m_url.toDisplayString(), QString::fromLatin1(m_environmentVariable)));
        }
    });
}

void SourceSecret::store(const QString &secret)
{
    m_secret = secret;
    writeKeychain(this, keychainKey(), secret, [this](bool ok, const QString &error) {
        m_sessionOnly = !ok;
        if (ok) {
            Q_EMIT stored(true, {});
        } else {
            qCWarning(lcSettings) << m_kind << "keychain unavailable, secret kept for this session";
            Q_EMIT stored(false, tr("No keychain is available (%1). The key for %2 is kept for this session only.")
                                      .arg(error, m_url.toDisplayString()));
        }
    });
}

} // namespace keel::settings
