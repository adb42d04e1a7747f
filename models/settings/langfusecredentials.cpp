#include "langfusecredentials.h"

#include "connectionprofile.h"
#include "logging.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace keel::settings {

LangfuseCredentials::LangfuseCredentials(QObject *parent)
    : QObject(parent)
{
}

QString LangfuseCredentials::keychainKey() const
{
    // The same normalization as the platform token's entry, under its own prefix.
    ConnectionProfile profile;
    profile.setPlatformUrl(m_url);
    return u"langfuse:"_s + profile.keychainKey();
}

void LangfuseCredentials::load()
{
    const QByteArray envPublic = qgetenv("KEEL_LANGFUSE_PUBLIC_KEY");
    const QByteArray envSecret = qgetenv("KEEL_LANGFUSE_SECRET_KEY");
    if (!envPublic.isEmpty() && !envSecret.isEmpty()) {
        m_publicKey = QString::fromUtf8(envPublic);
        m_secretKey = QString::fromUtf8(envSecret);
        m_source = Source::Environment;
        qCInfo(lcSettings) << "Langfuse keys taken from the environment";
        QMetaObject::invokeMethod(this, [this] {
            Q_EMIT loaded(true, tr("Using the Langfuse keys from KEEL_LANGFUSE_PUBLIC_KEY and KEEL_LANGFUSE_SECRET_KEY."));
        }, Qt::QueuedConnection);
        return;
    }
    if (m_source == Source::SessionOnly && !m_secretKey.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] {
            Q_EMIT loaded(true, tr("Using the Langfuse keys kept for this session only (no keychain available)."));
        }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(ConnectionProfile::keychainService(), this);
    job->setAutoDelete(true);
    job->setKey(keychainKey());
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError) {
            const QJsonObject keys = QJsonDocument::fromJson(job->textData().toUtf8()).object();
            m_publicKey = keys.value(u"publicKey"_s).toString();
            m_secretKey = keys.value(u"secretKey"_s).toString();
            const bool found = !m_publicKey.isEmpty() && !m_secretKey.isEmpty();
            m_source = found ? Source::Keychain : Source::None;
            qCInfo(lcSettings) << "Langfuse keys read from the keychain";
            Q_EMIT loaded(found, found ? QString() : tr("The keychain entry for %1 is damaged. Enter the keys again.")
                                                         .arg(m_url.toString()));
        } else if (job->error() == QKeychain::EntryNotFound) {
            Q_EMIT loaded(false, tr("No Langfuse keys are stored for %1 yet.").arg(m_url.toString()));
        } else {
            qCWarning(lcSettings) << "keychain read failed, error" << int(job->error());
            Q_EMIT loaded(false, tr("The keychain could not be read (%1). Enter the Langfuse keys again; they will be "
                                    "kept for this session.").arg(job->errorString()));
        }
    });
    job->start();
}

void LangfuseCredentials::store(const QString &publicKey, const QString &secretKey)
{
    m_publicKey = publicKey;
    m_secretKey = secretKey;
    auto *job = new QKeychain::WritePasswordJob(ConnectionProfile::keychainService(), this);
    job->setAutoDelete(true);
    job->setKey(keychainKey());
    const QJsonObject keys{{u"publicKey"_s, publicKey}, {u"secretKey"_s, secretKey}};
    job->setTextData(QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact)));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError) {
            m_source = Source::Keychain;
            qCInfo(lcSettings) << "Langfuse keys saved to the keychain";
            Q_EMIT stored(true, {});
        } else {
            m_source = Source::SessionOnly;
            qCWarning(lcSettings) << "keychain unavailable, Langfuse keys kept for this session only; error"
                                  << int(job->error());
            Q_EMIT stored(false, tr("No keychain is available (%1). The Langfuse keys are kept for this session only "
                                    "and must be entered again next time.").arg(job->errorString()));
        }
    });
    job->start();
}

void LangfuseCredentials::forget()
{
    m_publicKey.clear();
    m_secretKey.clear();
    m_source = Source::None;
    auto *job = new QKeychain::DeletePasswordJob(ConnectionProfile::keychainService(), this);
    job->setAutoDelete(true);
    job->setKey(keychainKey());
    job->start();
}

} // namespace keel::settings
