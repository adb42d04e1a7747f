#include "spendreading.h"

#include <domain/timeutil.h>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace keel::sources::langfuse {

std::int64_t countAt(const Json &object, const char *key)
{
    if (!object.is_object())
        return 0;
    const auto it = object.find(key);
    if (it == object.end())
        return 0;
    if (it->is_number_unsigned())
        return std::int64_t(std::min<std::uint64_t>(it->get<std::uint64_t>(), std::uint64_t(kMaxCount)));
    if (it->is_number_integer())
        return std::clamp<std::int64_t>(it->get<std::int64_t>(), 0, kMaxCount);
    const std::optional<double> v = numberAt(object, key);
    if (!v || !std::isfinite(*v) || *v <= 0)
        return 0;
    return *v >= double(kMaxCount) ? kMaxCount : std::llround(*v);
}

std::int64_t addCounts(std::int64_t a, std::int64_t b)
{
    return a > kMaxCount - b ? kMaxCount : a + b;
}

std::string boundedString(std::string_view text, std::size_t maxBytes)
{
    std::string out(text.substr(0, maxBytes));
    if (text.size() > maxBytes) {
        // Never leave half a UTF-8 character: drop a last sequence the cut left incomplete.
        std::size_t lead = out.size();
        while (lead > 0 && (static_cast<unsigned char>(out[lead - 1]) & 0xC0) == 0x80)
            --lead;
        if (lead > 0) {
            const auto b = static_cast<unsigned char>(out[lead - 1]);
            const std::size_t length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            if (lead - 1 + length > out.size())
                out.resize(lead - 1);
        }
    }
    for (char &c : out)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            c = ' ';
    return out;
}

std::string boundedText(const Json &object, const char *key, std::size_t maxBytes)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    return boundedString(it->get_ref<const std::string &>(), maxBytes);
}

std::optional<std::int64_t> instantOf(std::string_view t)
{
    if (t.size() == 10)
        return domain::parseRfc3339(std::string(t) + "T00:00:00Z");
    if (t.size() < 19 || t.size() > 40)
        return std::nullopt;
    std::string s(t);
    if (s[10] == ' ')
        s[10] = 'T';
    if (auto ms = domain::parseRfc3339(s))
        return ms;
    // ClickHouse's DateTime64 without a zone is UTC.
    if (s.find_first_of("Z+-", 19) == std::string::npos)
        return domain::parseRfc3339(s + 'Z');
    return std::nullopt;
}

std::int64_t dayStartOf(std::int64_t ms)
{
    std::int64_t days = ms / kDayMs;
    if (ms % kDayMs < 0)
        --days;
    return days * kDayMs;
}

std::string isoInstant(std::int64_t ms)
{
    return domain::formatRfc3339(ms);
}

} // namespace keel::sources::langfuse
