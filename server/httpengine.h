#pragma once
// keel-platform's HTTP/1.1 engine: Boost.Beast's parser (1.74, Debian) on one Asio I/O thread,
// with every request handed to an elastic worker pool (handlers may block on SQLite or on an
// injected hang). A connection costs a socket and a small buffer while it waits, never a thread,
// so slow or idle clients cannot starve the others. The request head is bounded before it is
// stored: too many header fields or too many header bytes get a 431, a body over the limit a 413,
// a NUL or other control byte in a header value a 400 (RFC 9110 §5.5), as do conflicting
// Content-Length headers (RFC 9112 §6.3).
//
// Why not cpp-httplib 0.11 (Debian's, a compiled library), which served before: it stores every
// header line before any hook runs (a million headers cost 1.5 GB) and has no setting to cap them.
#include "httpmessage.h"

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

namespace keel::platform {

struct HttpEngineLimits {
    std::size_t maxHeaderFields = 100;
    std::size_t maxHeaderBytes = 64 * 1024; // request line and every field, as sent
    std::size_t maxBodyBytes = 1024 * 1024;
    std::chrono::milliseconds requestTimeout{10000}; // a request's head and body must arrive within this
    std::chrono::milliseconds idleTimeout{2000};     // a kept-alive connection may wait this long for its next request
    std::chrono::milliseconds writeTimeout{10000};
    std::size_t maxRequestsPerConnection = 100;
    std::size_t maxConnections = 1024; // open at once; more are answered 503 and closed
    std::size_t minWorkers = 16;       // handler threads always ready; more start while all are busy
    std::size_t maxWorkers = 1024;
};

class HttpEngine {
public:
    using Handler = std::function<void(const HttpRequest &, HttpResponse &)>;
    // Fills the answer to a request the engine refused before any handler ran: 400 (unparsable),
    // 411 (chunked body), 413, 431, 503 (over maxConnections). `request` holds what was parsed.
    using RefusalHandler = std::function<void(int status, const std::string &detail, const HttpRequest &request,
                                              HttpResponse &response)>;

    HttpEngine(HttpEngineLimits limits, Handler handler, RefusalHandler refusal);
    ~HttpEngine();
    HttpEngine(const HttpEngine &) = delete;
    HttpEngine &operator=(const HttpEngine &) = delete;

    // Listens on host:port (0 = any free port); returns the port, or -1 with errorString().
    int bind(const std::string &host, int port);
    std::string errorString() const;
    // Serves on the calling thread until stop(); then waits for running handlers to finish.
    bool run();
    // Thread-safe, also before run() (which then returns at once).
    void stop();

    struct Impl; // httpengine.cpp; named here so its connection sessions can reach it

private:
    std::unique_ptr<Impl> d;
};

} // namespace keel::platform
