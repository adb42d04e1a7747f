#pragma once
// Where and how the console connects: platform URL, CA bundle and the TLS-verify choice live
// in QSettings (group "connection"); the token lives only in the desktop keychain through
// QtKeychain (service "Keel", one entry per platform URL), read and written asynchronously.
// KEEL_TOKEN in the environment wins over the keychain (headless use). When no Secret Service
// is reachable, the token is kept for this session only, in memory, and the profile says so.
// The token is never logged and never written to QSettings.
#include "api/apitypes.h"

#include <QObject>
#include <QString>
#include <QUrl>

class QSettings;

namespace keel::settings {

class ConnectionProfile : public QObject {
    Q_OBJECT
public:
    enum class TokenSource { None, Environment, Keychain, SessionOnly };
    Q_ENUM(TokenSource)

    explicit ConnectionProfile(QObject *parent = nullptr);

    void load(QSettings &settings);       // non-secret preferences
    void save(QSettings &settings) const;

    QUrl platformUrl() const { return m_url; }
    void setPlatformUrl(const QUrl &url) { m_url = url; }
    QString caBundlePath() const { return m_caBundle; }
    void setCaBundlePath(const QString &path) { m_caBundle = path; }
    bool verifyTls() const { return m_verifyTls; }
    void setVerifyTls(bool verify) { m_verifyTls = verify; }

    // Reads the token: KEEL_TOKEN if set (synchronously reported), else the keychain entry for
    // platformUrl(). tokenLoaded() always follows, on this object's thread.
    void loadToken();
    // Saves the token to the keychain; if that fails it is kept for this session only and
    // tokenStored(false, message) explains why.
    void storeToken(const QString &token);
    void forgetToken(); // removes the keychain entry and the in-memory copy

    QString token() const { return m_token; }
    TokenSource tokenSource() const { return m_source; }

    // Client settings for this profile (URL, token, CA bundle, verify flag; default timeouts).
    api::ConnectionSettings connectionSettings() const;

    static QString keychainService();          // "Keel"
    QString keychainKey() const;                // the normalized platform URL

Q_SIGNALS:
    // found: a token is available now. message: localized, e.g. why the keychain failed.
    void tokenLoaded(bool found, const QString &message);
    void tokenStored(bool persisted, const QString &message);

private:
    QUrl m_url;
    QString m_caBundle;
    bool m_verifyTls = true;
    QString m_token;
    TokenSource m_source = TokenSource::None;
};

} // namespace keel::settings
