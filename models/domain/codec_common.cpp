#include "codec_common.h"

#include <cmath>
#include <limits>

namespace keel::domain::detail {

std::string typeName(const json &j)
{
    if (j.is_number_integer())
        return "integer";
    if (j.is_number_float())
        return "number";
    return j.type_name();
}

std::string joinPath(const std::string &parent, std::string_view key)
{
    if (parent.empty())
        return std::string(key);
    std::string p;
    p.reserve(parent.size() + 1 + key.size());
    p.append(parent).append(1, '.').append(key);
    return p;
}

std::string indexPath(const std::string &parent, std::size_t index)
{
    return parent + '[' + std::to_string(index) + ']';
}

std::string quoteShort(std::string_view value)
{
    constexpr std::size_t kMax = 40;
    std::string out = "\"";
    for (std::size_t i = 0; i < value.size() && i < kMax; ++i) {
        const unsigned char c = static_cast<unsigned char>(value[i]);
        out += (c < 0x20 || c == '"' || c == '\\') ? '?' : static_cast<char>(c);
    }
    out += value.size() > kMax ? "\"…" : "\"";
    return out;
}

std::string formatNumber(double d)
{
    // Shortest text that reads back as the same double, without json's ".0" on whole numbers.
    std::string s = json(d).dump();
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0)
        s.resize(s.size() - 2);
    return s;
}

void fail(std::string field, std::string message)
{
    throw FieldFailure{std::move(field), std::move(message)};
}

std::string checkString(const json &v, const std::string &path, Str kind, const DecodeLimits &limits)
{
    if (!v.is_string())
        fail(path, "expected string, got " + typeName(v));
    const auto &s = v.get_ref<const std::string &>();
    const std::size_t max = kind == Str::Text ? limits.maxTextLength : limits.maxIdLength;
    if (s.size() > max)
        fail(path, "string of " + std::to_string(s.size()) + " bytes exceeds the limit of "
                       + std::to_string(max));
    if (kind == Str::Id && s.empty())
        fail(path, "must not be empty");
    return s;
}

std::int64_t checkInteger(const json &v, const std::string &path, std::int64_t min, std::int64_t max)
{
    std::int64_t value = 0;
    if (v.is_number_unsigned()) {
        const auto u = v.get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            fail(path, "integer out of range");
        value = static_cast<std::int64_t>(u);
    } else if (v.is_number_integer()) {
        value = v.get<std::int64_t>();
    } else if (v.is_number_float()) {
        // Covers 1.5 as well as integers too large for 64 bits (nlohmann reads those as doubles).
        fail(path, "expected integer, got non-integral or out-of-range number");
    } else {
        fail(path, "expected integer, got " + typeName(v));
    }
    if (value < min || value > max)
        fail(path, "must be between " + std::to_string(min) + " and " + std::to_string(max) + ", got "
                       + std::to_string(value));
    return value;
}

double checkNumber(const json &v, const std::string &path, double min, double max)
{
    if (!v.is_number())
        fail(path, "expected number, got " + typeName(v));
    const double d = v.get<double>();
    if (!std::isfinite(d))
        fail(path, "number is not finite");
    if (d < min || d > max)
        fail(path, "must be between " + formatNumber(min) + " and " + formatNumber(max) + ", got " + formatNumber(d));
    return d;
}

UnixMs checkTime(const json &v, const std::string &path)
{
    if (!v.is_string())
        fail(path, "expected RFC 3339 time string, got " + typeName(v));
    const auto &s = v.get_ref<const std::string &>();
    const auto t = s.size() <= 64 ? parseRfc3339(s) : std::nullopt;
    if (!t)
        fail(path, "invalid RFC 3339 time " + quoteShort(s));
    return *t;
}

std::string checkOneOf(const std::string &value, const std::string &path,
                       std::span<const std::string_view> allowed)
{
    for (auto a : allowed)
        if (a == value)
            return value;
    std::string list;
    for (auto a : allowed) {
        if (!list.empty())
            list += ", ";
        list += a;
    }
    fail(path, "unknown value " + quoteShort(value) + " (expected one of: " + list + ")");
}

ObjectReader::ObjectReader(const json &j, std::string path, const DecodeLimits &limits)
    : m_j(j), m_path(std::move(path)), m_limits(limits)
{
    if (!j.is_object())
        fail(m_path, "expected object, got " + typeName(j));
}

