#include "slostatus.h"

#include "db.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace keel::platform {
namespace {

struct Sums { std::int64_t good = 0, total = 0; };

Sums sum(const SloEvents &e, std::int64_t fromMs, std::int64_t toMs)
{
    Sums s;
    if (e.buckets.empty() || toMs <= fromMs)
        return s;
    const std::int64_t first = std::max<std::int64_t>(0, (fromMs - e.startMs + e.stepMs - 1) / e.stepMs);
    const std::int64_t last = std::min<std::int64_t>(static_cast<std::int64_t>(e.buckets.size()), (toMs - e.startMs) / e.stepMs);
    for (std::int64_t i = first; i < last; ++i) {
        s.good += e.buckets[static_cast<std::size_t>(i)][0];
        s.total += e.buckets[static_cast<std::size_t>(i)][1];
    }
    return s;
}

} // namespace

std::optional<std::int64_t> parseSloWindow(const std::string &text)
{
    if (text.size() < 2 || text.size() > 3 || text.back() != 'd')
        return std::nullopt;
    int days = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size() - 1, days);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size() - 1 || days < 1 || days > 90)
        return std::nullopt;
    return static_cast<std::int64_t>(days) * kDayMs;
}

domain::SloStatus computeSloStatus(const SloDef &def, const SloEvents &events, std::int64_t asOfMs,
                                   std::int64_t windowMs, const std::string &windowLabel)
{
    domain::SloStatus st;
    st.sloId = def.slo.id;
    st.window = windowLabel;
    st.asOf = asOfMs;
    const double allowedRatio = std::max(1e-9, 1.0 - def.slo.objective);
    const std::int64_t windowStart = asOfMs - windowMs;
    const Sums all = sum(events, windowStart, asOfMs);
    st.goodEvents = all.good;
    st.totalEvents = all.total;
    const std::int64_t bad = all.total - all.good;
    st.attainment = all.total > 0 ? static_cast<double>(all.good) / static_cast<double>(all.total) : 1.0;
    const double allowedBad = allowedRatio * static_cast<double>(all.total);
    st.errorBudgetRemaining = all.total > 0 ? 1.0 - static_cast<double>(bad) / allowedBad : 1.0;

    struct W { const char *label; std::int64_t ms; };
    static constexpr std::array<W, 6> kWindows{{{"5m", 5 * 60'000}, {"30m", 30 * 60'000}, {"1h", kHourMs},
                                                {"6h", 6 * kHourMs}, {"1d", kDayMs}, {"3d", 3 * kDayMs}}};
    std::array<double, kWindows.size()> rate{};
    for (std::size_t i = 0; i < kWindows.size(); ++i) {
        const Sums s = sum(events, asOfMs - kWindows[i].ms, asOfMs);
        domain::BurnRate br;
        br.window = kWindows[i].label;
        br.hasData = s.total > 0;
        br.rate = br.hasData ? (static_cast<double>(s.total - s.good) / static_cast<double>(s.total)) / allowedRatio : 0.0;
        rate[i] = br.rate;
        st.burnRates.push_back(br);
    }
    // Thresholds are for a 30-day window; scale so the same fraction of budget fires the alert.
    const double scale = static_cast<double>(windowMs) / static_cast<double>(30 * kDayMs);
    const bool page = (rate[2] >= 14.4 * scale && rate[0] >= 14.4 * scale) || (rate[3] >= 6.0 * scale && rate[1] >= 6.0 * scale);
    const bool ticket = rate[5] >= 1.0 * scale && rate[3] >= 1.0 * scale;
    st.alert = page ? "page" : ticket ? "ticket" : "ok";

    // Hourly burn-down: budget left after each hour, against the whole window's allowance.
    std::int64_t cumBad = 0;
    for (std::int64_t h = windowStart; h < asOfMs; h += kHourMs) {
        const Sums s = sum(events, h, std::min(h + kHourMs, asOfMs));
        cumBad += s.total - s.good;
        domain::BudgetPoint p;
        p.ts = std::min(h + kHourMs, asOfMs);
        p.remaining = allowedBad > 0 ? 1.0 - static_cast<double>(cumBad) / allowedBad : 1.0;
        st.budgetBurndown.push_back(p);
    }
    return st;
}

SloEvents buildReviewEvents(Connection &c, const SloDef &def, std::int64_t fromMs, std::int64_t asOfMs)
{
    SloEvents e;
    e.startMs = fromMs - ((fromMs % kSloBucketMs) + kSloBucketMs) % kSloBucketMs;
    e.buckets.resize(static_cast<std::size_t>((asOfMs - e.startMs) / kSloBucketMs + 1));
    auto add = [&](std::int64_t ts, bool good) {
        if (ts < e.startMs || ts >= asOfMs)
            return;
        auto &b = e.buckets[static_cast<std::size_t>((ts - e.startMs) / kSloBucketMs)];
        b[0] += good ? 1 : 0;
        b[1] += 1;
    };
    Stmt s(c.handle(), "SELECT i.created_at, q.sla_minutes, (SELECT MIN(d.decided_at) FROM decisions d WHERE d.item_id = i.id) "
                       "FROM review_items i JOIN review_queues q ON q.id = i.queue");
    while (s.step()) {
        const std::int64_t created = s.i64(0);
        const std::int64_t slaMs = s.i64(1) * 60'000;
        const bool decided = !s.isNull(2);
        const std::int64_t decidedAt = decided ? s.i64(2) : 0;
        if (def.source == SliSource::TimeToDecision) {
            if (decided)
                add(decidedAt, decidedAt - created <= slaMs);
        } else {
            add(created, decided ? decidedAt - created <= slaMs : asOfMs - created <= slaMs);
        }
    }
    return e;
}

} // namespace keel::platform
