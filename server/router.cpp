#include "router.h"

#include <algorithm>

#include "faults.h"
#include "httperror.h"

#include <domain/codec.h>
#include <domain/timeutil.h>

#include <nlohmann/json.hpp>

#include <cctype>
#include <charconv>
#include <iterator>

namespace keel::platform {

std::optional<std::string> Call::query(const std::string &name) const
{
    if (!req.has_param(name))
        return std::nullopt;
    return req.get_param_value(name);
}

std::int64_t Call::intQuery(const std::string &name, std::int64_t fallback, std::int64_t min, std::int64_t max) const
{
    const auto raw = query(name);
    if (!raw)
        return fallback;
    std::int64_t v = 0;
    const auto r = std::from_chars(raw->data(), raw->data() + raw->size(), v);
    if (r.ec != std::errc() || r.ptr != raw->data() + raw->size())
        throw badField(name, "expected an integer");
    if (v < min || v > max)
        throw badField(name, "must be between " + std::to_string(min) + " and " + std::to_string(max));
    return v;
}

std::optional<std::int64_t> Call::timeQuery(const std::string &name) const
{
    const auto raw = query(name);
    if (!raw)
        return std::nullopt;
    if (raw->size() == 10) {
        if (auto t = domain::parseRfc3339(*raw + "T00:00:00Z"))
            return t;
    }
    if (auto t = domain::parseRfc3339(*raw))
        return t;
    throw badField(name, "expected an RFC 3339 time (2026-11-26T18:00:00Z) or a date (2026-11-26)");
}

void Call::json(int status, const nlohmann::json &body) const
{
    res.status = status;
    res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "application/json");
}

void sendProblem(HttpResponse &res, const domain::Problem &problem)
{
    res.status = problem.status;
    res.set_content(domain::toJson(problem).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                    "application/problem+json");
}

void sendProblem(HttpResponse &res, int status, const std::string &slug, const std::string &title,
                 const std::string &detail, const std::string &instance)
{
    domain::Problem p;
    p.type = "https://keel.dev/problems/" + slug;
    p.title = title;
    p.status = status;
    p.detail = detail;
    p.instance = instance;
    sendProblem(res, p);
}

void Router::add(std::string method, const std::string &pattern, std::string label, unsigned roles, RouteHandler handler)
{
    m_routes.push_back({std::move(method), std::regex(pattern), std::move(label), roles, std::move(handler)});
}

std::string Router::labelFor(const std::string &path) const
{
    for (const Route &r : m_routes)
        if (std::regex_match(path, r.pattern))
            return r.label;
    return "unmatched";
}

void Router::dispatch(const HttpRequest &req, HttpResponse &res) const
{
    const std::string path = req.path;
    std::string allowed;
    for (const Route &r : m_routes) {
        if (!std::regex_match(path, r.pattern))
            continue;
        if (r.method == req.method || (req.method == "HEAD" && r.method == "GET")) {
            run(r, req, res, path);
            return;
        }
        allowed += (allowed.empty() ? "" : ", ") + r.method;
    }
    if (!allowed.empty()) {
        res.set_header("Allow", allowed);
        sendProblem(res, 405, "method-not-allowed", "Method not allowed", req.method + " is not allowed on " + path
                                                                              + "; allowed: " + allowed, path);
        return;
    }
    sendProblem(res, 404, "not-found", "Not found", "No resource at " + path.substr(0, 200), path.substr(0, 200));
}

