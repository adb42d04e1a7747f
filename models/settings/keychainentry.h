#pragma once
// The one place Keel talks to QtKeychain: read, write and delete an entry of service "Keel",
// asynchronously, answering on `context`'s thread (nothing answers once `context` is gone).
// ConnectionProfile (the platform token), SourceSecret (a LiteLLM key) and LangfuseCredentials
// keep their own wording and fallbacks on top; the secret itself is never logged here.
#include <QString>
#include <QUrl>

#include <functional>

class QObject;

namespace keel::settings {

enum class KeychainRead { Found, NotFound, Failed };

QString keychainService(); // "Keel"

// done(result, text, errorString): text is the entry's content when Found.
void readKeychain(QObject *context, const QString &key,
                  std::function<void(KeychainRead result, const QString &text, const QString &error)> done);
// done(ok, errorString)
void writeKeychain(QObject *context, const QString &key, const QString &text,
                   std::function<void(bool ok, const QString &error)> done);
void deleteKeychain(QObject *context, const QString &key);

// An entry per URL: "https://host/" and "https://host" name the same server (no query, fragment
// or user info).
QString keychainUrlKey(const QUrl &url);

} // namespace keel::settings
