#pragma once
// The HTTP plumbing both connector test doubles share (cpp-httplib 0.11, 127.0.0.1, port 0):
// routes with auth, rate-limit buckets and armed faults applied in the order a real deployment
// applies them (fault at the edge, then auth, then the rate limiter, then the handler), a log of
// every request, and the test-only admin routes under /__double/ (no auth):
//   GET  /__double/state    what the double holds now, the armed faults and the request log
//   POST /__double/faults   arm a fault (faults.h); DELETE clears them all
//   POST /__double/clock    {"advanceMs": N} moves the double's clock forward
// This is a TEST DOUBLE: it enforces the vendor rules its README lists and nothing else.
#include "doubleclock.h"
#include "faults.h"
#include "ratelimit.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <regex>
#include <string>
#include <vector>

namespace keel::doubles {

using Json = nlohmann::ordered_json;

void sendJson(httplib::Response &res, int status, const Json &body);
// The request body as JSON, or nullopt when it is not JSON at all.
std::optional<Json> parseBody(const httplib::Request &req);

struct RouteSpec {
    std::string method;  // GET, POST, PATCH, DELETE
    std::string pattern; // cpp-httplib regex, matched against the whole path
    std::string bucket;  // rate-limit bucket; "" = never limited
    bool needsAuth = true;
};

class DoubleServer {
public:
    using Handler = std::function<void(const httplib::Request &, httplib::Response &)>;
    // Returns true when the request may go on; otherwise it has written the refusal.
    using Guard = std::function<bool(const httplib::Request &, httplib::Response &)>;
    using LimitedReply = std::function<void(httplib::Response &, const RateDecision &, std::int64_t nowMs)>;
    using StatusReply = std::function<void(httplib::Response &, int status)>;
    using StateDump = std::function<Json()>;

    DoubleServer(std::string kind, DoubleClock &clock, RateLimits &limits);
    DoubleServer(const DoubleServer &) = delete;
    DoubleServer &operator=(const DoubleServer &) = delete;

    void setGuard(Guard guard) { m_guard = std::move(guard); }
    void setLimitedReply(LimitedReply reply) { m_limitedReply = std::move(reply); }
    // The vendor's body for a bare status: unknown route (404), wrong method (405), injected 5xx.
    void setStatusReply(StatusReply reply) { m_statusReply = std::move(reply); }
    void setStateDump(StateDump dump) { m_stateDump = std::move(dump); }

    void route(const RouteSpec &spec, Handler handler);

    // Binds host:port (0 = any free port); returns the port, or -1.
    int bind(const std::string &host, int port);
    bool serve(); // blocks until stop()
    void stop();

    DoubleClock &clock() { return m_clock; }

private:
    struct LoggedRequest {
        long seq;
        std::string method, path, query, outcome;
        int status;
    };
    void addAdminRoutes();
    void record(const httplib::Request &req, int status, const std::string &outcome);
    static void dropConnection(httplib::Response &res);

    std::string m_kind;
    DoubleClock &m_clock;
    RateLimits &m_limits;
    Faults m_faults;
    httplib::Server m_server;
    Guard m_guard;
    LimitedReply m_limitedReply;
    StatusReply m_statusReply;
    StateDump m_stateDump;
    std::vector<std::pair<std::string, std::regex>> m_patterns; // method, pattern: tells 405 from 404
    std::mutex m_logMutex;
    std::deque<LoggedRequest> m_log;
    long m_seq = 0;
};

// "a,b,,c" → {"a", "b", "c"} (upper: "A", "B", "C"): list-valued query parameters of both vendors.
std::vector<std::string> commaList(const std::optional<std::string> &text, bool upper = false);

} // namespace keel::doubles
