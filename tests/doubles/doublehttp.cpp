#include "doublehttp.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <sstream>

namespace keel::doubles {

namespace {
constexpr std::size_t kLogKept = 5000;
constexpr std::size_t kPayloadMax = 5 * 1024 * 1024; // Langfuse Cloud's 5 MB request limit

std::string queryOf(const httplib::Request &req)
{
    const auto q = req.target.find('?');
    return q == std::string::npos ? std::string() : req.target.substr(q + 1);
}
} // namespace

void sendJson(httplib::Response &res, int status, const Json &body)
{
    res.status = status;
    res.set_content(body.dump(), "application/json");
}

std::optional<Json> parseBody(const httplib::Request &req)
{
    Json body = Json::parse(req.body, nullptr, false);
    if (body.is_discarded())
        return std::nullopt;
    return body;
}

DoubleServer::DoubleServer(std::string kind, DoubleClock &clock, RateLimits &limits)
    : m_kind(std::move(kind))
    , m_clock(clock)
    , m_limits(limits)
{
    m_server.new_task_queue = [] { return new httplib::ThreadPool(16); };
    m_server.set_keep_alive_timeout(1); // stop() waits for idle keep-alive connections
    m_server.set_keep_alive_max_count(100);
    m_server.set_read_timeout(10);
    // httplib writes a reply's headers and body in separate sends; with Nagle on, the body waits
    // for the client's delayed ACK (40 ms on Linux) on every keep-alive request. Debian's httplib
    // is a compiled library, so the CPPHTTPLIB_TCP_NODELAY macro does not reach it: set it here.
    m_server.set_tcp_nodelay(true);
    m_server.set_payload_max_length(kPayloadMax);
    m_server.set_error_handler(httplib::Server::HandlerWithResponse([this](const httplib::Request &req,
                                                                           httplib::Response &res) {
        if (!res.body.empty() || res.content_length_ > 0)
            return httplib::Server::HandlerResponse::Unhandled; // a handler's own error body
        int status = res.status;
        if (status == 404) {
            for (const auto &[method, pattern] : m_patterns)
                if (method != req.method && std::regex_match(req.path, pattern))
                    status = 405;
        }
        if (m_statusReply)
            m_statusReply(res, status);
        res.status = status;
        record(req, status, "unrouted");
        return httplib::Server::HandlerResponse::Handled;
    }));
    m_server.set_exception_handler([](const httplib::Request &, httplib::Response &res, std::exception_ptr ep) {
        std::string what = "unknown exception";
        try {
            std::rethrow_exception(ep);
        } catch (const std::exception &e) {
            what = e.what();
        } catch (...) {
        }
        std::fprintf(stderr, "keel-connector-double: handler threw: %s\n", what.c_str());
        sendJson(res, 500, Json{{"message", "test double: handler threw: " + what}});
    });
    addAdminRoutes();
}

void DoubleServer::dropConnection(httplib::Response &res)
{
    res.status = 200;
    res.body.clear();
    // Headers promise a body, then the provider gives up: the client sees the connection close
    // in the middle of the response (cpp-httplib closes it when a provider returns false).
    res.set_content_provider(
        4096, "application/json", [](std::size_t, std::size_t, httplib::DataSink &) { return false; });
}

void DoubleServer::record(const httplib::Request &req, int status, const std::string &outcome)
{
    std::lock_guard lock(m_logMutex);
    m_log.push_back({++m_seq, req.method, req.path, queryOf(req), outcome, status});
    if (m_log.size() > kLogKept)
        m_log.pop_front();
}

void DoubleServer::route(const RouteSpec &spec, Handler handler)
{
    m_patterns.emplace_back(spec.method, std::regex(spec.pattern));
    auto wrapped = [this, spec, handler = std::move(handler)](const httplib::Request &req, httplib::Response &res) {
        const std::optional<Fault> fault = m_faults.take(req.method, req.path);
        if (fault && fault->before()) {
            if (fault->mode == Fault::Mode::Drop) {
                dropConnection(res);
                record(req, 0, "fault:drop");
            } else if (fault->mode == Fault::Mode::Body) {
                res.status = fault->status;
                res.set_content(fault->body, "application/json");
                record(req, fault->status, "fault:body");
            } else {
                m_statusReply(res, fault->status);
                res.status = fault->status;
                record(req, fault->status, "fault:status");
            }
            return;
        }
        if (spec.needsAuth && m_guard && !m_guard(req, res)) {
            record(req, res.status, "refused");
            return;
        }
        if (!spec.bucket.empty()) {
            const std::int64_t now = m_clock.nowMs();
            if (const auto d = m_limits.consume(spec.bucket, now); d && d->limited) {
                m_limitedReply(res, *d, now);
                record(req, res.status, "rate-limited");
                return;
            }
        }
        handler(req, res);
        if (res.status == -1)
            res.status = 200;
        if (fault && fault->mode == Fault::Mode::DropAfter) {
            record(req, res.status, "handled, then fault:drop-after");
            dropConnection(res);
            return;
        }
        if (fault && fault->mode == Fault::Mode::StatusAfter) {
            record(req, res.status, "handled, then fault:status-after");
            res.body.clear();
            m_statusReply(res, fault->status);
            res.status = fault->status;
            return;
        }
        record(req, res.status, "handled");
    };
    if (spec.method == "GET")
        m_server.Get(spec.pattern, wrapped);
    else if (spec.method == "POST")
        m_server.Post(spec.pattern, wrapped);
    else if (spec.method == "PATCH")
        m_server.Patch(spec.pattern, wrapped);
    else if (spec.method == "DELETE")
        m_server.Delete(spec.pattern, wrapped);
    else
        m_server.Put(spec.pattern, wrapped);
}

void DoubleServer::addAdminRoutes()
{
    m_server.Get("/__double/state", [this](const httplib::Request &, httplib::Response &res) {
        Json log = Json::array();
        {
            std::lock_guard lock(m_logMutex);
            for (const LoggedRequest &r : m_log)
                log.push_back({{"seq", r.seq}, {"method", r.method}, {"path", r.path}, {"query", r.query},
                               {"status", r.status}, {"outcome", r.outcome}});
        }
        Json out{{"kind", m_kind}, {"testDouble", true}, {"now", m_clock.nowMs()},
                 {"faults", m_faults.describe()}, {"requests", log}};
        out["state"] = m_stateDump ? m_stateDump() : Json::object();
        sendJson(res, 200, out);
    });
    m_server.Post("/__double/faults", [this](const httplib::Request &req, httplib::Response &res) {
        const auto body = parseBody(req);
        const nlohmann::json spec = body ? nlohmann::json::parse(body->dump()) : nlohmann::json();
        const std::string error = m_faults.arm(spec);
        if (!error.empty())
            return sendJson(res, 400, Json{{"error", error}});
        sendJson(res, 200, Json{{"armed", m_faults.describe()}});
    });
    m_server.Delete("/__double/faults", [this](const httplib::Request &, httplib::Response &res) {
        m_faults.clear();
        sendJson(res, 200, Json{{"armed", Json::array()}});
    });
    m_server.Post("/__double/clock", [this](const httplib::Request &req, httplib::Response &res) {
        const auto body = parseBody(req);
        if (!body || !body->contains("advanceMs") || !(*body)["advanceMs"].is_number_integer()
            || (*body)["advanceMs"].get<std::int64_t>() < 0)
            return sendJson(res, 400, Json{{"error", "want {\"advanceMs\": N} with N >= 0"}});
        m_clock.advance((*body)["advanceMs"].get<std::int64_t>());
        sendJson(res, 200, Json{{"now", m_clock.nowMs()}});
    });
}

int DoubleServer::bind(const std::string &host, int port)
{
    if (port == 0)
        return m_server.bind_to_any_port(host);
    return m_server.bind_to_port(host, port) ? port : -1;
}

bool DoubleServer::serve()
{
    return m_server.listen_after_bind();
}

void DoubleServer::stop()
{
    m_server.stop();
}

std::vector<std::string> commaList(const std::optional<std::string> &text, bool upper)
{
    std::vector<std::string> out;
    if (!text)
        return out;
    std::stringstream ss(*text);
    std::string part;
    while (std::getline(ss, part, ','))
        if (!part.empty()) {
            if (upper)
                std::transform(part.begin(), part.end(), part.begin(), [](unsigned char c) { return std::toupper(c); });
            out.push_back(part);
        }
    return out;
}

} // namespace keel::doubles
