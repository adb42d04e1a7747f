#pragma once
// The multi-window, multi-burn-rate alert rule (Google SRE workbook, ch. 5) for one SLO.
// For a 30-day window:   page   when burn ≥ 14.4 over both 1h and 5m,
//                        page   when burn ≥ 6    over both 6h and 30m,
//                        ticket when burn ≥ 1    over both 3d and 6h.
// Each threshold is "budget fraction consumed × SLO window / long window" (2% in 1h, 5% in 6h,
// 10% in 3d), so other windows scale by the same formula; see docs/slo-definitions.md.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace keel::slo {

// The burn-rate windows every status shows, shortest first.
enum class BurnWindow { M5, M30, H1, H6, D1, D3 };
inline constexpr std::array<BurnWindow, 6> kBurnWindows{BurnWindow::M5, BurnWindow::M30, BurnWindow::H1,
                                                        BurnWindow::H6, BurnWindow::D1, BurnWindow::D3};
std::int64_t seconds(BurnWindow w);
std::string label(BurnWindow w); // "5m", "30m", "1h", "6h", "1d", "3d"
std::optional<BurnWindow> burnWindowFromLabel(const std::string &text);

enum class AlertLevel { NoData, Ok, Ticket, Page };
std::string toString(AlertLevel level); // "no_data" | "ok" | "ticket" | "page"
AlertLevel alertLevelFromString(const std::string &text); // unknown → NoData

struct BurnAlertRule {
    AlertLevel severity = AlertLevel::Page;
    double budgetFraction = 0.02; // of the whole window's budget, consumed within longWindow
    BurnWindow longWindow = BurnWindow::H1;
    BurnWindow shortWindow = BurnWindow::M5;
    double threshold = 14.4;      // burn rate both windows must reach
};

// The three rules scaled to an SLO window of `windowDays` days. The ticket threshold is
// floored at 1.0: a burn below 1 cannot exhaust the budget within the window, so it is never
// worth a ticket (this only matters for windows shorter than 30 days).
std::vector<BurnAlertRule> burnAlertRules(double windowDays);

// Burn rates per window; nullopt = no traffic in that window.
using BurnRates = std::array<std::optional<double>, kBurnWindows.size()>;
std::optional<double> rateFor(const BurnRates &rates, BurnWindow w);

struct AlertEvaluation {
    AlertLevel level = AlertLevel::NoData;
    std::optional<BurnAlertRule> firedRule; // the most severe rule that fired
};
// A rule fires when both its windows have data and both reach the threshold. With no rule
// firing the SLO is Ok if any window had data, else NoData.
AlertEvaluation evaluateBurnAlerts(const BurnRates &rates, double windowDays);

} // namespace keel::slo
