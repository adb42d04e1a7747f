#pragma once
// The Langfuse TEST DOUBLE: a stateful, in-memory stand-in for a Langfuse 4.16 server's public API
// on 127.0.0.1, seeded with one project's annotation queues, traces, score configs and scores.
// It enforces the rules a connector must survive (Basic auth, .strict() queries and bodies,
// page/limit caps, score value checks, v4-only routes, rate limits) as the notes in
// shared/specs/langfuse-endpoints.md describe them; tests/doubles/README.md lists what it does
// not model. It is a test double, not an oracle of Langfuse's correctness.
#include "doublehttp.h"
#include "langfusestore.h"

#include <string>

namespace keel::doubles {

class LangfuseDouble {
public:
    // v4: the server runs in a v4 write mode (v2 observations/metrics, v3 scores; legacy
    // /metrics/daily and the like refused as in events_only mode). Otherwise a self-hosted v3.
    LangfuseDouble(DoubleServer &server, bool v4, const LangfuseSeedOptions &seed);

    LangfuseStore &store() { return m_store; }
    DoubleServer &server() { return m_server; }
    std::int64_t now() const { return m_server.clock().nowMs(); }
    bool v4() const { return m_store.v4; }

    // GET/POST/PATCH routes under the project's Basic auth, counted against a rate-limit bucket.
    void route(const char *method, const std::string &pattern, const std::string &bucket,
               DoubleServer::Handler handler, bool needsAuth = true);
    // A v4-only route: on a v3 server it answers 404 the way Langfuse's own handler does.
    void v4Route(const std::string &pattern, const std::string &bucket, DoubleServer::Handler handler);
    // A legacy route that events_only (v4) servers refuse with 404.
    void legacyOnlyRoute(const std::string &pattern, const std::string &bucket, DoubleServer::Handler handler);

private:
    bool authorize(const httplib::Request &req, httplib::Response &res) const;
    Json dumpState() const;

    DoubleServer &m_server;
    LangfuseStore m_store;
};

void addLangfuseQueueRoutes(LangfuseDouble &d);
void addLangfuseTraceRoutes(LangfuseDouble &d);
void addLangfuseObservationListRoute(LangfuseDouble &d);
void addLangfuseScoreRoutes(LangfuseDouble &d);
void addLangfuseMetricsRoutes(LangfuseDouble &d);

} // namespace keel::doubles
