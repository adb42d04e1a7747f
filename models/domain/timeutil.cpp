#include "timeutil.h"

#include <charconv>
#include <cstdio>

namespace keel::domain {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days: exact proleptic Gregorian, no tz database.
constexpr std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil { std::int64_t y; unsigned m; unsigned d; };
constexpr Civil civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), m, d};
}

bool digits(std::string_view s, std::size_t pos, std::size_t n, int &out)
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

} // namespace

std::string formatRfc3339(UnixMs ms)
{
    // Floor division without negating ms (-INT64_MIN overflows) and without multiplying the
    // floored days back (for INT64_MIN, days * 86400000 is below INT64_MIN: UBSan).
    std::int64_t days = ms / 86400000;
    std::int64_t rem = ms % 86400000;
    if (rem < 0) {
        rem += 86400000;
        --days;
    }
    const Civil c = civilFromDays(days);
    const int hh = static_cast<int>(rem / 3600000);
    rem %= 3600000;
    const int mm = static_cast<int>(rem / 60000);
    rem %= 60000;
    const int ss = static_cast<int>(rem / 1000);
    const int milli = static_cast<int>(rem % 1000);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02d:%02d:%02d.%03dZ",
                  static_cast<long long>(c.y), c.m, c.d, hh, mm, ss, milli);
    return buf;
}

std::optional<UnixMs> parseRfc3339(std::string_view s)
{
    int y, mo, d, h, mi, se;
    if (s.size() < 20 || !digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-'
        || !digits(s, 8, 2, d) || (s[10] != 'T' && s[10] != 't') || !digits(s, 11, 2, h)
        || s[13] != ':' || !digits(s, 14, 2, mi) || s[16] != ':' || !digits(s, 17, 2, se))
        return std::nullopt;
    static constexpr int kDaysIn[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (mo < 1 || mo > 12 || d < 1 || d > kDaysIn[mo - 1] || h > 23 || mi > 59 || se > 60)
        return std::nullopt;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (mo == 2 && d == 29 && !leap)
        return std::nullopt;
    std::size_t pos = 19;
    int milli = 0;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        int n = 0;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            if (n < 3)
                milli = milli * 10 + (s[pos] - '0');
            ++n;
            ++pos;
        }
        if (n == 0)
            return std::nullopt;
        for (int i = n; i < 3; ++i)
            milli *= 10;
    }
    std::int64_t offsetMin = 0;
    if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
        ++pos;
    } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        int oh, om;
        if (!digits(s, pos + 1, 2, oh) || pos + 3 >= s.size() || s[pos + 3] != ':'
            || !digits(s, pos + 4, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offsetMin = (oh * 60 + om) * (s[pos] == '+' ? 1 : -1);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != s.size())
        return std::nullopt;
    const std::int64_t days = daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
    const std::int64_t secs = days * 86400 + h * 3600 + mi * 60 + std::min(se, 59) - offsetMin * 60;
    // An offset can carry the instant out of years 0000-9999, which formatRfc3339 cannot write
    // back as RFC 3339: refused, so every accepted time round-trips.
    static constexpr std::int64_t kFirstSecond = daysFromCivil(0, 1, 1) * 86400;
    static constexpr std::int64_t kEndSecond = daysFromCivil(10000, 1, 1) * 86400;
    if (secs < kFirstSecond || secs >= kEndSecond)
        return std::nullopt;
    return secs * 1000 + milli;
}

} // namespace keel::domain
