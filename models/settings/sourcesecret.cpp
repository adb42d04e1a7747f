#include "sourcesecret.h"

#include "connectionprofile.h"
#include "logging.h"

#include <qt6keychain/keychain.h>

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
    QString url = m_url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                      .toString();
    while (url.endsWith(u'/'))
        url.chop(1);
    return m_kind + u':' + url;
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
    auto *job = new QKeychain::ReadPasswordJob(ConnectionProfile::keychainService(), this);
    job->setAutoDelete(true);
    job->setKey(keychainKey());
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError) {
            m_secret = job->textData();
            Q_EMIT loaded(true, {});
        } else if (job->error() == QKeychain::EntryNotFound) {
            Q_EMIT loaded(false, tr("No key is stored for %1 yet. Enter it in File › Connect, or set %2.")
                                     .arg(m_url.toDisplayString(), QString::fromLatin1(m_environmentVariable)));
        } else {
            qCWarning(lcSettings) << m_kind << "keychain read failed, error" << int(job->error());
            Q_EMIT loaded(false, tr("The keychain could not be read (%1). Enter the key for %2 again, or set %3.")
                                     .arg(job->errorString(), m_url.toDisplayString(),
                                          QString::fromLatin1(m_environmentVariable)));
        }
    });
    job->start();
}

void SourceSecret::store(const QString &secret)
{
    m_secret = secret;
    auto *job = new QKeychain::WritePasswordJob(ConnectionProfile::keychainService(), this);
    job->setAutoDelete(true);
    job->setKey(keychainKey());
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError) {
            m_sessionOnly = false;
            Q_EMIT stored(true, {});
        } else {
            m_sessionOnly = true;
            qCWarning(lcSettings) << m_kind << "keychain unavailable, secret kept for this session; error" << int(job->error());
            Q_EMIT stored(false, tr("No keychain is available (%1). The key for %2 is kept for this session only.")
                                     .arg(job->errorString(), m_url.toDisplayString()));
        }
    });
    job->start();
}

} // namespace keel::settings
