#pragma once
// A small synchronous HTTP client for the keel-platform integration tests (cpp-httplib, no Qt
// networking), speaking to a real server started by keel::test::PlatformProcess.
#include <platformprocess.h>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <QString>

#include <memory>
#include <optional>
#include <string>

namespace keel::test {

struct ApiReply {
    int status = 0;            // 0 when the request failed at the transport level
    httplib::Error error = httplib::Error::Success;
    std::string body;
    httplib::Headers headers;
    std::string header(const std::string &name) const;
    nlohmann::json json() const; // discarded value when the body is not JSON
    // "field" of the first entry of a problem's errors[], or "".
    std::string problemField() const;
};

class ApiClient {
public:
    explicit ApiClient(const PlatformProcess &platform, int readTimeoutMs = 30000);
    // identity: "reviewer-1", "finops", … or "" for no Authorization header.
    ApiReply get(const std::string &path, const QString &identity) const;
    ApiReply post(const std::string &path, const QString &identity, const std::string &body,
                  const httplib::Headers &extra = {}) const;
    ApiReply put(const std::string &path, const QString &identity, const std::string &body) const;
    ApiReply raw(const std::string &method, const std::string &path, const httplib::Headers &headers,
                 const std::string &body) const;

private:
    httplib::Headers auth(const QString &identity) const;
    const PlatformProcess &m_platform;
    std::unique_ptr<httplib::Client> m_client;
};

// Sends raw bytes on a fresh TCP connection and returns everything the server answered.
std::string rawExchange(const PlatformProcess &platform, const std::string &bytes);
// The status code of a raw reply ("HTTP/1.1 431 ..."), or 0 when it is not an HTTP/1.1 answer.
int statusOf(const std::string &reply);

inline QString qs(const std::string &s) { return QString::fromStdString(s); }

} // namespace keel::test
