#include "timetext.h"

#include <cstdio>

namespace keel::doubles {

namespace {

struct Civil {
    int y;
    unsigned m, d;
};

// Howard Hinnant's civil_from_days / days_from_civil (proleptic Gregorian).
Civil civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<int>(y + (m <= 2)), m, d};
}

bool digits(std::string_view s, std::size_t at, std::size_t n, int &out)
{
    if (at + n > s.size())
        return false;
    out = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

unsigned daysInMonth(int y, unsigned m)
{
    static const unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

// "YYYY-MM-DD" then sep then "HH:MM:SS" from the start of s; returns ms or nullopt.
std::optional<std::int64_t> dateAndTime(std::string_view s, char sep, std::size_t &end)
{
    int y, mo, d, h, mi, se;
    if (!digits(s, 0, 4, y) || s.size() < 19 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-'
        || !digits(s, 8, 2, d) || s[10] != sep || !digits(s, 11, 2, h) || s[13] != ':' || !digits(s, 14, 2, mi)
        || s[16] != ':' || !digits(s, 17, 2, se))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || static_cast<unsigned>(d) > daysInMonth(y, static_cast<unsigned>(mo)) || h > 23
        || mi > 59 || se > 59)
        return std::nullopt;
    end = 19;
    return daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * kMsPerDay
        + ((h * 60 + mi) * 60 + se) * 1000LL;
}

} // namespace

std::int64_t daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

std::optional<std::int64_t> parseRfc3339(std::string_view s)
{
    std::size_t at = 0;
    auto ms = dateAndTime(s, 'T', at);
    if (!ms)
        return std::nullopt;
    if (at < s.size() && s[at] == '.') {
        ++at;
        int frac = 0, scale = 100, n = 0;
        while (at < s.size() && s[at] >= '0' && s[at] <= '9') {
            if (n < 3) {
                frac += (s[at] - '0') * scale;
                scale /= 10;
            }
            ++at;
            ++n;
        }
        if (n == 0)
            return std::nullopt;
        *ms += frac;
    }
    if (at < s.size() && s[at] == 'Z' && at + 1 == s.size())
        return ms;
    int oh, om;
    if (at + 6 == s.size() && (s[at] == '+' || s[at] == '-') && digits(s, at + 1, 2, oh) && s[at + 3] == ':'
        && digits(s, at + 4, 2, om) && oh < 24 && om < 60) {
        const std::int64_t offset = (oh * 60 + om) * 60000LL;
        return s[at] == '+' ? *ms - offset : *ms + offset;
    }
    return std::nullopt;
}

std::optional<std::int64_t> parseSpaceDateTime(std::string_view s)
{
    std::size_t at = 0;
    auto ms = dateAndTime(s, ' ', at);
    if (!ms || at != s.size())
        return std::nullopt;
    return ms;
}

std::optional<std::int64_t> parseDate(std::string_view s)
{
    int y, mo, d;
    if (s.size() != 10 || !digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-'
        || !digits(s, 8, 2, d) || mo < 1 || mo > 12 || d < 1
        || static_cast<unsigned>(d) > daysInMonth(y, static_cast<unsigned>(mo)))
        return std::nullopt;
    return daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * kMsPerDay;
}

std::int64_t floorToDay(std::int64_t ms)
{
    return (ms >= 0 ? ms / kMsPerDay : (ms - kMsPerDay + 1) / kMsPerDay) * kMsPerDay;
}

namespace {
struct Parts {
    Civil c;
    int h, mi, s, milli;
    std::int64_t days;
};
Parts split(std::int64_t ms)
{
    const std::int64_t day = floorToDay(ms);
    const std::int64_t rest = ms - day;
    return {civilFromDays(day / kMsPerDay), static_cast<int>(rest / 3600000), static_cast<int>(rest / 60000 % 60),
            static_cast<int>(rest / 1000 % 60), static_cast<int>(rest % 1000), day / kMsPerDay};
}
} // namespace

std::string isoMs(std::int64_t ms)
{
    const Parts p = split(ms);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", p.c.y, p.c.m, p.c.d, p.h, p.mi, p.s, p.milli);
    return buf;
}

std::string pythonIso(std::int64_t ms)
{
    const Parts p = split(ms);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%03d000+00:00", p.c.y, p.c.m, p.c.d, p.h, p.mi, p.s,
                  p.milli);
    return buf;
}

std::string dateOf(std::int64_t ms)
{
    const Parts p = split(ms);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", p.c.y, p.c.m, p.c.d);
    return buf;
}

std::string jsDateString(std::int64_t ms)
{
    static const char *weekdays[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"}; // 1970-01-01 was a Thursday
    static const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const Parts p = split(ms);
    const auto wd = static_cast<std::size_t>(((p.days % 7) + 7) % 7);
    char buf[80];
    std::snprintf(buf, sizeof buf, "%s %s %02u %04d %02d:%02d:%02d GMT+0000 (Coordinated Universal Time)", weekdays[wd],
                  months[p.c.m - 1], p.c.d, p.c.y, p.h, p.mi, p.s);
    return buf;
}

} // namespace keel::doubles
