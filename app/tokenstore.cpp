#include "tokenstore.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcToken, "keel.token", QtInfoMsg)

namespace keel::app {

TokenStore::TokenStore(QObject *parent)
    : QObject(parent)
{
}

QString TokenStore::serviceName()
{
    return u"Keel"_s;
}

QString TokenStore::keyFor(const QUrl &platform)
{
    // Scheme, host and port: the same platform under another path is the same account.
    return u"platform-token:"_s + platform.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                                      | QUrl::RemoveUserInfo).toString();
}

QHash<QString, QString> &TokenStore::sessionTokens()
{
    static QHash<QString, QString> tokens;
    return tokens;
}

bool TokenStore::isNoServiceError(int error, const QString &text)
{
    // No Secret Service / no session bus: QtKeychain says NoBackendAvailable, or OtherError
    // with D-Bus's "Cannot autolaunch" / "not provided by any .service files".
    return error == QKeychain::NoBackendAvailable
        || (error == QKeychain::OtherError
            && (text.contains(u"D-Bus"_s, Qt::CaseInsensitive) || text.contains(u"DBus"_s, Qt::CaseInsensitive)
                || text.contains(u"org.freedesktop.secrets"_s)));
}

QString TokenStore::noServiceMessage(const QString &detail)
{
    return tr("No keychain service is running (%1). The token is kept for this session only; "
              "Keel will ask for it again next time. Install and unlock a Secret Service (e.g. GNOME Keyring) to remember it.")
        .arg(detail);
}

void TokenStore::read(const QUrl &platform)
{
    const QString key = keyFor(platform);
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        const int err = job->error();
        if (err == QKeychain::NoError) {
            Q_EMIT readFinished(true, job->textData(), false, {});
        } else if (err == QKeychain::EntryNotFound) {
            Q_EMIT readFinished(false, {}, false, {});
        } else if (isNoServiceError(err, job->errorString())) {
            qCInfo(lcToken) << "no keychain service; using the session-only store";
            const auto it = sessionTokens().constFind(key);
            Q_EMIT readFinished(it != sessionTokens().constEnd(), it != sessionTokens().constEnd() ? *it : QString(), true,
                                noServiceMessage(job->errorString()));
        } else {
            Q_EMIT readFinished(false, {}, false, tr("The keychain could not be read: %1").arg(job->errorString()));
        }
    });
    job->start();
}

void TokenStore::write(const QUrl &platform, const QString &token)
{
    const QString key = keyFor(platform);
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, token] {
        const int err = job->error();
        if (err == QKeychain::NoError) {
            Q_EMIT writeFinished(true, false, {});
        } else if (isNoServiceError(err, job->errorString())) {
            sessionTokens().insert(key, token);
            Q_EMIT writeFinished(true, true, noServiceMessage(job->errorString()));
        } else {
            Q_EMIT writeFinished(false, false, tr("The token could not be saved in the keychain: %1").arg(job->errorString()));
        }
    });
    job->start();
}

void TokenStore::remove(const QUrl &platform)
{
    const QString key = keyFor(platform);
    sessionTokens().remove(key);
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        const int err = job->error();
        const bool ok = err == QKeychain::NoError || err == QKeychain::EntryNotFound || isNoServiceError(err, job->errorString());
        Q_EMIT removeFinished(ok, ok ? QString() : job->errorString());
    });
    job->start();
}

} // namespace keel::app
