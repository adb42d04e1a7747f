#pragma once
// keel-platform's HTTP front: cpp-httplib with a generous worker pool, problem+json for every
// error httplib itself produces (400, 404, 413, exceptions), X-Request-Id on every response, one
// log line per request, /metrics counting, and a clean stop from any thread.
#include "options.h"
#include "platformstate.h"
#include "router.h"

#include <httplib.h>

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
    httplib::Server::HandlerResponse preRouting(const httplib::Request &req, httplib::Response &res);
    void log(const httplib::Request &req, const httplib::Response &res);

    ServerOptions m_options;
    std::unique_ptr<PlatformState> m_state;
    std::unique_ptr<Router> m_router;
    httplib::Server m_http;
    int m_port = -1;
    socket_t m_listenSocket = -1; // set by httplib before bind; see bind()
};

} // namespace keel::platform
