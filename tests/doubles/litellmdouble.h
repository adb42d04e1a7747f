#pragma once
// The LiteLLM TEST DOUBLE: a stateful, in-memory stand-in for a LiteLLM 1.96 proxy's management
// API on 127.0.0.1 (spend logs, daily activity, keys, teams, budgets, health), seeded with 30
// days of spend. It enforces what a connector must survive (Bearer / x-litellm-api-key auth,
// required date windows and their formats, page caps, the 10,000-row count cap, per-page daily
// aggregation over raw rows) as shared/specs/litellm-endpoints.md describes it;
// tests/doubles/README.md lists what it does not model.
#include "doublehttp.h"
#include "litellmstore.h"

#include <string>

namespace keel::doubles {

class LiteLlmDouble {
public:
    LiteLlmDouble(DoubleServer &server, const LiteLlmSeedOptions &seed);

    LiteLlmStore &store() { return m_store; }
    std::int64_t now() const { return m_server.clock().nowMs(); }
    void route(const char *method, const std::string &pattern, const std::string &bucket,
               DoubleServer::Handler handler, bool needsAuth = true);
    // The key a request authenticated with (the guard has accepted it).
    const LlKey *caller(const httplib::Request &req) const;
    // Non-admin keys are scoped to their own data by LiteLLM; the double models that only for
    // /key/info and answers 501 elsewhere rather than guess. Returns false after replying.
    bool requireAdmin(const httplib::Request &req, httplib::Response &res) const;

private:
    bool authorize(const httplib::Request &req, httplib::Response &res) const;
    static std::string presentedKey(const httplib::Request &req);
    Json dumpState() const;

    DoubleServer &m_server;
    LiteLlmStore m_store;
};

void addLiteLlmSpendRoutes(LiteLlmDouble &d);
void addLiteLlmActivityRoutes(LiteLlmDouble &d);
void addLiteLlmManagementRoutes(LiteLlmDouble &d);

} // namespace keel::doubles
