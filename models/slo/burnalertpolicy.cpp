#include "burnalertpolicy.h"

#include <algorithm>

namespace keel::slo {

std::int64_t seconds(BurnWindow w)
{
    switch (w) {
    case BurnWindow::M5: return 5 * 60;
    case BurnWindow::M30: return 30 * 60;
    case BurnWindow::H1: return 3600;
    case BurnWindow::H6: return 6 * 3600;
    case BurnWindow::D1: return 24 * 3600;
    case BurnWindow::D3: return 72 * 3600;
    }
    return 0;
}

std::string label(BurnWindow w)
{
    switch (w) {
    case BurnWindow::M5: return "5m";
    case BurnWindow::M30: return "30m";
    case BurnWindow::H1: return "1h";
    case BurnWindow::H6: return "6h";
    case BurnWindow::D1: return "1d";
    case BurnWindow::D3: return "3d";
    }
    return {};
}

std::optional<BurnWindow> burnWindowFromLabel(const std::string &text)
{
    for (const auto w : kBurnWindows)
        if (label(w) == text)
            return w;
    return std::nullopt;
}

std::string toString(AlertLevel level)
{
    switch (level) {
    case AlertLevel::NoData: return "no_data";
    case AlertLevel::Ok: return "ok";
    case AlertLevel::Ticket: return "ticket";
    case AlertLevel::Page: return "page";
    }
    return "no_data";
}

AlertLevel alertLevelFromString(const std::string &text)
{
    if (text == "ok") return AlertLevel::Ok;
    if (text == "ticket") return AlertLevel::Ticket;
    if (text == "page") return AlertLevel::Page;
    return AlertLevel::NoData;
}

std::vector<BurnAlertRule> burnAlertRules(double windowDays)
{
    const double windowHours = windowDays * 24.0;
    auto make = [windowHours](AlertLevel sev, double fraction, BurnWindow lw, BurnWindow sw) {
        const double longHours = static_cast<double>(seconds(lw)) / 3600.0;
        double threshold = fraction * windowHours / longHours;
        if (sev == AlertLevel::Ticket)
            threshold = std::max(threshold, 1.0);
        return BurnAlertRule{sev, fraction, lw, sw, threshold};
    };
    return {make(AlertLevel::Page, 0.02, BurnWindow::H1, BurnWindow::M5),
            make(AlertLevel::Page, 0.05, BurnWindow::H6, BurnWindow::M30),
            make(AlertLevel::Ticket, 0.10, BurnWindow::D3, BurnWindow::H6)};
}

std::optional<double> rateFor(const BurnRates &rates, BurnWindow w)
{
    return rates[static_cast<std::size_t>(w)];
}

AlertEvaluation evaluateBurnAlerts(const BurnRates &rates, double windowDays)
{
    // Thresholds like 0.02 × 720 are not exact in binary; compare with a hair of slack so a
    // burn of exactly 14.4 pages as the rule says.
    constexpr double kSlack = 1e-9;
    AlertEvaluation out;
    for (const auto &rule : burnAlertRules(windowDays)) {
        const auto l = rateFor(rates, rule.longWindow);
        const auto s = rateFor(rates, rule.shortWindow);
        if (!l || !s)
            continue;
        if (*l + kSlack >= rule.threshold && *s + kSlack >= rule.threshold) {
            if (!out.firedRule || rule.severity > out.firedRule->severity) {
                out.firedRule = rule;
                out.level = rule.severity;
            }
        }
    }
    if (out.firedRule)
        return out;
    const bool anyData = std::any_of(rates.begin(), rates.end(), [](const auto &r) { return r.has_value(); });
    out.level = anyData ? AlertLevel::Ok : AlertLevel::NoData;
    return out;
}

} // namespace keel::slo
