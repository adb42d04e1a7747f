#include "langfusecredentials.h"

#include "keychainentry.h"
#include "logging.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace keel::settings {

LangfuseCredentials::LangfuseCredentials(QObject *parent)
    : QObject(parent)
{
}

QString LangfuseCredentials::keychainKey() const
{
    // The same normalization as the platform token's entry, under its own prefix.
    return u"langfuse:"_s + keychainUrlKey(m_url);
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
    readKeychain(this, keychainKey(), [this](KeychainRead result, const QString &text, const QString &error) {
        if (result == KeychainRead::Found) {
            const QJsonObject keys = QJsonDocument::fromJson(text.toUtf8()).object();
            m_publicKey = keys.value(u"publicKey"_s).toString();
            m_secretKey = keys.value(u"secretKey"_s).toString();
            const bool found = !m_publicKey.isEmpty() && !m_secretKey.isEmpty();
            m_source = found ? Source::Keychain : Source::None;
            qCInfo(lcSettings) << "Langfuse keys read from the keychain";
            Q_EMIT loaded(found, found ? QString() : tr("The keychain entry for %1 is damaged. Enter the keys again.")
                                                         .arg(m_url.toString()));
        } else if (result == KeychainRead::NotFound) {
            Q_EMIT loaded(false, tr("No Langfuse keys are stored for %1 yet.").arg(m_url.toString()));
        } else {
            Q_EMIT loaded(false, tr("The keychain could not be read (%1). Enter the Langfuse keys again; they will be "
                                    "kept for this session.").arg(error));
        }
    });
}

void LangfuseCredentials::store(const QString &publicKey, const QString &secretKey)
{
    m_publicKey = publicKey;
    m_secretKey = secretKey;
    const QJsonObject keys{{u"publicKey"_s, publicKey}, {u"secretKey"_s, secretKey}};
    writeKeychain(this, keychainKey(), QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact)),
                  [this](bool ok, const QString &error) {
        if (ok) {
            m_source = Source::Keychain;
            qCInfo(lcSettings) << "Langfuse keys saved to the keychain";
            Q_EMIT stored(true, {});
        } else {
            m_source = Source::SessionOnly;
            qCWarning(lcSettings) << "keychain unavailable, Langfuse keys kept for this session only";
            Q_EMIT stored(false, tr("No keychain is available (%1). The Langfuse keys are kept for this session only "
                                    "and must be entered again next time.").arg(error));
        }
    });
}

void LangfuseCredentials::forget()
{
    m_publicKey.clear();
    m_secretKey.clear();
    m_source = Source::None;
    deleteKeychain(this, keychainKey());
}

} // namespace keel::settings
