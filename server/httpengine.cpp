#include "httpengine.h"

#include "elastictaskqueue.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/status.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/parser.hpp>

#include <sys/resource.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <exception>
#include <optional>

namespace keel::platform {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using boost::system::error_code;

// Enough descriptors for maxConnections sockets plus the database, logs and the listening socket;
// Debian's default soft limit (1024) would otherwise refuse accept() below the connection cap.
void raiseDescriptorLimit(std::size_t wanted)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur >= wanted)
        return;
    limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? wanted : std::min<rlim_t>(wanted, limit.rlim_max);
    if (::setrlimit(RLIMIT_NOFILE, &limit) != 0)
        std::fprintf(stderr, "keel-platform: could not raise the open-file limit to %zu\n", wanted);
}

// Whether this error is just the client going away or going quiet: nothing to answer.
bool clientGone(const error_code &ec)
{
    return ec == http::error::end_of_stream || ec == asio::error::eof || ec == beast::error::timeout
        || ec == asio::error::operation_aborted || ec == asio::error::connection_reset
        || ec == asio::error::broken_pipe || ec == http::error::partial_message;
}

std::string statusLine(int status)
{
    const std::string_view reason = http::obsolete_reason(static_cast<http::status>(status));
    return "HTTP/1.1 " + std::to_string(status) + " " + std::string(reason.empty() ? "Unknown" : reason) + "\r\n";
}

bool bodyAllowed(const std::string &method, int status)
{
    return method != "HEAD" && status != 204 && status != 304 && status >= 200;
}

} // namespace

struct HttpEngine::Impl {
    Impl(HttpEngineLimits l, Handler h, RefusalHandler r)
        : limits(l), handler(std::move(h)), refusal(std::move(r))
    {
    }

    void accept();

    // Declared before io: sessions still queued in io at destruction use them as they go.
    HttpEngineLimits limits;
    Handler handler;
    RefusalHandler refusal;
    std::atomic<std::size_t> connections{0};
    std::atomic<bool> stopping{false};
    std::string error;
    asio::io_context io{1};
    tcp::acceptor acceptor{io};
    asio::steady_timer acceptRetry{io};
    std::unique_ptr<ElasticTaskQueue> workers; // destroyed first: its jobs post into io
};

namespace {

// One client connection: reads a request, hands it to a worker, writes the answer, and again
// while the connection is kept alive. Lives as long as an operation or a worker job holds it.
class Session : public std::enable_shared_from_this<Session> {
public:
    Session(HttpEngine::Impl &engine, tcp::socket socket)
        : m_engine(engine), m_stream(std::move(socket))
    {
        ++m_engine.connections;
    }
    ~Session() { --m_engine.connections; }

    void start(bool overCapacity)
    {
        if (overCapacity) {
            refuse(503, "The server has too many open connections; retry shortly.");
            return;
        }
        readHead();
    }

private:
    const HttpEngineLimits &limits() const { return m_engine.limits; }

    void readHead()
    {
        m_parser.emplace();
        m_parser->header_limit(static_cast<std::uint32_t>(limits().maxHeaderBytes));
        m_parser->body_limit(limits().maxBodyBytes);
        m_request = {};
        m_stream.expires_after(m_served == 0 ? limits().requestTimeout : limits().idleTimeout);
        http::async_read_header(m_stream, m_buffer, *m_parser,
                                [self = shared_from_this()](error_code ec, std::size_t) { self->onHead(ec); });
    }

