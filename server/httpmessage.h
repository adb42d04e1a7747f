#pragma once
// One HTTP request and its answer as keel-platform's routes see them, independent of the engine
// that read them off the socket (httpengine.h). The accessors keep the names the routes were
// written against (cpp-httplib's), so moving engines did not touch a route.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace keel::platform {

// Header names compare case-insensitively (RFC 9110 §5.1).
struct HeaderNameLess {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const;
};

using HttpHeaders = std::multimap<std::string, std::string, HeaderNameLess>;

struct HttpRequest {
    std::string method;
    std::string target; // as sent: path and query, percent-encoded
    std::string path;   // percent-decoded, without the query
    HttpHeaders headers; // exactly as received; values may hold any byte the parser let through
    std::multimap<std::string, std::string> params; // the query, percent-decoded ('+' is a space)
    std::string body;

    bool has_header(std::string_view name) const { return headers.find(name) != headers.end(); }
    // The id-th value of the header (0 = first), or "".
    std::string get_header_value(std::string_view name, std::size_t id = 0) const;
    std::size_t get_header_value_count(std::string_view name) const { return headers.count(name); }
    bool has_param(const std::string &name) const { return params.find(name) != params.end(); }
    std::string get_param_value(const std::string &name) const;
};

struct HttpResponse {
    int status = 200;
    HttpHeaders headers;
    std::string body;
    // Fault injection: declare the whole body's length, send this many bytes of it, then close
    // the connection (the client sees a body cut short).
    std::optional<std::size_t> dropAfterBytes;

    bool has_header(std::string_view name) const { return headers.find(name) != headers.end(); }
    std::string get_header_value(std::string_view name) const;
    // Replaces every value of the header with this one.
    void set_header(const std::string &name, std::string value);
    void set_content(std::string content, const std::string &contentType);
};

// Percent-decoding of a path (plusIsSpace false) or a query component (true). Malformed escapes
// are kept as they are, as browsers do; the result may hold any byte, NUL included.
std::string decodeUrlComponent(std::string_view in, bool plusIsSpace);
// "a=1&b=x%20y" into decoded pairs; a name without "=" has an empty value.
std::multimap<std::string, std::string> parseQuery(std::string_view query);

} // namespace keel::platform
