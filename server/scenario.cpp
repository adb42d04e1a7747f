#include "scenario.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace keel::platform {
namespace {

// Share of a weekday's traffic per UTC hour: quiet nights, a morning ramp, a lunch dip and
// an afternoon peak where European and US working hours overlap.
constexpr std::array<double, 24> kDiurnal{
    0.35, 0.28, 0.24, 0.22, 0.24, 0.32, 0.50, 0.80, 1.15, 1.45, 1.60, 1.55,
    1.35, 1.50, 1.75, 1.85, 1.75, 1.50, 1.20, 0.95, 0.75, 0.60, 0.50, 0.42};

double diurnalSum()
{
    double s = 0;
    for (double v : kDiurnal)
        s += v;
    return s;
}

} // namespace

std::int64_t floorToHour(std::int64_t ms) { return ms - ((ms % kHourMs) + kHourMs) % kHourMs; }
std::int64_t floorToDay(std::int64_t ms) { return ms - ((ms % kDayMs) + kDayMs) % kDayMs; }

int weekdayMondayZero(std::int64_t ms)
{
    const std::int64_t days = floorToDay(ms) / kDayMs; // 1970-01-01 was a Thursday
    return static_cast<int>(((days + 3) % 7 + 7) % 7);
}

Scenario Scenario::from(const GeneratorConfig &config)
{
    Scenario s;
    s.config = config;
    s.endMs = floorToHour(config.endMs);
    s.startMs = s.endMs - static_cast<std::int64_t>(std::max(config.days, 1)) * kDayMs;
    const std::int64_t span = s.endMs - s.startMs;

    // Incident about 3.5 days before the end (or mid-span for short datasets), 3 hours long,
    // starting in the afternoon peak so it is plainly visible.
    const std::int64_t incidentBack = std::min<std::int64_t>(3 * kDayMs + 12 * kHourMs, span / 2);
    s.incidentStartMs = floorToDay(s.endMs - incidentBack) + 14 * kHourMs;
    if (s.incidentStartMs >= s.endMs - 4 * kHourMs || s.incidentStartMs < s.startMs)
        s.incidentStartMs = floorToHour(s.endMs - incidentBack);
    s.incidentEndMs = s.incidentStartMs + 3 * kHourMs;

    // Cost spike: released 09:00 UTC about 6 days before the end, rolled back 2 days later.
    const std::int64_t spikeBack = std::min<std::int64_t>(6 * kDayMs, (span * 3) / 4);
    s.spikeStartMs = floorToDay(s.endMs - spikeBack) + 9 * kHourMs;
    if (s.spikeStartMs < s.startMs)
        s.spikeStartMs = floorToHour(s.endMs - spikeBack);
    s.spikeEndMs = s.spikeStartMs + 2 * kDayMs;

    // Ingestion stall: 2 hours, about 5 days before the end.
    const std::int64_t stallBack = std::min<std::int64_t>(5 * kDayMs, (span * 2) / 3);
    s.freshnessStallStartMs = floorToDay(s.endMs - stallBack) + 3 * kHourMs;
    if (s.freshnessStallStartMs < s.startMs)
        s.freshnessStallStartMs = floorToHour(s.endMs - stallBack);
    s.freshnessStallEndMs = s.freshnessStallStartMs + 2 * kHourMs;
    return s;
}

std::int64_t Scenario::requestsInHour(std::int64_t hourStartMs) const
{
    // Weekdays 1.12×, weekends 0.70×: averages to 1.0 over a week, so days × requests-per-day
    // is the dataset's size.
    const int wd = weekdayMondayZero(hourStartMs);
    const double dayFactor = wd >= 5 ? 0.70 : 1.12;
    const int hour = static_cast<int>((hourStartMs - floorToDay(hourStartMs)) / kHourMs);
    const double expected = static_cast<double>(config.requestsPerDay) * dayFactor * kDiurnal[hour] / diurnalSum();
    return std::max<std::int64_t>(0, std::llround(expected));
}

double Scenario::loadFactor(std::int64_t tsMs) const
{
    const int hour = static_cast<int>((tsMs - floorToDay(tsMs)) / kHourMs);
    return 0.75 + 0.6 * (kDiurnal[hour] / 1.85);
}

int Scenario::claimsTemplateVersion(std::int64_t tsMs) const
{
    if (tsMs < spikeStartMs)
        return 7;
    return tsMs < spikeEndMs ? 8 : 9;
}

} // namespace keel::platform
