#include "codecdispatch.h"

namespace keel::test {
namespace {

template <typename T, typename Encode>
Reencoded finish(const domain::Decoded<T> &d, Encode encode)
{
    if (!d.ok())
        return {false, d.error().toString(), {}};
    return {true, {}, encode(d.value())};
}

template <typename T>
Reencoded one(const domain::Decoded<T> &d)
{
    return finish(d, [](const T &v) { return domain::toJson(v); });
}

template <typename T>
Reencoded page(const domain::Decoded<domain::Page<T>> &d)
{
    return finish(d, [](const domain::Page<T> &p) { return domain::pageToJson(p); });
}

} // namespace

std::vector<std::string> codecKinds()
{
    return {"whoami", "problem", "requests", "trace", "series", "spend", "budgets", "slos", "slo_status",
            "queues", "items", "item", "lease", "decision", "receipt", "feedback"};
}

Reencoded reencode(std::string_view kind, std::string_view body, const domain::DecodeLimits &limits)
{
    using namespace keel::domain;
    if (kind == "whoami") return one(decodeIdentity(body, limits));
    if (kind == "problem") return one(decodeProblem(body, limits));
    if (kind == "requests") return page(decodeRequestPage(body, limits));
    if (kind == "trace") return one(decodeTrace(body, limits));
    if (kind == "series") return one(decodeSeries(body, limits));
    if (kind == "spend") {
        Reencoded r = page(decodeSpendPage(body, limits));
        if (r.ok)
            r.json["currency"] = "USD"; // the envelope member the spend route adds to a page
        return r;
    }
    if (kind == "budgets") return page(decodeBudgetPage(body, limits));
    if (kind == "slos") return page(decodeSloPage(body, limits));
    if (kind == "slo_status") return one(decodeSloStatus(body, limits));
    if (kind == "queues") return page(decodeQueuePage(body, limits));
    if (kind == "items") return page(decodeItemPage(body, limits));
    if (kind == "item") return one(decodeItem(body, limits));
    if (kind == "lease") return one(decodeLease(body, limits));
    if (kind == "decision") return one(decodeDecision(body, limits));
    if (kind == "receipt") return one(decodeDecisionReceipt(body, limits));
    if (kind == "feedback") return one(decodeFeedbackLine(body, limits));
    return {false, "unknown kind " + std::string(kind), {}};
}

} // namespace keel::test
