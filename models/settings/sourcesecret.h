#pragma once
// The secret of a data source other than the platform (a LiteLLM proxy key, a Langfuse secret
// key): kept only in the desktop keychain through QtKeychain (service "Keel", key
// "<kind>:<normalized URL>"), read and written asynchronously, never logged or put in QSettings.
// An environment variable wins over the keychain for headless use (KEEL_LITELLM_KEY, …), as
// KEEL_TOKEN does for the platform. Without a Secret Service the secret is kept for this session.
#include <QObject>
#include <QString>
#include <QUrl>

namespace keel::settings {

class SourceSecret : public QObject {
    Q_OBJECT
public:
    // kind: "litellm", "langfuse-secret", … ; environmentVariable: e.g. "KEEL_LITELLM_KEY".
    SourceSecret(const QString &kind, const QUrl &url, const char *environmentVariable, QObject *parent = nullptr);

    void load();                        // loaded() always follows, on this object's thread
    void store(const QString &secret);  // stored() follows
    QString secret() const { return m_secret; }
    bool fromEnvironment() const { return m_fromEnvironment; }
    QString keychainKey() const;        // "<kind>:<url without trailing slash>"

Q_SIGNALS:
    void loaded(bool found, const QString &message);   // message: localized, why not found
    void stored(bool persisted, const QString &message);

private:
    QString m_kind;
    QUrl m_url;
    QByteArray m_environmentVariable;
    QString m_secret;
    bool m_fromEnvironment = false;
    bool m_sessionOnly = false;
};

} // namespace keel::settings
