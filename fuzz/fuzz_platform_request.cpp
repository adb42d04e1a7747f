// libFuzzer target: keel-platform's per-request parsing (server/router.h Call, server/cursor.h).
// The input reads like an HTTP request without the request line: query strings ("a=1&b=x%20y"), one
// per line, an empty line, then the body (everything after it, any bytes). Without an empty line
// the whole input is the body. A client error must come out as HttpError with status 400 (what
// the router answers with a problem); any other exception escapes and libFuzzer reports it.
#include "cursor.h"
#include "httperror.h"
#include "router.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <limits>
#include <string>
#include <string_view>

using namespace keel::platform;

namespace {

void check(bool ok, const char *what)
{
    if (ok)
        return;
    std::fprintf(stderr, "fuzz_platform_request: %s\n", what);
    std::abort();
}

// Every client error must be a 400; the router encodes it as a problem body (sendProblem). That
// encoding is what costs (a JSON dump), so it runs for the first query error of an input only.
void answered(const HttpError &e, HttpResponse &res, bool &encoded)
{
    check(e.problem.status == 400, "client input gave an HttpError other than 400");
    if (!encoded)
        sendProblem(res, e.problem);
    encoded = true;
}

// The server's base64url (unpadded) is private to cursor.cpp; this is the same alphabet, so a
// payload signed with CursorCodec::tag() gets past the HMAC check into the payload parser.
std::string base64url(std::string_view in)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string out;
    std::uint32_t buf = 0;
    int bits = 0;
    for (unsigned char ch : in) {
        buf = (buf << 8) | ch;
        for (bits += 8; bits >= 6; bits -= 6)
            out.push_back(kAlphabet[(buf >> (bits - 6)) & 0x3f]);
    }
    if (bits > 0)
        out.push_back(kAlphabet[(buf << (6 - bits)) & 0x3f]);
    return out;
}

// The kinds the routes use ("rq" requests, "sp" spend, "it" review items, "fb" feedback).
constexpr std::string_view kKinds[] = {"rq", "sp", "it", "fb"};

void cursor(const CursorCodec &codec, const std::string &value)
{
    for (std::string_view kind : kKinds)
        (void)codec.decode(kind, value); // unsigned: the fuzzer cannot forge a tag, only the checks before it
    // Signed by us: from here on only the payload parser stands between the text and the values.
    const std::string signedCursor = base64url(value + codec.tag(value));
    for (std::string_view kind : kKinds) {
        const auto values = codec.decode(kind, signedCursor);
        if (!values)
            continue;
        // What a cursor decodes to must re-encode to one that decodes the same (the cursor length
        // cap of 256 characters applies to encode()'s output too).
        const std::string again = codec.encode(kind, *values);
        if (again.size() <= 256)
            check(codec.decode(kind, again) == values, "encode(decode(cursor)) decodes differently");
    }
}

void query(const Call &call, const std::string &name, bool &encoded)
{
    (void)call.query(name);
    // Bounds of the real routes, limit 1..1000 (items) and step 60..86400 (series), or the widest;
    // one set per name (by its length), as each throw under ASan costs more than the parse.
    constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min(), kMax = std::numeric_limits<std::int64_t>::max();
    constexpr std::int64_t kBounds[][2] = {{1, 1000}, {60, 86400}, {kMin, kMax}};
    const auto [min, max] = kBounds[name.size() % std::size(kBounds)];
    try {
        const std::int64_t v = call.intQuery(name, 100, min, max);
        check(call.req.has_param(name) ? (v >= min && v <= max) : v == 100, "intQuery returned out of range");
    } catch (const HttpError &e) {
        answered(e, call.res, encoded);
    }
    try {
        (void)call.timeQuery(name);
    } catch (const HttpError &e) {
        answered(e, call.res, encoded);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A fixed key keeps runs reproducible (the default constructor draws a random one).
    static const CursorCodec codec(std::string(CursorCodec::kKeyBytes, 'k'));

    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const auto blank = input.find("\n\n");
    HttpRequest req;
    req.method = "POST";
    req.path = "/v1/fuzz";
    req.body = std::string(blank == std::string_view::npos ? input : input.substr(blank + 2));
    for (std::string_view head = blank == std::string_view::npos ? std::string_view() : input.substr(0, blank + 1);
         !head.empty();) {
        const auto eol = head.find('\n');
        const std::string_view line = head.substr(0, eol);
        head.remove_prefix(eol == std::string_view::npos ? head.size() : eol + 1);
        // Each line is a raw query string, decoded as the engine decodes a request target's.
        req.params.merge(parseQuery(line));
    }
    // Percent-decoding never grows its input.
    check(decodeUrlComponent(input, true).size() <= input.size(), "percent-decoding grew its input");

    HttpResponse res;
    const Call call{req, res, {}, {}, req.path};
    try {
        const nlohmann::json body = call.jsonBody();
        (void)body.dump(); // strict UTF-8, as the decision route's canonical copy: must not throw
        call.json(200, body);
    } catch (const HttpError &e) {
        bool encoded = false;
        answered(e, res, encoded);
    }
    // The names the routes read, then whatever names the input brings.
    bool encoded = false;
    for (const char *name : {"limit", "since", "cursor"})
        query(call, name, encoded);
    for (const auto &[name, value] : req.params) {
        query(call, name, encoded);
        cursor(codec, value);
    }
    return 0;
}
