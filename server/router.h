#pragma once
// keel-platform's own routing on top of the HTTP engine (httpengine.h): one table of (method, path pattern, roles,
// handler) gives 404 vs 405, authentication, role checks, fault injection and a stable route
// label for /metrics in one place.
#include "auth.h"
#include "cursor.h"

#include "httpmessage.h"
#include <nlohmann/json_fwd.hpp>

#include <domain/identity.h>
#include <domain/problem.h>

#include <functional>
#include <optional>
#include <regex>
#include <string>
#include <vector>

namespace keel::platform {

class FaultInjector;

struct Call {
    const HttpRequest &req;
    HttpResponse &res;
    domain::Identity who;
    std::smatch match; // path captures
    std::string path;  // kept alive for match

    std::string capture(std::size_t i) const { return match[static_cast<int>(i)].str(); }
    std::optional<std::string> query(const std::string &name) const;
    // Integer query parameter in [min, max]; 400 naming it otherwise.
    std::int64_t intQuery(const std::string &name, std::int64_t fallback, std::int64_t min, std::int64_t max) const;
    // RFC 3339 or YYYY-MM-DD (UTC midnight); 400 naming it otherwise.
    std::optional<std::int64_t> timeQuery(const std::string &name) const;
    // The `cursor` query parameter decoded with this kind, holding exactly `values` non-negative
    // numbers; nullopt without one; 400 naming "cursor" for anything this server did not issue.
    std::optional<std::vector<std::int64_t>> cursorQuery(const CursorCodec &codec, std::string_view kind,
                                                         std::size_t values) const;
    void json(int status, const nlohmann::json &body) const;
    // The request body as JSON, under the decoders' depth and string limits and with nothing
    // after the document; 400 naming "body" otherwise. Every JSON body goes through here.
    nlohmann::json jsonBody() const;
};

constexpr unsigned kAnyRole = 0;
constexpr unsigned kPublic = 0x100; // no token needed (/metrics)

using RouteHandler = std::function<void(Call &)>;

class Router {
public:
    explicit Router(const Authenticator &auth, FaultInjector &faults) : m_auth(auth), m_faults(faults) {}
    void add(std::string method, const std::string &pattern, std::string label, unsigned roles, RouteHandler handler);
    void dispatch(const HttpRequest &req, HttpResponse &res) const;
    // Route label for metrics and logs: the pattern's label, or "unmatched".
    std::string labelFor(const std::string &path) const;

private:
    struct Route {
        std::string method;
        std::regex pattern;
        std::string label;
        unsigned roles;
        RouteHandler handler;
    };
    void run(const Route &route, const HttpRequest &req, HttpResponse &res, const std::string &path) const;
    const Authenticator &m_auth;
    FaultInjector &m_faults;
    std::vector<Route> m_routes;
};

void sendProblem(HttpResponse &res, const domain::Problem &problem);
void sendProblem(HttpResponse &res, int status, const std::string &slug, const std::string &title,
                 const std::string &detail, const std::string &instance = {});

} // namespace keel::platform
