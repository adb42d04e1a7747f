#include "platformserver.h"

#include "elastictaskqueue.h"

#include "aggregates.h"
#include "generator.h"
#include "reviewseed.h"
#include "logtext.h"
#include "routes.h"
#include "schema.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>

namespace keel::platform {
namespace {

namespace fs = std::filesystem;

std::string makeRequestId()
{
    thread_local std::mt19937_64 rng{std::random_device{}()};
    char buf[24];
    std::snprintf(buf, sizeof buf, "req-%016llx", static_cast<unsigned long long>(rng()));
    return buf;
}

// A client's X-Request-Id is echoed only when it is short and harmless in a log line.
bool acceptableRequestId(const std::string &id)
{
    if (id.empty() || id.size() > 128)
        return false;
    for (char c : id)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == ':'))
            return false;
    return true;
}

const char *titleFor(int status)
{
    switch (status) {
    case 400: return "The request could not be parsed";
    case 404: return "Not found";
    case 408: return "Request timed out";
    case 411: return "Length required";
    case 413: return "Request body too large";
    case 414: return "Request URI too long";
    case 431: return "Request header fields too large";
    case 503: return "Service unavailable";
    default: return status >= 500 ? "Internal server error" : "Request failed";
    }
}

// The data folder's cursor key (hex in the meta table, beside the data it pages over): made once,
// so cursors survive a restart on the same folder and are refused by any other folder's server.
std::string cursorKey(Connection &c)
{
    static constexpr char kHex[] = "0123456789abcdef";
    if (const auto hex = readMeta(c, "cursor_key"); hex && hex->size() == 2 * CursorCodec::kKeyBytes) {
        std::string key;
        for (std::size_t i = 0; i < hex->size(); i += 2) {
            const auto nibble = [](char ch) { return ch <= '9' ? ch - '0' : ch - 'a' + 10; };
            key.push_back(static_cast<char>(nibble((*hex)[i]) << 4 | nibble((*hex)[i + 1])));
        }
        return key;
    }
    const std::string key = CursorCodec::randomKey();
    std::string hex;
    for (unsigned char ch : key) {
        hex.push_back(kHex[ch >> 4]);
        hex.push_back(kHex[ch & 15]);
    }
    writeMeta(c, "cursor_key", hex);
    return key;
}

} // namespace

PlatformServer::PlatformServer(ServerOptions options)
    : m_options(std::move(options))
{
}

PlatformServer::~PlatformServer() = default;

void PlatformServer::open(const std::atomic<bool> *cancel)
{
    domain::Clock clock;
    if (m_options.nowMs)
        clock.pin(*m_options.nowMs);
    fs::create_directories(m_options.dataDir);
    const std::string dbPath = (fs::path(m_options.dataDir) / "platform.db").string();
    if (!fs::exists(dbPath)) {
        // Generate into a side file and rename: a crash or Ctrl-C never leaves half a dataset.
        const std::string tmp = dbPath + ".generating";
        fs::remove(tmp);
        const auto started = std::chrono::steady_clock::now();
        GenerationSummary summary;
        {
            Connection c(tmp);
            ::chmod(tmp.c_str(), 0600);
            c.exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;");
            GeneratorConfig g;
            g.seed = m_options.seed;
            g.days = m_options.days;
            g.requestsPerDay = m_options.requestsPerDay;
            g.endMs = floorToHour(clock.nowMs());
            summary = generateDataset(c, g, cancel);
        }
        if (cancel && cancel->load()) {
            fs::remove(tmp);
            throw std::runtime_error("interrupted while generating the dataset");
        }
        fs::rename(tmp, dbPath);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        std::fprintf(stderr, "keel-platform: generated %lld requests and %lld review items (%lld pending) in %.2f s\n",
                     static_cast<long long>(summary.requests), static_cast<long long>(summary.reviewItems),
                     static_cast<long long>(summary.pendingItems), seconds);
    }
    ::chmod(dbPath.c_str(), 0600);

    m_state = std::make_unique<PlatformState>(dbPath);
    if (m_options.nowMs)
        m_state->clock.pin(clock.nowMs()); // runs on from where generation read it
    m_state->leaseSeconds = m_options.leaseSeconds;
    m_state->faults.set(m_options.faults);
    Connection &c = m_state->db.local();
    createSchema(c);
    upgradeSpendRollups(c);
    // Before anything reads the review tables; a no-op on a folder that was topped up once.
    if (const auto added = topUpReviewBacklog(c, m_options.reviewItems); added > 0)
        std::fprintf(stderr, "keel-platform: added %lld pending review items (--review-items %lld)\n",
                     static_cast<long long>(added), static_cast<long long>(m_options.reviewItems));
    GeneratorConfig g;
    g.seed = std::stoull(readMeta(c, "seed").value_or(std::to_string(m_options.seed)));
    g.days = std::stoi(readMeta(c, "days").value_or(std::to_string(m_options.days)));
    g.requestsPerDay = std::stoll(readMeta(c, "requests_per_day").value_or(std::to_string(m_options.requestsPerDay)));
    g.endMs = std::stoll(readMeta(c, "end_ms").value_or("0"));
    if (g.seed != m_options.seed || g.days != m_options.days || g.requestsPerDay != m_options.requestsPerDay)
        std::fprintf(stderr, "keel-platform: %s already holds a dataset (seed %llu, %d days, %lld requests/day); serving it as is\n",
                     m_options.dataDir.c_str(), static_cast<unsigned long long>(g.seed), g.days,
                     static_cast<long long>(g.requestsPerDay));
    m_state->scenario = Scenario::from(g);
    m_state->cursors = CursorCodec(cursorKey(c));

    const std::string tokensFile = (fs::path(m_options.dataDir) / "demo-tokens.json").string();
    Authenticator::ensureDemoIdentities(c, tokensFile);
    if (m_options.demoTokens)
        Authenticator::writeTokensFile(c, tokensFile);
    m_state->auth.load(c);
    m_state->metrics.loadInference(c);
    {
        Stmt s(c.handle(), "SELECT slo_id, start_ms, step_ms, data FROM slo_series");
        while (s.step()) {
            SloEvents e;
            e.startMs = s.i64(1);
            e.stepMs = s.i64(2);
            const std::string_view blob = s.blob(3);
            e.buckets.resize(blob.size() / sizeof(std::array<std::int32_t, 2>));
            std::memcpy(e.buckets.data(), blob.data(), e.buckets.size() * sizeof(std::array<std::int32_t, 2>));
            m_state->sloEvents.emplace(s.text(0), std::move(e));
        }
    }
    configure();
}

