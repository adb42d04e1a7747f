#include "vendorjson.h"

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
