#include "httpmessage.h"

#include <algorithm>

namespace keel::platform {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

bool HeaderNameLess::operator()(std::string_view a, std::string_view b) const
{
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                        [](char x, char y) { return lower(x) < lower(y); });
}

std::string HttpRequest::get_header_value(std::string_view name, std::size_t id) const
{
    auto [it, end] = headers.equal_range(name);
    for (; it != end; ++it, --id)
        if (id == 0)
            return it->second;
    return {};
}

std::string HttpRequest::get_param_value(const std::string &name) const
{
    const auto it = params.find(name);
    return it == params.end() ? std::string() : it->second;
}

std::string HttpResponse::get_header_value(std::string_view name) const
{
    const auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
}

void HttpResponse::set_header(const std::string &name, std::string value)
{
    headers.erase(name);
    headers.emplace(name, std::move(value));
}

void HttpResponse::set_content(std::string content, const std::string &contentType)
{
    body = std::move(content);
    set_header("Content-Type", contentType);
}

std::string decodeUrlComponent(std::string_view in, bool plusIsSpace)
{
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '%' && i + 2 < in.size() && hexValue(in[i + 1]) >= 0 && hexValue(in[i + 2]) >= 0) {
            out.push_back(static_cast<char>(hexValue(in[i + 1]) << 4 | hexValue(in[i + 2])));
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    return out;
}

std::multimap<std::string, std::string> parseQuery(std::string_view query)
{
    std::multimap<std::string, std::string> params;
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        if (pair.empty())
            continue;
        const std::size_t eq = pair.find('=');
        params.emplace(decodeUrlComponent(pair.substr(0, eq), true),
                       eq == std::string_view::npos ? std::string() : decodeUrlComponent(pair.substr(eq + 1), true));
    }
    return params;
}

} // namespace keel::platform