void PlatformServer::configure()
{
    m_router = std::make_unique<Router>(m_state->auth, m_state->faults);
    addTelemetryRoutes(*m_router, *m_state);
    addSpendRoutes(*m_router, *m_state);
    addSloRoutes(*m_router, *m_state);
    addReviewRoutes(*m_router, *m_state);
    addAdminRoutes(*m_router, *m_state);

    HttpEngineLimits limits;
    limits.minWorkers = static_cast<std::size_t>(m_options.threads);
    limits.maxConnections = static_cast<std::size_t>(std::max(m_options.maxConnections, m_options.threads));
    // A connection has at most one request in a handler at a time.
    limits.maxWorkers = limits.maxConnections;
    m_http = std::make_unique<HttpEngine>(
        limits, [this](const HttpRequest &req, HttpResponse &res) { handle(req, res); },
        [this](int status, const std::string &detail, const HttpRequest &req, HttpResponse &res) {
            refuse(status, detail, req, res);
        });
}

void PlatformServer::handle(const HttpRequest &req, HttpResponse &res)
{
    const auto started = std::chrono::steady_clock::now();
    const std::string given = req.get_header_value("X-Request-Id");
    res.set_header("X-Request-Id", acceptableRequestId(given) ? given : makeRequestId());
    // Byte ranges mean nothing for JSON answers (RFC 9110 §14.2 lets a server ignore Range), so
    // every answer is whole: a Range header of thousands of parts costs nothing.
    try {
        m_router->dispatch(req, res);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "keel-platform: error in %s %s: %s\n", escapeForLog(req.method).c_str(),
                     escapeForLog(std::string_view(req.path).substr(0, 200)).c_str(), escapeForLog(e.what()).c_str());
        const std::string id = res.get_header_value("X-Request-Id");
        res = {};
        res.set_header("X-Request-Id", id);
        sendProblem(res, 500, "internal-error", "Internal server error",
                    "The server failed to answer this request; it has been logged (X-Request-Id).", req.path.substr(0, 200));
    }
    log(req, res, std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
}

void PlatformServer::refuse(int status, const std::string &detail, const HttpRequest &req, HttpResponse &res)
{
    res.set_header("X-Request-Id", makeRequestId());
    if (status == 503)
        res.set_header("Retry-After", "1");
    std::string slug = "http-" + std::to_string(status);
    if (status == 413)
        slug = "payload-too-large";
    else if (status == 411)
        slug = "length-required";
    else if (status == 431)
        slug = "header-fields-too-large";
    else if (status == 400)
        slug = "bad-request";
    else if (status == 503)
        slug = "too-many-connections"; // the engine's only 503
    sendProblem(res, status, slug, titleFor(status), detail, req.path.substr(0, 200));
    log(req, res, 0);
}

void PlatformServer::log(const HttpRequest &req, const HttpResponse &res, double seconds)
{
    const std::string route = m_router->labelFor(req.path);
    m_state->metrics.recordHttp(route, req.method.empty() ? "-" : req.method, res.status, seconds);
    // Method, path, status, time and request id only: never bodies, queries or tokens.
    // The path arrives percent-decoded: %0d%0a would start a forged log line. Escaped here.
    std::fprintf(stderr, "keel-platform: %s %s %d %.1fms %s\n", escapeForLog(req.method.empty() ? "-" : req.method).c_str(),
                 escapeForLog(std::string_view(req.path).substr(0, 200)).c_str(), res.status, seconds * 1000.0,
                 escapeForLog(res.get_header_value("X-Request-Id")).c_str());
}

int PlatformServer::bind()
{
    m_port = m_http->bind(m_options.host, m_options.port);
    if (m_port < 0)
        std::fprintf(stderr, "keel-platform: %s\n", m_http->errorString().c_str());
    return m_port;
}

std::string PlatformServer::baseUrl() const
{
    return "http://" + m_options.host + ":" + std::to_string(m_port);
}

bool PlatformServer::serve() { return m_http->run(); }

void PlatformServer::stop()
{
    if (m_state)
        m_state->faults.shutdown();
    if (m_http)
        m_http->stop();
}

} // namespace keel::platform
