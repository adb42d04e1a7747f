#pragma once
// A Langfuse project's API keys, kept like the platform token (ConnectionProfile): only in the
// desktop keychain through QtKeychain (service "Keel", key "langfuse:<normalized url>", the
// public and secret key together as one small JSON entry), read and written asynchronously;
// KEEL_LANGFUSE_PUBLIC_KEY / KEEL_LANGFUSE_SECRET_KEY win (headless use); without a Secret
// Service the keys are kept for this session only, in memory, and the object says so.
// The keys are never logged and never written to QSettings.
#include <QObject>
#include <QString>
#include <QUrl>

namespace keel::settings {

class LangfuseCredentials : public QObject {
    Q_OBJECT
public:
    enum class Source { None, Environment, Keychain, SessionOnly };
    Q_ENUM(Source)

    explicit LangfuseCredentials(QObject *parent = nullptr);

    QUrl baseUrl() const { return m_url; }
    // Keys kept for this session only belong to the old host: another host starts without them.
    void setBaseUrl(const QUrl &url)
    {
        if (url != m_url && m_source == Source::SessionOnly) {
            m_publicKey.clear();
            m_secretKey.clear();
            m_source = Source::None;
        }
        m_url = url;
    }

    // loaded(found, message) always follows, on this object's thread.
    void load();
    // stored(persisted, message) follows; when the keychain fails the keys stay for this session.
    void store(const QString &publicKey, const QString &secretKey);
    void forget();

    QString publicKey() const { return m_publicKey; }
    QString secretKey() const { return m_secretKey; }
    Source source() const { return m_source; }
    QString keychainKey() const; // "langfuse:https://cloud.langfuse.com"

Q_SIGNALS:
    void loaded(bool found, const QString &message);
    void stored(bool persisted, const QString &message);

private:
    QUrl m_url;
    QString m_publicKey;
    QString m_secretKey;
    Source m_source = Source::None;
};

} // namespace keel::settings
