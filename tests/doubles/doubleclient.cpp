#include "doubleclient.h"

#include <cctype>
#include <cstdio>

namespace keel::test {

std::string DoubleReply::header(const std::string &name) const
{
    const auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
}

nlohmann::json DoubleReply::json() const
{
    return nlohmann::json::parse(body, nullptr, false);
}

DoubleClient::DoubleClient(const QUrl &base, httplib::Headers auth)
    : m_auth(std::move(auth))
    , m_client(std::make_unique<httplib::Client>(base.host().toStdString(), base.port()))
{
    m_client->set_read_timeout(std::chrono::seconds(30));
    m_client->set_connection_timeout(std::chrono::seconds(5));
}

namespace {
DoubleReply toReply(const httplib::Result &r)
{
    DoubleReply out;
    if (!r) {
        out.error = r.error();
        return out;
    }
    out.status = r->status;
    out.body = r->body;
    out.headers = r->headers;
    return out;
}
} // namespace

DoubleReply DoubleClient::get(const std::string &pathAndQuery) const
{
    return get(pathAndQuery, m_auth);
}

DoubleReply DoubleClient::get(const std::string &pathAndQuery, const httplib::Headers &headers) const
{
    return toReply(m_client->Get(pathAndQuery.c_str(), headers));
}

DoubleReply DoubleClient::send(const std::string &method, const std::string &path, const nlohmann::json &body) const
{
    return send(method, path, body.dump(), m_auth);
}

DoubleReply DoubleClient::send(const std::string &method, const std::string &path, const std::string &body,
                               const httplib::Headers &headers) const
{
    httplib::Request req;
    req.method = method;
    req.path = path;
    req.headers = headers;
    req.headers.emplace("Content-Type", "application/json");
    req.body = body;
    return toReply(m_client->send(req));
}

httplib::Headers DoubleClient::basic(const std::string &user, const std::string &password)
{
    static const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const std::string in = user + ":" + password;
    std::string out;
    unsigned acc = 0;
    int bits = 0;
    for (unsigned char c : in) {
        acc = (acc << 8) | c;
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            out += alphabet[(acc >> bits) & 63];
        }
    }
    if (bits > 0)
        out += alphabet[(acc << (6 - bits)) & 63];
    while (out.size() % 4)
        out += '=';
    return {{"Authorization", "Basic " + out}};
}

httplib::Headers DoubleClient::bearer(const std::string &token)
{
    return {{"Authorization", "Bearer " + token}};
}

std::string urlEncode(const std::string &value)
{
    std::string out;
    for (unsigned char c : value) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            out += buf;
        }
    }
    return out;
}

} // namespace keel::test