const json *ObjectReader::find(std::string_view key) const
{
    const auto it = m_j.find(key);
    if (it == m_j.end() || it->is_null())
        return nullptr;
    return &*it;
}

const json &ObjectReader::require(std::string_view key) const
{
    const json *v = find(key);
    if (!v)
        fail(fieldPath(key), "missing");
    return *v;
}

std::string ObjectReader::str(std::string_view key, Str kind) const
{
    return checkString(require(key), fieldPath(key), kind, m_limits);
}

std::string ObjectReader::optStr(std::string_view key, Str kind) const
{
    const json *v = find(key);
    if (!v)
        return {};
    // An optional id may be empty: "" and absent mean the same thing.
    return checkString(*v, fieldPath(key), kind == Str::Id ? Str::Name : kind, m_limits);
}

std::string ObjectReader::oneOf(std::string_view key, std::span<const std::string_view> allowed) const
{
    return checkOneOf(str(key, Str::Id), fieldPath(key), allowed);
}

std::string ObjectReader::optOneOf(std::string_view key, std::span<const std::string_view> allowed) const
{
    const std::string v = optStr(key, Str::Name);
    return v.empty() ? v : checkOneOf(v, fieldPath(key), allowed);
}

std::int64_t ObjectReader::integer(std::string_view key, std::int64_t min, std::int64_t max) const
{
    return checkInteger(require(key), fieldPath(key), min, max);
}

std::optional<std::int64_t> ObjectReader::optInteger(std::string_view key, std::int64_t min, std::int64_t max) const
{
    const json *v = find(key);
    if (!v)
        return std::nullopt;
    return checkInteger(*v, fieldPath(key), min, max);
}

double ObjectReader::number(std::string_view key, double min, double max) const
{
    return checkNumber(require(key), fieldPath(key), min, max);
}

std::optional<double> ObjectReader::optNumber(std::string_view key, double min, double max) const
{
    const json *v = find(key);
    if (!v)
        return std::nullopt;
    return checkNumber(*v, fieldPath(key), min, max);
}

bool ObjectReader::boolean(std::string_view key) const
{
    const json &v = require(key);
    if (!v.is_boolean())
        fail(fieldPath(key), "expected boolean, got " + typeName(v));
    return v.get<bool>();
}

UnixMs ObjectReader::time(std::string_view key) const
{
    return checkTime(require(key), fieldPath(key));
}

std::optional<UnixMs> ObjectReader::optTime(std::string_view key) const
{
    const json *v = find(key);
    if (!v)
        return std::nullopt;
    return checkTime(*v, fieldPath(key));
}

std::vector<std::string> ObjectReader::strList(std::string_view key, Str kind, bool required) const
{
    std::vector<std::string> out;
    array(key, [&](const json &el, const std::string &path) {
        out.push_back(checkString(el, path, kind, m_limits));
    }, required);
    return out;
}

std::map<std::string, std::string> ObjectReader::strMap(std::string_view key) const
{
    std::map<std::string, std::string> out;
    const json *v = find(key);
    if (!v)
        return out;
    const std::string path = fieldPath(key);
    if (!v->is_object())
        fail(path, "expected object, got " + typeName(*v));
    for (const auto &[k, val] : v->items()) {
        const std::string p = joinPath(path, k);
        if (k.size() > m_limits.maxIdLength)
            fail(path, "key longer than " + std::to_string(m_limits.maxIdLength) + " bytes");
        out.emplace(k, checkString(val, p, Str::Text, m_limits));
    }
    return out;
}

ObjectReader ObjectReader::object(std::string_view key) const
{
    return ObjectReader(require(key), fieldPath(key), m_limits);
}

std::optional<ObjectReader> ObjectReader::optObject(std::string_view key) const
{
    const json *v = find(key);
    if (!v)
        return std::nullopt;
    return ObjectReader(*v, fieldPath(key), m_limits);
}

void ObjectReader::array(std::string_view key, const std::function<void(const json &, const std::string &)> &each,
                         bool required) const
{
    const json *v = required ? &require(key) : find(key);
    if (!v)
        return;
    const std::string path = fieldPath(key);
    if (!v->is_array())
        fail(path, "expected array, got " + typeName(*v));
    for (std::size_t i = 0; i < v->size(); ++i)
        each((*v)[i], indexPath(path, i));
}

} // namespace keel::domain::detail
