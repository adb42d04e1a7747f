// libFuzzer target: every decoder of keel_domain (models/domain/codec.h) plus the RFC 3339 and
// money helpers. The first input byte picks the decoder, the rest is the body:
//   'a'…'s' decode under the default DecodeLimits; 'A'…'S' under tiny ones, so the depth, length,
//   item-count and huge-string refusals are reachable within -max_len; any other byte maps to some
//   decoder too. The table is kDecoders below (fuzz/README.md lists it).
// Decoders are documented never to throw, so nothing is caught: an exception escaping is a finding.
// Beyond "no crash", each accepted value must survive encode → decode → encode unchanged, and the
// request page's fast path must agree with its SAX decoder (the contract requestpagefastpath.h states).
#include <domain/codec.h>
#include <domain/money.h>
#include <domain/requestpagefastpath.h>
#include <domain/requestpagewriter.h>
#include <domain/timeutil.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>

using namespace keel::domain;
using nlohmann::json;

namespace {

// A broken invariant (not a crash) still has to stop the run: abort() makes libFuzzer save the input.
void check(bool ok, const char *decoder, const char *what)
{
    if (ok)
        return;
    std::fprintf(stderr, "fuzz_domain_decoders: %s: %s\n", decoder, what);
    std::abort();
}

// A rejection is fine, but it must say what was wrong.
void checkError(const DecodeError &e, const char *decoder)
{
    check(!e.message.empty() && !e.resource.empty(), decoder, "DecodeError without resource or message");
    check(!e.toString().empty(), decoder, "empty DecodeError::toString()");
}

struct AnyEncode { template <typename T> json operator()(const T &v) const { return toJson(v); } };
struct PageEncode { template <typename T> json operator()(const Page<T> &p) const { return pageToJson(p); } };

template <typename T>
using DecodeFn = Decoded<T> (*)(std::string_view, const DecodeLimits &);

// Decode; when accepted, the body is a JSON document within the same limits, and the value's
// encoding decodes again to a value with the same encoding. (Compared as encodings: the value
// types have no operator==, and the encoding is what travels.)
template <typename T, DecodeFn<T> decode, typename Encode = AnyEncode>
void roundTrip(std::string_view body, const DecodeLimits &limits, const char *name)
{
    const Decoded<T> d = decode(body, limits);
    if (!d.ok()) {
        checkError(d.error(), name);
        return;
    }
    check(decodeJsonDocument(body, limits).ok(), name, "accepted, but decodeJsonDocument refuses the same body");
    const json first = Encode{}(d.value());
    const std::string text = first.dump(); // strict UTF-8: decoded strings came through the lexer
    const Decoded<T> again = decode(text, limits);
    if (!again.ok())
        std::fprintf(stderr, "re-encoded: %s\nrefused: %s\n", text.c_str(), again.error().toString().c_str());
    check(again.ok(), name, "re-encoded value refused");
    check(Encode{}(again.value()) == first, name, "decode(encode(v)) encodes differently from v");
}

// Problem is decode-only on the console side; toJson(Problem) writes "status": 0 for a problem
// that had none, which decodeProblem (100..599) refuses. Checked for "no crash" and errors only.
void problem(std::string_view body, const DecodeLimits &limits)
{
    const auto d = decodeProblem(body, limits);
    if (!d.ok())
        checkError(d.error(), "problem");
    else
        (void)toJson(d.value()).dump();
}

void requests(std::string_view body, const DecodeLimits &limits)
{
    // The fast path may only step aside or give exactly the SAX decoder's page.
    if (const auto fast = detail::fastDecodeRequestPage(body, limits)) {
        const auto sax = detail::saxDecodeRequestPage(body, limits);
        check(sax.ok(), "requests", "fast path accepts a page the SAX decoder refuses");
        check(writeRequestPage(*fast) == writeRequestPage(sax.value()), "requests", "fast path and SAX decoder disagree");
    }
    roundTrip<Page<RequestRecord>, decodeRequestPage, PageEncode>(body, limits, "requests");
    // RequestPageWriter promises byte-equality with the DOM encoder's dump.
    if (const auto d = decodeRequestPage(body, limits)) {
        check(writeRequestPage(d.value())
                  == pageToJson(d.value()).dump(-1, ' ', false, json::error_handler_t::replace),
              "requests", "RequestPageWriter differs from pageToJson().dump()");
    }
}

void jsonDocument(std::string_view body, const DecodeLimits &limits)
{
    const auto d = decodeJsonDocument(body, limits);
    if (!d.ok()) {
        checkError(d.error(), "json");
        return;
    }
    // Compared as text: 1e999 parses to inf, which dumps as null (the same text both times).
    const std::string text = d.value().dump();
    const auto again = decodeJsonDocument(text, limits);
    check(again.ok() && again.value().dump() == text, "json", "dump() of an accepted document does not read back");
}

// parseRfc3339 → formatRfc3339 → parseRfc3339 must land on the same millisecond.
void rfc3339(std::string_view body, const DecodeLimits &)
{
    const auto t = parseRfc3339(body);
    if (!t)
        return;
    const std::string text = formatRfc3339(*t);
    if (parseRfc3339(text) != t)
        std::fprintf(stderr, "parsed %lld, formatted as %s\n", static_cast<long long>(*t), text.c_str());
    check(parseRfc3339(text) == t, "rfc3339", "formatRfc3339 of a parsed time does not parse back to it");
}

// Money has no parser, only the exact decimal formatter: read back the string it writes.
void money(std::string_view body, const DecodeLimits &)
{
    std::uint64_t bits = 0;
    std::memcpy(&bits, body.data(), std::min(body.size(), sizeof bits));
    const auto micros = static_cast<Micros>(bits);
    const std::string s = microsToDecimalString(micros);
    const bool negative = !s.empty() && s[0] == '-';
    const auto dot = s.find('.');
    check(dot != std::string::npos && s.size() - dot == 7 && negative == (micros < 0), "money", "malformed decimal");
    // Rebuild the magnitude in unsigned arithmetic (INT64_MIN has no positive int64).
    std::uint64_t mag = 0;
    for (char c : s.substr(negative ? 1 : 0))
        if (c != '.')
            mag = mag * 10 + std::uint64_t(c - '0');
    const std::uint64_t expected = negative ? 0 - static_cast<std::uint64_t>(micros) : static_cast<std::uint64_t>(micros);
    check(mag == expected, "money", "decimal string does not read back to the same micros");
}

using Decoder = void (*)(std::string_view, const DecodeLimits &);

// Named wrappers so a crash's stack (and an abort message) says which decoder it was.
#define KEEL_TYPED(fn, T, decode, ...) \
    void fn(std::string_view b, const DecodeLimits &l) { roundTrip<T, decode __VA_OPT__(,) __VA_ARGS__>(b, l, #fn); }
KEEL_TYPED(whoami, Identity, decodeIdentity)
KEEL_TYPED(trace, Trace, decodeTrace)
KEEL_TYPED(series, SeriesResponse, decodeSeries)
KEEL_TYPED(spend, Page<SpendRow>, decodeSpendPage, PageEncode)
KEEL_TYPED(budgets, Page<Budget>, decodeBudgetPage, PageEncode)
KEEL_TYPED(slos, Page<Slo>, decodeSloPage, PageEncode)
KEEL_TYPED(sloStatus, SloStatus, decodeSloStatus)
KEEL_TYPED(queues, Page<ReviewQueue>, decodeQueuePage, PageEncode)
KEEL_TYPED(items, Page<ReviewItem>, decodeItemPage, PageEncode)
KEEL_TYPED(item, ReviewItem, decodeItem)
KEEL_TYPED(lease, Lease, decodeLease)
KEEL_TYPED(decision, Decision, decodeDecision)
KEEL_TYPED(receipt, DecisionReceipt, decodeDecisionReceipt)
KEEL_TYPED(feedback, FeedbackRecord, decodeFeedbackLine)
#undef KEEL_TYPED

// Index = selector letter - 'a' (fuzz/README.md and the seed files' first bytes depend on this order).
constexpr Decoder kDecoders[] = {
    whoami, problem, requests, trace, series, spend, budgets, slos, sloStatus, queues,  // a … j
    items, item, lease, decision, receipt, feedback, jsonDocument, rfc3339, money,      // k … s
};
constexpr std::size_t kCount = std::size(kDecoders);

// Small enough that every limit can be crossed by a short input; 6 × maxTextLength = 384 bytes is
// where rejectHugeStrings starts scanning.
constexpr DecodeLimits kTight{/*maxDepth*/ 6, /*maxIdLength*/ 40, /*maxTextLength*/ 64, /*maxItemsPerPage*/ 3};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const unsigned selector = data[0];
    // 'a' (0x61) and 'A' (0x41) both give slot 0; bit 0x20 clear (upper case) means tight limits.
    const std::size_t slot = ((selector & 0x1fu) + 31u) % 32u % kCount;
    static const DecodeLimits kDefault{};
    const DecodeLimits &limits = (selector & 0x20u) ? kDefault : kTight;
    kDecoders[slot](std::string_view(reinterpret_cast<const char *>(data) + 1, size - 1), limits);
    return 0;
}
