#include "vendorjson.h"

#include <charconv>
#include <cmath>

namespace keel::sources {

const nlohmann::json &objectMember(const nlohmann::json &object, const char *key)
{
    static const nlohmann::json empty = nlohmann::json::object();
    if (!object.is_object())
        return empty;
    const auto it = object.find(key);
    return it != object.end() && it->is_object() ? *it : empty;
}

std::optional<double> numberMember(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return std::nullopt;
    const auto it = object.find(key);
    if (it == object.end())
        return std::nullopt;
    if (it->is_number())
        return it->get<double>();
    if (it->is_string()) {
        const std::string &s = it->get_ref<const std::string &>();
        double v = 0;
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec == std::errc() && end == s.data() + s.size() && !s.empty())
            return v;
    }
    return std::nullopt;
}

std::optional<domain::Micros> usdToMicros(double usd, double maxUsd)
{
    if (!std::isfinite(usd) || std::fabs(usd) > maxUsd)
        return std::nullopt;
    return std::llround(usd * double(domain::kMicrosPerDollar));
}

std::optional<nlohmann::json> readPageToken(const std::optional<std::string> &token, std::string_view source,
                                            std::string_view pull)
{
    if (!token)
        return std::nullopt;
    nlohmann::json j = nlohmann::json::parse(*token, nullptr, false);
    if (j.is_discarded() || !j.is_object() || j.value("source", std::string()) != source)
        return std::nullopt;
    if (!pull.empty() && j.value("pull", std::string()) != pull)
        return std::nullopt;
    return j;
}

std::string makePageToken(nlohmann::json fields, std::string_view source, std::string_view pull)
{
    fields["source"] = source;
    if (!pull.empty())
        fields["pull"] = pull;
    return fields.dump();
}

} // namespace keel::sources