namespace {

// The loop_cursor fault: the page's "next_cursor" becomes the cursor it was fetched with.
void repeatCursor(std::string &body, const std::string &cursor)
{
    const std::string key = "\"next_cursor\":";
    const std::size_t at = body.rfind(key);
    if (at == std::string::npos)
        return;
    std::size_t begin = at + key.size();
    while (begin < body.size() && body[begin] == ' ')
        ++begin;
    std::size_t end = begin;
    if (body.compare(begin, 4, "null") == 0)
        end = begin + 4;
    else if (begin < body.size() && body[begin] == '"')
        end = body.find('"', begin + 1) + 1; // cursors are base64url: no escapes inside
    if (end <= begin || end > body.size())
        return;
    // The cursor came from the query string, so it may be any bytes: invalid UTF-8 is replaced,
    // not thrown (a throw here was a 500; found by the fuzzing session).
    body.replace(begin, end - begin, nlohmann::json(cursor).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

} // namespace

std::optional<std::vector<std::int64_t>> Call::cursorQuery(const CursorCodec &codec, std::string_view kind,
                                                          std::size_t values) const
{
    const auto cursor = query("cursor");
    if (!cursor)
        return std::nullopt;
    auto v = codec.decode(kind, *cursor);
    if (!v || v->size() != values || std::any_of(v->begin(), v->end(), [](std::int64_t x) { return x < 0; }))
        throw badField("cursor", "not a cursor this server issued (tampered, truncated or from another dataset)");
    return v;
}

nlohmann::json Call::jsonBody() const
{
    auto decoded = domain::decodeJsonDocument(req.body);
    if (!decoded)
        throw badField("body", decoded.error().message);
    return std::move(decoded.value());
}

void Router::run(const Route &route, const HttpRequest &req, HttpResponse &res, const std::string &path) const
{
    Call call{req, res, {}, {}, path};
    if (!(route.roles & kPublic)) {
        // Exactly one Authorization header, compared whole (the engine refuses a NUL in any
        // header value before this runs). Two Authorization headers are one too many.
        const auto [first, last] = req.headers.equal_range("Authorization");
        const bool single = first != last && std::next(first) == last;
        auto who = single ? m_auth.identify(first->second) : std::nullopt;
        if (!who) {
            res.set_header("WWW-Authenticate", "Bearer realm=\"keel-platform\"");
            sendProblem(res, 401, "unauthorized", "Authentication required",
                        req.has_header("Authorization") ? "The bearer token is not valid." : "Send Authorization: Bearer <token>.",
                        path);
            return;
        }
        const unsigned mask = roleMask(*who);
        if (route.roles != kAnyRole && !(mask & RoleAdmin) && !(mask & route.roles)) {
            sendProblem(res, 403, "forbidden", "Not allowed for your role",
                        who->user + " may not " + req.method + " " + path + ".", path);
            return;
        }
        call.who = std::move(*who);
    }
    std::regex_match(call.path, call.match, route.pattern);

    const Fault fault = m_faults.roll(path);
    if (fault == Fault::Error5xx) {
        res.set_header("Retry-After", "1");
        sendProblem(res, 503, "injected-fault", "Service unavailable (injected fault)",
                    "keel-platform fault injection answered this request with 503.", path);
        return;
    }
    if (fault == Fault::Hang && !m_faults.hang()) {
        sendProblem(res, 503, "shutting-down", "Server is shutting down", "The server stopped while this request waited.", path);
        return;
    }
    try {
        route.handler(call);
    } catch (const HttpError &e) {
        for (const auto &[k, v] : e.headers)
            res.set_header(k, v);
        domain::Problem p = e.problem;
        p.instance = path;
        sendProblem(res, p);
        return;
    }
    if (res.status == 200 && req.has_param("cursor")) {
        if (const FaultConfig config = m_faults.config(); config.loopCursor && path.rfind(config.pathPrefix, 0) == 0)
            repeatCursor(res.body, req.get_param_value("cursor"));
    }
    if (fault == Fault::Poison) {
        // The first number inside "items" becomes 1e999: valid JSON, out of every decoder's range.
        const std::size_t items = res.body.find("\"items\":");
        for (std::size_t i = items == std::string::npos ? res.body.size() : items; i + 1 < res.body.size(); ++i) {
            if (res.body[i] == ':' && (std::isdigit(static_cast<unsigned char>(res.body[i + 1])) || res.body[i + 1] == '-')) {
                std::size_t end = i + 2;
                while (end < res.body.size() && (std::isdigit(static_cast<unsigned char>(res.body[end])) || res.body[end] == '.'))
                    ++end;
                res.body.replace(i + 1, end - i - 1, "1e999");
                break;
            }
        }
    }
    if (fault == Fault::Malformed) {
        res.status = 200;
        res.set_content("{\"items\": [{\"id\": \"broken\", \"ts\": 17", "application/json");
    } else if (fault == Fault::Drop) {
        // Declare the full length, send half, then fail: the client sees a truncated body.
        if (res.body.size() < 2)
            res.body = "{\"dropped\": \"connection dropped mid-body by fault injection\"}";
        if (!res.has_header("Content-Type"))
            res.set_header("Content-Type", "application/json");
        res.dropAfterBytes = res.body.size() / 2;
    }
}

} // namespace keel::platform
