// Codecs for spend rows and budgets. Money stays integer micro-dollars end to end.
#include "codec_readers.h"

#include <limits>

namespace keel::domain {
namespace {
using detail::json;
using detail::ObjectReader;
using detail::Str;
using detail::kMaxInt;
} // namespace

json toJson(const SpendRow &r)
{
    json j{
        {"period_start", formatRfc3339(r.periodStart)},
        {"granularity", r.granularity},
        {"cost_micros", r.costMicros},
        {"cache_savings_micros", r.cacheSavingsMicros},
        {"requests", r.requests},
        {"input_tokens", r.inputTokens},
        {"output_tokens", r.outputTokens},
        {"cached_tokens", r.cachedTokens},
    };
    // Group fields the caller did not group by are absent rather than "", so a row says what it sums over.
    if (!r.model.empty())
        j["model"] = r.model;
    if (!r.useCase.empty())
        j["use_case"] = r.useCase;
    if (!r.team.empty())
        j["team"] = r.team;
    if (!r.customerSegment.empty())
        j["customer_segment"] = r.customerSegment;
    if (!r.provider.empty())
        j["provider"] = r.provider;
    if (!r.route.empty())
        j["route"] = r.route;
    if (!r.promptTemplate.empty())
        j["prompt_template"] = r.promptTemplate;
    return j;
}

json toJson(const Budget &b)
{
    return json{
        {"id", b.id},
        {"scope_kind", b.scopeKind},
        {"scope_value", b.scopeValue},
        {"period", b.period},
        {"amount_micros", b.amountMicros},
        {"alert_thresholds", b.alertThresholds},
    };
}

namespace detail {

SpendRow readSpendRow(const ObjectReader &o)
{
    SpendRow r;
    r.periodStart = o.time("period_start");
    r.granularity = o.oneOf("granularity", kGranularities);
    r.model = o.optStr("model", Str::Name);
    r.useCase = o.optStr("use_case", Str::Name);
    r.team = o.optStr("team", Str::Name);
    r.customerSegment = o.optStr("customer_segment", Str::Name);
    r.provider = o.optStr("provider", Str::Name);
    r.route = o.optStr("route", Str::Name);
    r.promptTemplate = o.optStr("prompt_template", Str::Name);
    r.costMicros = o.integer("cost_micros", 0, kMaxInt);
    r.cacheSavingsMicros = o.integer("cache_savings_micros", 0, kMaxInt);
    r.requests = o.integer("requests", 0, kMaxInt);
    r.inputTokens = o.integer("input_tokens", 0, kMaxInt);
    r.outputTokens = o.integer("output_tokens", 0, kMaxInt);
    r.cachedTokens = o.integer("cached_tokens", 0, kMaxInt);
    return r;
}

Budget readBudget(const ObjectReader &o)
{
    Budget b;
    b.id = o.str("id", Str::Id);
    b.scopeKind = o.oneOf("scope_kind", kScopeKinds);
    b.scopeValue = o.str("scope_value", Str::Id);
    b.period = o.oneOf("period", kBudgetPeriods);
    b.amountMicros = o.integer("amount_micros", 0, kMaxInt);
    o.array("alert_thresholds", [&](const json &el, const std::string &path) {
        b.alertThresholds.push_back(checkNumber(el, path, 0, 10));
    }, false);
    return b;
}

} // namespace detail

Decoded<Page<SpendRow>> decodeSpendPage(std::string_view body, const DecodeLimits &limits)
{
    return detail::decodeDocument<Page<SpendRow>>(body, limits, "spend", [&](const json &root) {
        const ObjectReader o(root, {}, limits);
        // Amounts are only comparable in one currency; refuse rather than mislabel.
        if (o.find("currency")) {
            const std::string currency = o.str("currency", Str::Id);
            if (currency != "USD")
                detail::fail("currency", "unsupported currency " + detail::quoteShort(currency) + " (expected USD)");
        }
        return detail::readPage<SpendRow>(root, limits, detail::readSpendRow);
    });
}

Decoded<Page<Budget>> decodeBudgetPage(std::string_view body, const DecodeLimits &limits)
{
    return detail::decodeDocument<Page<Budget>>(body, limits, "budgets", [&](const json &root) {
        return detail::readPage<Budget>(root, limits, detail::readBudget);
    });
}

} // namespace keel::domain
