#include "fastapierrors.h"

#include <cerrno>
#include <cstdlib>

namespace keel::doubles::fastapi {

void proxyError(httplib::Response &res, int status, const std::string &message, const std::string &type,
                const std::string &param)
{
    sendJson(res, status,
             Json{{"error", {{"message", message}, {"type", type}, {"param", param}, {"code", std::to_string(status)}}}});
}

void detailError(httplib::Response &res, int status, const Json &detail)
{
    sendJson(res, status, Json{{"detail", detail}});
}

std::optional<std::int64_t> FastApiQuery::parseInt(const char *name)
{
    const std::string v = m_req.get_param_value(name);
    char *end = nullptr;
    errno = 0;
    const long long n = std::strtoll(v.c_str(), &end, 10);
    if (v.empty() || *end != '\0' || errno == ERANGE) {
        m_errors.push_back(Json{{"type", "int_parsing"}, {"loc", Json::array({"query", name})},
                                {"msg", "Input should be a valid integer, unable to parse string as an integer"},
                                {"input", v}});
        return std::nullopt;
    }
    return n;
}

std::int64_t FastApiQuery::integer(const char *name, std::int64_t fallback, std::optional<std::int64_t> ge,
                                   std::optional<std::int64_t> le)
{
    if (!m_req.has_param(name))
        return fallback;
    const auto n = parseInt(name);
    if (!n)
        return fallback;
    const std::string input = m_req.get_param_value(name);
    if (ge && *n < *ge) {
        m_errors.push_back(Json{{"type", "greater_than_equal"}, {"loc", Json::array({"query", name})},
                                {"msg", "Input should be greater than or equal to " + std::to_string(*ge)},
                                {"input", input}, {"ctx", {{"ge", *ge}}}});
        return fallback;
    }
    if (le && *n > *le) {
        m_errors.push_back(Json{{"type", "less_than_equal"}, {"loc", Json::array({"query", name})},
                                {"msg", "Input should be less than or equal to " + std::to_string(*le)},
                                {"input", input}, {"ctx", {{"le", *le}}}});
        return fallback;
    }
    return *n;
}

std::optional<std::int64_t> FastApiQuery::optionalInteger(const char *name)
{
    if (!m_req.has_param(name))
        return std::nullopt;
    return parseInt(name);
}

std::optional<double> FastApiQuery::number(const char *name)
{
    if (!m_req.has_param(name))
        return std::nullopt;
    const std::string v = m_req.get_param_value(name);
    char *end = nullptr;
    const double d = std::strtod(v.c_str(), &end);
    if (v.empty() || *end != '\0') {
        m_errors.push_back(Json{{"type", "float_parsing"}, {"loc", Json::array({"query", name})},
                                {"msg", "Input should be a valid number, unable to parse string as a number"},
                                {"input", v}});
        return std::nullopt;
    }
    return d;
}

std::optional<std::string> FastApiQuery::text(const char *name) const
{
    if (!m_req.has_param(name))
        return std::nullopt;
    return m_req.get_param_value(name);
}

bool FastApiQuery::replyIfInvalid(httplib::Response &res) const
{
    if (m_errors.empty())
        return false;
    detailError(res, 422, m_errors);
    return true;
}

} // namespace keel::doubles::fastapi
