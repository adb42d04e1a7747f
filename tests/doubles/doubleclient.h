#pragma once
// A small synchronous HTTP client for tests that talk to keel-connector-double directly
// (cpp-httplib): the replies keep status, headers and body, and transport failures (a dropped
// connection) show as status 0.
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <QUrl>

#include <memory>
#include <string>

namespace keel::test {

struct DoubleReply {
    int status = 0; // 0 when the request failed at the transport level
    httplib::Error error = httplib::Error::Success;
    std::string body;
    httplib::Headers headers;
    std::string header(const std::string &name) const;
    nlohmann::json json() const; // discarded value when the body is not JSON
};

class DoubleClient {
public:
    explicit DoubleClient(const QUrl &base, httplib::Headers auth = {});
    DoubleReply get(const std::string &pathAndQuery) const;
    DoubleReply get(const std::string &pathAndQuery, const httplib::Headers &headers) const;
    DoubleReply send(const std::string &method, const std::string &path, const nlohmann::json &body) const;
    DoubleReply send(const std::string &method, const std::string &path, const std::string &body,
                     const httplib::Headers &headers) const;

    static httplib::Headers basic(const std::string &user, const std::string &password);
    static httplib::Headers bearer(const std::string &token);

private:
    httplib::Headers m_auth;
    std::unique_ptr<httplib::Client> m_client;
};

// Percent-encodes a query value (spaces, JSON, ':' and the like).
std::string urlEncode(const std::string &value);

} // namespace keel::test
