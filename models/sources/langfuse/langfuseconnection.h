#pragma once
// What every Langfuse call shares: the client settings (Basic auth, public key as the user and
// secret key as the password, shared/specs/langfuse-endpoints.md §0), the source's name in
// messages ("Langfuse at <url>: …"), the route generation (v4 or a v3 server's legacy routes,
// found by the 404 a v3 server gives for /v2/observations) and the server's error bodies.
#include "api/apitypes.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>

namespace keel::api { class PlatformClient; }

namespace keel::sources::langfuse {

using Json = nlohmann::json;

api::ConnectionSettings connectionSettings(const QUrl &baseUrl, const QString &publicKey, const QString &secretKey);

// "Langfuse at https://cloud.langfuse.com" without user info, query or fragment.
QString sourceName(const QUrl &baseUrl);

// "Langfuse at <url>: <what> failed: …", with the server's own words from its bodies
// ({message}, 400 {message, error: [zod issues]}, 429 {message, code, details}).
QString describeFailure(const QUrl &baseUrl, const QString &what, const api::ApiResponse &response);
// "Langfuse at <url>: <what> sent an answer Keel cannot read: <detail>"
QString describeUnreadable(const QUrl &baseUrl, const QString &what, const QString &detail);

// Network trouble, 408, 429 or 5xx: asking again later may work; nothing was refused.
bool isTransient(const api::ApiResponse &response);
// A 429's Retry-After in ms (0 when none or unreadable).
qint64 retryAfterMs(const api::ApiResponse &response);

// Which route set the server has. Shared by the feed and the sink of one connection, and by the
// spend pulls (langfusepulls.h), whose pages are decoded on the sync engine's decoder thread:
// hence atomic.
enum class Generation { Unknown, V4, Legacy };
struct ServerRoutes {
    std::atomic<Generation> generation{Generation::Unknown};
};

// A member as text ("" when absent, null or not a string).
std::string text(const Json &object, const char *key);
// Parses a body; a discarded value when it is not JSON.
Json parse(const QByteArray &body);

// The Keel review item id of a Langfuse queue item: "<queueId>:<itemId>", so a decision in the
// outbox knows its queue (the PATCH path needs both) without another column.
QString itemKey(const std::string &queueId, const std::string &itemId);
bool splitItemKey(const QString &key, QString *queueId, QString *itemId);

} // namespace keel::sources::langfuse
