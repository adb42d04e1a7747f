#pragma once
// SLO arithmetic: attainment, error budget, burn rates over 5m…3d, the multi-window
// multi-burn-rate alert (Google SRE workbook thresholds for a 30-day window, scaled to the
// requested window so the same share of budget triggers), and an hourly budget burn-down.
#include "platformstate.h"
#include "slocatalog.h"

#include <domain/slo.h>

#include <cstdint>
#include <optional>
#include <string>

namespace keel::platform {

class Connection;

// "30d" → 30 days in ms; nullopt unless 1d..90d.
std::optional<std::int64_t> parseSloWindow(const std::string &text);

domain::SloStatus computeSloStatus(const SloDef &def, const SloEvents &events, std::int64_t asOfMs,
                                   std::int64_t windowMs, const std::string &windowLabel);

// Review-layer SLIs are live: built from review items and decisions up to asOfMs.
SloEvents buildReviewEvents(Connection &c, const SloDef &def, std::int64_t fromMs, std::int64_t asOfMs);

} // namespace keel::platform
