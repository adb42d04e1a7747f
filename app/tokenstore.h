#pragma once
// Platform tokens live in the OS keychain (Secret Service, KWallet, macOS Keychain via
// QtKeychain) — never in QSettings, never in a log. Where no keychain service runs, the token
// is kept in memory for this session only, and the caller is told so in words.
#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

namespace keel::app {

class TokenStore : public QObject {
    Q_OBJECT
public:
    explicit TokenStore(QObject *parent = nullptr);

    static QString serviceName(); // "Keel"
    static QString keyFor(const QUrl &platform); // one entry per platform origin

    void read(const QUrl &platform);
    void write(const QUrl &platform, const QString &token);
    void remove(const QUrl &platform);

Q_SIGNALS:
    // found=false with an empty message: the keychain has no token for this platform.
    void readFinished(bool found, const QString &token, bool sessionOnly, const QString &message);
    // ok=true, sessionOnly=true: no keychain service; kept for this session, message says so.
    void writeFinished(bool ok, bool sessionOnly, const QString &message);
    void removeFinished(bool ok, const QString &message);

private:
    static bool isNoServiceError(int error, const QString &text);
    static QString noServiceMessage(const QString &detail);
    static QHash<QString, QString> &sessionTokens();
};

} // namespace keel::app
