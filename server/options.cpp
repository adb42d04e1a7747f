#include "options.h"

#include "domain/timeutil.h"

#include <charconv>
#include <cstdlib>
#include <string_view>

namespace keel::platform {
namespace {

template <typename T>
bool parseNumber(std::string_view s, T &out)
{
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

bool parseRatio(std::string_view s, double &out)
{
    char *end = nullptr;
    const std::string copy(s);
    out = std::strtod(copy.c_str(), &end);
    return end && *end == '\0' && !copy.empty() && out >= 0.0 && out <= 1.0;
}

} // namespace

const char *usageText()
{
    return "usage: keel-platform --listen HOST:PORT --data DIR [--seed N] [--days N] [--requests-per-day N]\n"
           "                     [--demo-tokens] [--lease-seconds N] [--fault-5xx P] [--fault-hang P]\n"
           "                     [--fault-drop P] [--fault-malformed P] [--hang-ms N] [--fault-path-prefix /v1/...]\n"
           "                     [--threads N] [--max-connections N] [--now YYYY-MM-DDTHH:MM:SSZ] [--review-items N]\n"
           "With port 0 a free port is chosen and the base URL is printed as the first line on stdout.\n"
           "--now starts the server's clock at that instant (history ends there, then time runs on).\n"
           "--threads request handlers stay ready; more start while all are busy. --max-connections\n"
           "connections may be open at once (default 1024; more are answered 503): a slow or idle\n"
           "client holds a socket, never a handler, so it cannot starve the others.\n"
           "Limits: 100 header fields and 64 KiB of headers per request (431), 1 MiB bodies (413).\n"
           "--review-items tops a new data folder's live review backlog up to N pending items (load tests).\n";
}

std::optional<ServerOptions> parseOptions(int argc, char **argv, std::string &error, bool &help)
{
    ServerOptions o;
    help = false;
    bool haveListen = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        auto value = [&](std::string_view &out) {
            if (i + 1 >= argc) {
                error = std::string(arg) + " needs a value";
                return false;
            }
            out = argv[++i];
            return true;
        };
        std::string_view v;
        if (arg == "--help" || arg == "-h") {
            help = true;
            return std::nullopt;
        } else if (arg == "--demo-tokens") {
            o.demoTokens = true;
        } else if (arg == "--listen") {
            if (!value(v))
                return std::nullopt;
            const auto colon = v.rfind(':');
            if (colon == std::string_view::npos || colon == 0 || !parseNumber(v.substr(colon + 1), o.port) || o.port < 0
                || o.port > 65535) {
                error = "--listen expects HOST:PORT, e.g. 127.0.0.1:0";
                return std::nullopt;
            }
            o.host = std::string(v.substr(0, colon));
            haveListen = true;
        } else if (arg == "--data") {
            if (!value(v))
                return std::nullopt;
            o.dataDir = std::string(v);
        } else if (arg == "--seed") {
            if (!value(v) || !parseNumber(v, o.seed)) {
                error = "--seed expects a non-negative integer";
                return std::nullopt;
            }
        } else if (arg == "--days") {
            if (!value(v) || !parseNumber(v, o.days) || o.days < 1 || o.days > 400) {
                error = "--days expects an integer between 1 and 400";
                return std::nullopt;
            }
        } else if (arg == "--requests-per-day") {
            if (!value(v) || !parseNumber(v, o.requestsPerDay) || o.requestsPerDay < 1 || o.requestsPerDay > 10'000'000) {
                error = "--requests-per-day expects an integer between 1 and 10000000";
                return std::nullopt;
            }
        } else if (arg == "--lease-seconds") {
            if (!value(v) || !parseNumber(v, o.leaseSeconds) || o.leaseSeconds < 1 || o.leaseSeconds > 86400) {
                error = "--lease-seconds expects an integer between 1 and 86400";
                return std::nullopt;
            }
        } else if (arg == "--review-items") {
            if (!value(v) || !parseNumber(v, o.reviewItems) || o.reviewItems < 1 || o.reviewItems > 1'000'000) {
                error = "--review-items expects an integer between 1 and 1000000";
                return std::nullopt;
            }
        } else if (arg == "--hang-ms") {
            if (!value(v) || !parseNumber(v, o.faults.hangMs) || o.faults.hangMs < 0) {
                error = "--hang-ms expects a non-negative integer";
                return std::nullopt;
            }
        } else if (arg == "--threads") {
            if (!value(v) || !parseNumber(v, o.threads) || o.threads < 2 || o.threads > 256) {
                error = "--threads expects an integer between 2 and 256";
                return std::nullopt;
            }
        } else if (arg == "--max-connections") {
            if (!value(v) || !parseNumber(v, o.maxConnections) || o.maxConnections < 16 || o.maxConnections > 4096) {
                error = "--max-connections expects an integer between 16 and 4096";
                return std::nullopt;
            }
        } else if (arg == "--now") {
            if (!value(v) || !(o.nowMs = domain::parseRfc3339(v))) {
                error = "--now expects an RFC 3339 time, e.g. 2026-03-18T10:30:00Z";
                return std::nullopt;
            }
        } else if (arg == "--fault-path-prefix") {
            if (!value(v) || v.empty() || v.front() != '/') {
                error = "--fault-path-prefix expects a path starting with /";
                return std::nullopt;
            }
            o.faults.pathPrefix = std::string(v);
        } else if (arg == "--fault-5xx" || arg == "--fault-hang" || arg == "--fault-drop" || arg == "--fault-malformed") {
            double p = 0;
            if (!value(v) || !parseRatio(v, p)) {
                error = std::string(arg) + " expects a ratio between 0 and 1";
                return std::nullopt;
            }
            (arg == "--fault-5xx" ? o.faults.error5xx : arg == "--fault-hang" ? o.faults.hang
                 : arg == "--fault-drop" ? o.faults.drop : o.faults.malformed) = p;
        } else {
            error = "unknown option " + std::string(arg);
            return std::nullopt;
        }
    }
    if (!haveListen || o.dataDir.empty()) {
        error = "--listen and --data are required";
        return std::nullopt;
    }
    return o;
}

} // namespace keel::platform
