#pragma once
// keel-platform's HTTP front: the engine (httpengine.h) under the router, problem+json for every
// error the engine itself answers (400, 411, 413, 431, 503) and for exceptions, X-Request-Id on
// every response, one log line per request, /metrics counting, and a clean stop from any thread.
#include "options.h"
#include "platformstate.h"
#include "httpengine.h"
#include "router.h"

#include <atomic>
#include <memory>
#include <string>

namespace keel::platform {

class PlatformServer {
public:
    explicit PlatformServer(ServerOptions options);
    ~PlatformServer();

    // Opens DIR/platform.db, generating the dataset first when DIR has none. Throws on failure.
    void open(const std::atomic<bool> *cancel = nullptr);
    // Binds the listening socket; returns the port (useful with port 0) or -1.
    int bind();
    std::string baseUrl() const;
    // Serves until stop(). Returns false when the server could not run.
    bool serve();
    // Thread-safe; also wakes requests hanging in fault injection.
    void stop();

private:
    void configure();
    void handle(const HttpRequest &req, HttpResponse &res);
    void refuse(int status, const std::string &detail, const HttpRequest &req, HttpResponse &res);
    void log(const HttpRequest &req, const HttpResponse &res, double seconds);

    ServerOptions m_options;
    std::unique_ptr<PlatformState> m_state;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<HttpEngine> m_http;
    int m_port = -1;
};

} // namespace keel::platform
