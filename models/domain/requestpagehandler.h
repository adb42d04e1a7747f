#pragma once
// Internal to keel_domain: the SAX handler behind decodeRequestPage. It fills RequestRecord
// straight from parser events, checking each member as it arrives, so a 100k-record page costs one
// pass over the text and no DOM; strings are moved, not copied, into the records.
#include "codec_common.h"

#include <array>
#include <string_view>
#include <cstdint>

namespace keel::domain::detail {

enum class RequestField : std::uint8_t {
    Id, Ts, CorrelationId, Route, UseCase, Model, Provider, Team, CustomerSegment, PromptTemplate,
    InputTokens, OutputTokens, CachedTokens, CostMicros, LatencyMs, TtftMs, Status, ErrorCode,
    CacheHit, SafetyFlags, Confidence, RiskScore, Escalated, Count, Unknown = Count
};

// The wire names of RequestField, in its order; shared by the SAX handler and the fast path.
inline constexpr std::size_t kRequestFieldCount = static_cast<std::size_t>(RequestField::Count);
inline constexpr std::array<std::string_view, kRequestFieldCount> kRequestFieldNames = {
    "id", "ts", "correlation_id", "route", "use_case", "model", "provider", "team", "customer_segment",
    "prompt_template", "input_tokens", "output_tokens", "cached_tokens", "cost_micros", "latency_ms",
    "ttft_ms", "status", "error_code", "cache_hit", "safety_flags", "confidence", "risk_score", "escalated"};
// error_code and safety_flags may be absent or null; everything else must be present.
inline constexpr std::uint32_t kRequiredRequestFields = ((1u << kRequestFieldCount) - 1)
    & ~(1u << static_cast<int>(RequestField::ErrorCode)) & ~(1u << static_cast<int>(RequestField::SafetyFlags));

inline RequestField requestFieldNamed(std::string_view key)
{
    for (std::size_t i = 0; i < kRequestFieldCount; ++i)
        if (kRequestFieldNames[i] == key)
            return static_cast<RequestField>(i);
    return RequestField::Unknown;
}

// Used with json::sax_parse; after a successful parse, page() holds the records, and after a failed
// one error() says where and why (field "" for syntax errors, as for the DOM decoders).
class RequestPageHandler {
public:
    using string_t = json::string_t;

    RequestPageHandler(const DecodeLimits &limits, std::size_t bodySize);

    Page<RequestRecord> &page() { return m_page; }
    bool sawItems() const { return m_sawItems; }
    DecodeError &error() { return m_error; }

    bool null();
    bool boolean(bool v);
    bool number_integer(json::number_integer_t v) { return integer(v, "integer"); }
    bool number_unsigned(json::number_unsigned_t v);
    bool number_float(json::number_float_t v, const string_t &);
    bool string(string_t &v);
    bool binary(json::binary_t &) { return unexpected("binary"); }
    bool start_object(std::size_t);
    bool key(string_t &k);
    bool end_object();
    bool start_array(std::size_t);
    bool end_array();
    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &ex);

private:
    enum class State { Start, Top, TopValue, InItems, InRecord, RecordValue, InFlags, Skip, Done };
    enum class TopKey { Items, NextCursor, Other };

    bool fail(std::string field, std::string message);
    std::string itemPath() const { return "items[" + std::to_string(m_page.items.size()) + ']'; }
    std::string fieldPath() const;
    std::string flagPath() const { return itemPath() + ".safety_flags[" + std::to_string(m_flagIndex) + ']'; }
    std::string currentPath() const;
    bool isIntegerField() const;
    bool fieldDone();
    bool unexpected(const char *what);
    bool topScalar(const char *what);
    bool other(const char *what);
    const char *expectedFor() const;
    bool recordScalar(const char *what);
    bool openContainer(const char *what);
    bool closeSkipped();
    bool integer(std::int64_t v, const char *what);
    bool fraction(double v);
    bool recordString(string_t &v);

    const DecodeLimits &m_limits;
    Page<RequestRecord> m_page;
    RequestRecord m_record;
    DecodeError m_error;
    State m_state = State::Start;
    State m_returnState = State::Top;
    TopKey m_topKey = TopKey::Other;
    RequestField m_field = RequestField::Unknown;
    std::uint32_t m_seen = 0;
    std::array<RequestField, 2 * static_cast<std::size_t>(RequestField::Count)> m_predicted{};
    std::size_t m_keyPos = 0;
    std::size_t m_flagIndex = 0;
    std::size_t m_skipDepth = 0;
    std::size_t m_skipBase = 0;
    bool m_sawItems = false;
};

} // namespace keel::domain::detail
