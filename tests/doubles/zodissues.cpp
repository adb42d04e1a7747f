#include "zodissues.h"

#include "timetext.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>

namespace keel::doubles::zod {

namespace {
// zod writes the bound as the JavaScript number it is: 100, not 100.0.
Json jsNumber(double v)
{
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return static_cast<std::int64_t>(v);
    return v;
}

std::string numberText(double v)
{
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return std::to_string(static_cast<long long>(v));
    return std::to_string(v);
}
} // namespace

Json unrecognizedKeys(const std::vector<std::string> &keys, const Json &path)
{
    std::string list;
    for (const std::string &k : keys)
        list += (list.empty() ? "'" : ", '") + k + "'";
    return Json{{"code", "unrecognized_keys"}, {"keys", keys}, {"path", path},
                {"message", "Unrecognized key(s) in object: " + list}};
}

Json invalidType(const std::string &expected, const std::string &received, const Json &path)
{
    return Json{{"code", "invalid_type"}, {"expected", expected}, {"received", received}, {"path", path},
                {"message", received == "undefined" ? std::string("Required")
                                                    : "Expected " + expected + ", received " + received}};
}

Json tooBig(double maximum, const Json &path, const std::string &type)
{
    const std::string message = type == "string"
        ? "String must contain at most " + numberText(maximum) + " character(s)"
        : "Number must be less than or equal to " + numberText(maximum);
    return Json{{"code", "too_big"}, {"maximum", jsNumber(maximum)}, {"type", type}, {"inclusive", true}, {"exact", false},
                {"message", message}, {"path", path}};
}

Json tooSmall(double minimum, const Json &path, const std::string &type)
{
    const std::string message = type == "string"
        ? "String must contain at least " + numberText(minimum) + " character(s)"
        : "Number must be greater than or equal to " + numberText(minimum);
    return Json{{"code", "too_small"}, {"minimum", jsNumber(minimum)}, {"type", type}, {"inclusive", true}, {"exact", false},
                {"message", message}, {"path", path}};
}

Json invalidEnum(const std::string &received, const std::vector<std::string> &options, const Json &path)
{
    std::string list;
    for (const std::string &o : options)
        list += (list.empty() ? "'" : " | '") + o + "'";
    return Json{{"received", received}, {"code", "invalid_enum_value"}, {"options", options}, {"path", path},
                {"message", "Invalid enum value. Expected " + list + ", received '" + received + "'"}};
}

Json invalidDatetime(const Json &path)
{
    return Json{{"code", "invalid_string"}, {"validation", "datetime"}, {"message", "Invalid datetime"},
                {"path", path}};
}

Json custom(const std::string &message, const Json &path)
{
    return Json{{"code", "custom"}, {"message", message}, {"path", path}};
}

std::string typeOf(const Json &v)
{
    if (v.is_string())
        return "string";
    if (v.is_number())
        return "number";
    if (v.is_boolean())
        return "boolean";
    if (v.is_null())
        return "null";
    if (v.is_array())
        return "array";
    return "object";
}

void replyInvalid(httplib::Response &res, const Json &issues)
{
    sendJson(res, 400, Json{{"message", "Invalid request data"}, {"error", issues}});
}

void replyMessage(httplib::Response &res, int status, const std::string &message)
{
    sendJson(res, status, Json{{"message", message}});
}

void checkStrictKeys(const Json &body, std::initializer_list<const char *> allowed, Json &issues)
{
    std::vector<std::string> unknown;
    for (auto it = body.begin(); it != body.end(); ++it)
        if (std::none_of(allowed.begin(), allowed.end(), [&](const char *a) { return it.key() == a; }))
            unknown.push_back(it.key());
    if (!unknown.empty())
        issues.push_back(unrecognizedKeys(unknown));
}

QueryRules::QueryRules(const httplib::Request &req, std::initializer_list<const char *> allowed)
    : m_req(req)
{
    std::vector<std::string> unknown;
    std::set<std::string> seen;
    for (const auto &[key, value] : req.params) {
        if (!seen.insert(key).second)
            continue;
        if (std::none_of(allowed.begin(), allowed.end(), [&](const char *a) { return key == a; }))
            unknown.push_back(key);
    }
    if (!unknown.empty())
        m_issues.push_back(unrecognizedKeys(unknown));
}

std::int64_t QueryRules::integer(const char *name, std::int64_t fallback, std::int64_t min, std::int64_t max)
{
    if (!m_req.has_param(name))
        return fallback;
    const std::string text = m_req.get_param_value(name);
    char *end = nullptr;
    const double v = text.empty() ? 0.0 : std::strtod(text.c_str(), &end); // Number("") is 0
    if (!text.empty() && (end == text.c_str() || *end != '\0' || std::isnan(v))) {
        m_issues.push_back(invalidType("number", "nan", Json::array({name})));
        return fallback;
    }
    if (v != std::floor(v)) {
        m_issues.push_back(invalidType("integer", "float", Json::array({name})));
        return fallback;
    }
    if (v < static_cast<double>(min)) {
        m_issues.push_back(tooSmall(static_cast<double>(min), Json::array({name})));
        return fallback;
    }
    if (v > static_cast<double>(max)) {
        m_issues.push_back(tooBig(static_cast<double>(max), Json::array({name})));
        return fallback;
    }
    return static_cast<std::int64_t>(v);
}

std::optional<std::string> QueryRules::text(const char *name)
{
    if (!m_req.has_param(name))
        return std::nullopt;
    return m_req.get_param_value(name);
}

std::vector<std::string> QueryRules::all(const char *name)
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < m_req.get_param_value_count(name); ++i)
        out.push_back(m_req.get_param_value(name, i));
    return out;
}

std::optional<std::string> QueryRules::oneOf(const char *name, const std::vector<std::string> &options)
{
    auto v = text(name);
    if (v && std::find(options.begin(), options.end(), *v) == options.end()) {
        m_issues.push_back(invalidEnum(*v, options, Json::array({name})));
        return std::nullopt;
    }
    return v;
}

std::optional<std::int64_t> QueryRules::dateTime(const char *name)
{
    auto v = text(name);
    if (!v)
        return std::nullopt;
    auto ms = parseRfc3339(*v);
    if (!ms)
        m_issues.push_back(invalidDatetime(Json::array({name})));
    return ms;
}

std::optional<bool> QueryRules::boolean(const char *name)
{
    auto v = text(name);
    if (!v)
        return std::nullopt;
    if (*v == "true")
        return true;
    if (*v == "false")
        return false;
    m_issues.push_back(invalidEnum(*v, {"true", "false"}, Json::array({name})));
    return std::nullopt;
}

bool QueryRules::replyIfInvalid(httplib::Response &res) const
{
    if (m_issues.empty())
        return false;
    replyInvalid(res, m_issues);
    return true;
}

} // namespace keel::doubles::zod
