#include "keychainentry.h"

#include "logging.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace keel::settings {
QString keychainService()
{
    return u"Keel"_s;
}

void readKeychain(QObject *context, const QString &key,
                  std::function<void(KeychainRead, const QString &, const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(keychainService(), context);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            done(KeychainRead::Found, job->textData(), {});
        } else if (job->error() == QKeychain::EntryNotFound) {
            done(KeychainRead::NotFound, {}, {});
        } else {
            qCWarning(lcSettings) << "keychain read failed, error" << int(job->error());
            done(KeychainRead::Failed, {}, job->errorString());
        }
    });
    job->start();
}

void writeKeychain(QObject *context, const QString &key, const QString &text,
                   std::function<void(bool, const QString &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(keychainService(), context);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(text);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        const bool ok = job->error() == QKeychain::NoError;
        if (!ok)
            qCWarning(lcSettings) << "keychain write failed, error" << int(job->error());
        done(ok, ok ? QString() : job->errorString());
    });
    job->start();
}

void deleteKeychain(QObject *context, const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(keychainService(), context);
    job->setAutoDelete(true);
    job->setKey(key);
    job->start();
}

QString keychainUrlKey(const QUrl &url)
{
    QString key = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                      .toString();
    while (key.endsWith(u'/'))
        key.chop(1);
    return key;
}

} // namespace keel::settings