    void onHead(error_code ec)
    {
        if (ec) {
            failedRead(ec);
            return;
        }
        const auto &head = m_parser->get();
        m_request.method = std::string(head.method_string());
        m_request.target = std::string(head.target());
        const std::size_t q = m_request.target.find('?');
        m_request.path = decodeUrlComponent(std::string_view(m_request.target).substr(0, q), false);
        if (q != std::string::npos)
            m_request.params = parseQuery(std::string_view(m_request.target).substr(q + 1));
        std::size_t fields = 0;
        for (const auto &field : head) {
            if (++fields > limits().maxHeaderFields) {
                refuse(431, "Requests may carry at most " + std::to_string(limits().maxHeaderFields) + " header fields.");
                return;
            }
            m_request.headers.emplace(std::string(field.name_string()), std::string(field.value()));
        }
        if (m_parser->chunked() || m_request.has_header("Transfer-Encoding")) {
            // One framing only: every client of this API knows its body's length up front.
            refuse(411, "Chunked request bodies are not accepted; send Content-Length (at most 1 MiB).");
            return;
        }
        if (const auto length = m_parser->content_length(); length && *length > limits().maxBodyBytes) {
            refuse(413, "Request bodies are limited to 1 MiB.");
            return;
        }
        if (m_parser->is_done()) {
            dispatch();
            return;
        }
        if (beast::iequals(m_request.get_header_value("Expect"), "100-continue")) {
            // libcurl waits a second for this before it sends a body over 1 KiB.
            static constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
            m_stream.expires_after(limits().writeTimeout);
            asio::async_write(m_stream, asio::buffer(kContinue.data(), kContinue.size()),
                              [self = shared_from_this()](error_code e, std::size_t) {
                                  if (e)
                                      self->close();
                                  else
                                      self->readBody();
                              });
            return;
        }
        readBody();
    }

    void readBody()
    {
        m_stream.expires_after(limits().requestTimeout);
        http::async_read(m_stream, m_buffer, *m_parser, [self = shared_from_this()](error_code e, std::size_t) {
            if (e)
                self->failedRead(e);
            else
                self->dispatch();
        });
    }

    void failedRead(const error_code &ec)
    {
        if (ec == http::error::header_limit)
            refuse(431, "The request's header section is larger than " + std::to_string(limits().maxHeaderBytes / 1024)
                            + " KiB.");
        else if (ec == http::error::body_limit)
            refuse(413, "Request bodies are limited to 1 MiB.");
        else if (ec == http::error::bad_content_length)
            refuse(400, "Conflicting or malformed Content-Length headers; send exactly one.");
        else if (ec == http::error::bad_value)
            refuse(400, "A header value holds a control character (NUL, CR or LF); such a request is refused whole.");
        else if (clientGone(ec) || m_engine.stopping)
            close();
        else
            refuse(400, "The request could not be parsed as HTTP/1.1 (" + ec.message() + ").");
    }

    void dispatch()
    {
        m_request.body = std::move(m_parser->get().body());
        m_keepAlive = m_parser->get().keep_alive() && ++m_served < limits().maxRequestsPerConnection;
        m_stream.expires_never(); // the handler may take its time; the client waits
        auto self = shared_from_this();
        const bool queued = m_engine.workers->enqueue([self] {
            HttpResponse response;
            try {
                self->m_engine.handler(self->m_request, response);
            } catch (const std::exception &e) {
                // PlatformServer's handler answers its own errors; this is the engine's last line.
                std::fprintf(stderr, "keel-platform: unhandled error: %s\n", e.what());
                response = {};
                response.status = 500;
            }
            self->serialize(response);
            asio::post(self->m_stream.get_executor(), [self] { self->write(); });
        });
        if (!queued)
            close(); // shutting down
    }

    // A request the engine answers itself. The client may still be sending (a large body, a
    // flood of headers): the connection closes after the answer, once the rest has been read
    // off for a moment, so the client sees the answer rather than a reset.
    void refuse(int status, const std::string &detail)
    {
        HttpResponse response;
        response.status = status;
        m_engine.refusal(status, detail, m_request, response);
        m_keepAlive = false;
        m_lingerAfterWrite = true;
        serialize(response);
        write();
    }

    void serialize(const HttpResponse &response)
    {
        std::size_t bodyBytes = response.body.size();
        bool keepAlive = m_keepAlive && !m_engine.stopping;
        if (response.dropAfterBytes) {
            bodyBytes = std::min(*response.dropAfterBytes, response.body.size());
            keepAlive = false;
        }
        const bool withBody = bodyAllowed(m_request.method, response.status);
        std::string out = statusLine(response.status);
        for (const auto &[name, value] : response.headers) {
            if (beast::iequals(name, "Content-Length") || beast::iequals(name, "Connection"))
                continue;
            out += name;
            out += ": ";
            out += value;
            out += "\r\n";
        }
        if (withBody || m_request.method == "HEAD")
            out += "Content-Length: " + std::to_string(response.body.size()) + "\r\n";
        out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
        out += "\r\n";
        if (withBody)
            out.append(response.body, 0, bodyBytes);
        m_out = std::move(out);
        m_keepAlive = keepAlive;
    }

