#include "apiclient.h"

#include <cstdlib>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace keel::test {

std::string ApiReply::header(const std::string &name) const
{
    const auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
}

nlohmann::json ApiReply::json() const
{
    return nlohmann::json::parse(body, nullptr, false);
}

std::string ApiReply::problemField() const
{
    const auto j = json();
    if (!j.is_object() || !j.contains("errors") || !j["errors"].is_array() || j["errors"].empty())
        return {};
    return j["errors"][0].value("field", "");
}

ApiClient::ApiClient(const PlatformProcess &platform, int readTimeoutMs)
    : m_platform(platform)
    , m_client(std::make_unique<httplib::Client>(platform.baseUrl().host().toStdString(), platform.baseUrl().port()))
{
    m_client->set_read_timeout(std::chrono::milliseconds(readTimeoutMs));
    m_client->set_connection_timeout(std::chrono::seconds(5));
}

httplib::Headers ApiClient::auth(const QString &identity) const
{
    httplib::Headers h;
    if (!identity.isEmpty())
        h.emplace("Authorization", "Bearer " + m_platform.token(identity).toStdString());
    return h;
}

namespace {
ApiReply toReply(const httplib::Result &r)
{
    ApiReply out;
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

ApiReply ApiClient::get(const std::string &path, const QString &identity) const
{
    return toReply(m_client->Get(path.c_str(), auth(identity)));
}

ApiReply ApiClient::post(const std::string &path, const QString &identity, const std::string &body,
                         const httplib::Headers &extra) const
{
    httplib::Headers h = auth(identity);
    h.insert(extra.begin(), extra.end());
    return toReply(m_client->Post(path.c_str(), h, body, "application/json"));
}

ApiReply ApiClient::put(const std::string &path, const QString &identity, const std::string &body) const
{
    return toReply(m_client->Put(path.c_str(), auth(identity), body, "application/json"));
}

ApiReply ApiClient::raw(const std::string &method, const std::string &path, const httplib::Headers &headers,
                        const std::string &body) const
{
    httplib::Request req;
    req.method = method;
    req.path = path;
    req.headers = headers;
    req.body = body;
    return toReply(m_client->send(req));
}

std::string rawExchange(const PlatformProcess &platform, const std::string &bytes)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return {};
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(platform.baseUrl().port()));
    ::inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    timeval tv{10, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    std::string out;
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(bytes.size())) {
        char buf[4096];
        // Read until the server closes or the response is complete (Content-Length reached).
        while (true) {
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0)
                break;
            out.append(buf, static_cast<std::size_t>(n));
            const auto headerEnd = out.find("\r\n\r\n");
            if (headerEnd == std::string::npos)
                continue;
            const auto cl = out.find("Content-Length: ");
            if (cl != std::string::npos && cl < headerEnd) {
                const auto len = std::stoul(out.substr(cl + 16, out.find("\r\n", cl) - cl - 16));
                if (out.size() >= headerEnd + 4 + len)
                    break;
            }
        }
    }
    ::close(fd);
    return out;
}

int statusOf(const std::string &reply)
{
    return reply.rfind("HTTP/1.1 ", 0) == 0 ? std::atoi(reply.c_str() + 9) : 0;
}

} // namespace keel::test
