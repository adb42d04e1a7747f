#include "litellmjson.h"

#include <domain/timeutil.h>

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace keel::sources::litellm {

std::string text(const Json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return {};
    if (it->is_string())
        return it->get<std::string>();
    if (it->is_number() || it->is_boolean())
        return it->dump();
    return {};
}

std::int64_t integer(const Json &object, const char *key)
{
    if (!object.is_object())
        return 0;
    const auto it = object.find(key);
    if (it == object.end())
        return 0;
    if (it->is_number_integer())
        return it->is_number_unsigned() ? std::int64_t(std::min<std::uint64_t>(it->get<std::uint64_t>(), INT64_MAX))
                                        : it->get<std::int64_t>();
    const double v = number(object, key);
    return std::isfinite(v) && std::fabs(v) < 9e18 ? std::llround(v) : 0;
}

std::optional<std::int64_t> parseInstant(std::string_view t)
{
    if (t.size() < 19)
        return std::nullopt;
    std::string s(t);
    if (s[10] == ' ')
        s[10] = 'T';
    if (auto ms = domain::parseRfc3339(s))
        return ms;
    // Naive: no zone at all after the seconds and fraction.
    const std::size_t zone = s.find_first_of("Z+-", 19);
    if (zone == std::string::npos)
        return domain::parseRfc3339(s + 'Z');
    return std::nullopt;
}

std::string spaceDateTime(std::int64_t ms)
{
    const std::string iso = domain::formatRfc3339(ms); // YYYY-MM-DDTHH:MM:SS.mmmZ
    return iso.substr(0, 10) + ' ' + iso.substr(11, 8);
}

std::optional<std::int64_t> parseSpaceDateTime(std::string_view t)
{
    if (t.size() != 19 || t[10] != ' ')
        return std::nullopt;
    std::string s(t);
    s[10] = 'T';
    return domain::parseRfc3339(s + 'Z');
}

std::string dateOf(std::int64_t ms)
{
    return domain::formatRfc3339(ms).substr(0, 10);
}

std::optional<std::int64_t> parseDate(std::string_view t)
{
    if (t.size() != 10)
        return std::nullopt;
    return domain::parseRfc3339(std::string(t) + "T00:00:00Z");
}

QString sourceName(const QUrl &baseUrl)
{
    QUrl url = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    if (url.path() == QStringLiteral("/"))
        url.setPath(QString());
    return QCoreApplication::translate("keel::sources::litellm", "LiteLLM at %1").arg(url.toDisplayString());
}

} // namespace keel::sources::litellm