    void write()
    {
        m_stream.expires_after(limits().writeTimeout);
        asio::async_write(m_stream, asio::buffer(m_out), [self = shared_from_this()](error_code ec, std::size_t) {
            self->m_out.clear();
            if (ec) {
                self->close();
            } else if (self->m_keepAlive) {
                self->readHead();
            } else if (self->m_lingerAfterWrite) {
                self->linger();
            } else {
                self->close();
            }
        });
    }

    void linger()
    {
        error_code ignored;
        m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        m_stream.expires_after(std::chrono::seconds(1));
        drain();
    }

    void drain()
    {
        m_stream.async_read_some(asio::buffer(m_discard), [self = shared_from_this()](error_code ec, std::size_t) {
            if (ec)
                self->close();
            else
                self->drain();
        });
    }

    void close()
    {
        error_code ignored;
        m_stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
        m_stream.socket().close(ignored);
    }

    HttpEngine::Impl &m_engine;
    beast::tcp_stream m_stream;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    HttpRequest m_request;
    std::string m_out;
    std::array<char, 16384> m_discard{};
    std::size_t m_served = 0;
    bool m_keepAlive = false;
    bool m_lingerAfterWrite = false;
};

} // namespace

void HttpEngine::Impl::accept()
{
    acceptor.async_accept(io, [this](error_code ec, tcp::socket socket) {
        if (stopping)
            return;
        if (ec) {
            // Out of descriptors (EMFILE) and the like: try again shortly instead of spinning.
            acceptRetry.expires_after(std::chrono::milliseconds(100));
            acceptRetry.async_wait([this](error_code e) {
                if (!e)
                    accept();
            });
            return;
        }
        error_code ignored;
        // Small JSON answers on a reused connection otherwise wait ~40 ms each for Nagle's
        // algorithm to meet the client's delayed ACK.
        socket.set_option(tcp::no_delay(true), ignored);
        const bool over = connections.load() >= limits.maxConnections;
        std::make_shared<Session>(*this, std::move(socket))->start(over);
        accept();
    });
}

HttpEngine::HttpEngine(HttpEngineLimits limits, Handler handler, RefusalHandler refusal)
    : d(std::make_unique<Impl>(limits, std::move(handler), std::move(refusal)))
{
}

HttpEngine::~HttpEngine()
{
    stop();
    if (d->workers)
        d->workers->shutdown();
}

int HttpEngine::bind(const std::string &host, int port)
{
    error_code ec;
    tcp::endpoint endpoint;
    if (const auto address = asio::ip::make_address(host, ec); !ec) {
        endpoint = tcp::endpoint(address, static_cast<unsigned short>(port));
    } else {
        tcp::resolver resolver(d->io); // a host name such as "localhost": its first address
        const auto found = resolver.resolve(host, std::to_string(port), tcp::resolver::passive, ec);
        if (ec || found.empty()) {
            d->error = "cannot resolve " + host + (ec ? ": " + ec.message() : std::string());
            return -1;
        }
        endpoint = found.begin()->endpoint();
    }
    d->acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        d->acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
    if (!ec)
        d->acceptor.bind(endpoint, ec);
    if (!ec)
        d->acceptor.listen(asio::socket_base::max_listen_connections, ec); // SOMAXCONN: bursts of connects wait, not drop
    if (ec) {
        d->error = ec.message();
        d->acceptor.close(ec);
        return -1;
    }
    return d->acceptor.local_endpoint().port();
}

std::string HttpEngine::errorString() const { return d->error; }

bool HttpEngine::run()
{
    if (!d->acceptor.is_open())
        return false;
    raiseDescriptorLimit(d->limits.maxConnections + 64);
    d->workers = std::make_unique<ElasticTaskQueue>(d->limits.minWorkers, d->limits.maxWorkers);
    if (!d->stopping)
        d->accept();
    d->io.run();
    // Handlers still running finish; their answers are not sent (the I/O loop has ended).
    d->workers->shutdown();
    return true;
}

void HttpEngine::stop()
{
    d->stopping = true;
    d->io.stop();
}

} // namespace keel::platform
