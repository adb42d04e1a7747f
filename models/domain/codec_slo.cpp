// Codecs for SLO definitions and their computed status.
#include "codec_readers.h"

#include <limits>

namespace keel::domain {
namespace {
using detail::json;
using detail::ObjectReader;
using detail::Str;
using detail::kMaxInt;
} // namespace

json toJson(const Slo &s)
{
    return json{
        {"id", s.id},
        {"name", s.name},
        {"layer", s.layer},
        {"description", s.description},
        {"sli", s.sli},
        {"sli_kind", s.sliKind},
        {"objective", s.objective},
        {"window_days", s.windowDays},
        {"threshold_ms", s.thresholdMs ? json(*s.thresholdMs) : json(nullptr)},
        {"route", s.route},
    };
}

json toJson(const SloStatus &s)
{
    json burn = json::array();
    for (const BurnRate &b : s.burnRates)
        burn.push_back({{"window", b.window}, {"rate", b.hasData ? json(b.rate) : json(nullptr)}});
    json points = json::array();
    for (const BudgetPoint &p : s.budgetBurndown)
        points.push_back(json::array({formatRfc3339(p.ts), p.remaining}));
    return json{
        {"slo_id", s.sloId},
        {"window", s.window},
        {"as_of", formatRfc3339(s.asOf)},
        {"good_events", s.goodEvents},
        {"total_events", s.totalEvents},
        {"attainment", s.attainment},
        {"error_budget_remaining", s.errorBudgetRemaining},
        {"burn_rates", std::move(burn)},
        {"alert", s.alert},
        {"budget_burndown", std::move(points)},
    };
}

namespace detail {
Slo readSlo(const ObjectReader &o)
{
    Slo s;
    s.id = o.str("id", Str::Id);
    s.name = o.str("name", Str::Name);
    s.layer = o.oneOf("layer", kSloLayers);
    s.description = o.optStr("description", Str::Text);
    s.sli = o.str("sli", Str::Text);
    s.sliKind = o.oneOf("sli_kind", kSliKinds);
    s.objective = o.number("objective", 0, 1);
    // An objective of 0 or 1 leaves no error budget to burn; both are configuration mistakes.
    if (s.objective <= 0 || s.objective >= 1)
        fail(o.fieldPath("objective"), "must be strictly between 0 and 1");
    s.windowDays = o.integer("window_days", 1, 366);
    s.thresholdMs = o.optInteger("threshold_ms", 0, kMaxInt);
    if (s.sliKind == "latency" && !s.thresholdMs)
        fail(o.fieldPath("threshold_ms"), "missing (required for a latency SLI)");
    s.route = o.optStr("route", Str::Name);
    return s;
}
} // namespace detail

Decoded<Page<Slo>> decodeSloPage(std::string_view body, const DecodeLimits &limits)
{
    return detail::decodeDocument<Page<Slo>>(body, limits, "slos", [&](const json &root) {
        return detail::readPage<Slo>(root, limits, detail::readSlo);
    });
}

Decoded<SloStatus> decodeSloStatus(std::string_view body, const DecodeLimits &limits)
{
    return detail::decodeDocument<SloStatus>(body, limits, "slo status", [&](const json &root) {
        const ObjectReader o(root, {}, limits);
        SloStatus s;
        s.sloId = o.str("slo_id", Str::Id);
        s.window = o.str("window", Str::Id);
        s.asOf = o.time("as_of");
        s.goodEvents = o.integer("good_events", 0, kMaxInt);
        s.totalEvents = o.integer("total_events", 0, kMaxInt);
        if (s.goodEvents > s.totalEvents)
            detail::fail("good_events", "exceeds total_events");
        s.attainment = o.number("attainment", 0, 1);
        s.errorBudgetRemaining = o.number("error_budget_remaining", -1e12, 1);
        o.array("burn_rates", [&](const json &el, const std::string &path) {
            const ObjectReader b(el, path, limits);
            BurnRate r;
            r.window = b.str("window", Str::Id);
            const auto rate = b.optNumber("rate", 0, 1e12);
            r.hasData = rate.has_value();
            r.rate = rate.value_or(0);
            s.burnRates.push_back(r);
        });
        s.alert = o.oneOf("alert", detail::kAlerts);
        o.array("budget_burndown", [&](const json &pt, const std::string &path) {
            if (!pt.is_array() || pt.size() != 2)
                detail::fail(path, "expected [time, remaining], got " + detail::typeName(pt));
            s.budgetBurndown.push_back({detail::checkTime(pt[0], path + "[0]"),
                                        detail::checkNumber(pt[1], path + "[1]", -1e12, 1)});
        }, false);
        return s;
    });
}

} // namespace keel::domain
