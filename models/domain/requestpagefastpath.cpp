#include "requestpagefastpath.h"

#include "requestpagehandler.h"
#include "timeutil.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace keel::domain::detail {
namespace {

using Field = RequestField;

// A cursor over the body; every method returns false when the text is not the simple shape.
class Scanner {
public:
    explicit Scanner(std::string_view s) : m_p(s.data()), m_end(s.data() + s.size()) {}

    void ws()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool atEnd() { ws(); return m_p == m_end; }
    bool eat(char c)
    {
        ws();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool peek(char c) { ws(); return m_p < m_end && *m_p == c; }
    bool literal(std::string_view word)
    {
        ws();
        if (std::size_t(m_end - m_p) < word.size() || std::string_view(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }
    // A string of printable ASCII without escapes: exactly its bytes, as the JSON lexer gives them.
    bool plainString(std::string_view &out)
    {
        if (!eat('"'))
            return false;
        const char *start = m_p;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                out = std::string_view(start, std::size_t(m_p - start));
                ++m_p;
                return true;
            }
            if (c < 0x20 || c >= 0x80 || c == '\\')
                return false;
            ++m_p;
        }
        return false;
    }
    // A non-negative JSON integer that fits int64.
    bool integer(std::int64_t &out)
    {
        ws();
        const char *start = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        const std::size_t n = std::size_t(m_p - start);
        if (n == 0 || (n > 1 && *start == '0') || (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E')))
            return false;
        const auto r = std::from_chars(start, m_p, out);
        return r.ec == std::errc() && r.ptr == m_p;
    }
    // A JSON number (grammar checked here; the value parsed correctly rounded, as strtod does).
    bool number(double &out)
    {
        ws();
        const char *start = m_p;
        if (m_p < m_end && *m_p == '-')
            return false; // negative scores are an error: let the full decoder word it
        const char *intStart = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        if (m_p == intStart || (m_p - intStart > 1 && *intStart == '0'))
            return false;
        if (m_p < m_end && *m_p == '.') {
            const char *frac = ++m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            if (m_p == frac)
                return false;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            const char *exp = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            if (m_p == exp)
                return false;
        }
        const auto r = std::from_chars(start, m_p, out);
        return r.ec == std::errc() && r.ptr == m_p;
    }

private:
    const char *m_p;
    const char *m_end;
};


bool readRecord(Scanner &in, const DecodeLimits &limits, std::array<Field, 2 * kRequestFieldCount> &predicted, RequestRecord &r)
{
    if (!in.eat('{'))
        return false;
    std::uint32_t seen = 0;
    std::size_t pos = 0;
    if (!in.peek('}')) {
        do {
            std::string_view key;
            if (!in.plainString(key) || !in.eat(':'))
                return false;
            Field f;
            if (pos < predicted.size() && predicted[pos] != Field::Unknown
                && kRequestFieldNames[static_cast<std::size_t>(predicted[pos])] == key) {
                f = predicted[pos];
            } else {
                f = requestFieldNamed(key);
                if (f == Field::Unknown)
                    return false;
                if (pos < predicted.size())
                    predicted[pos] = f;
            }
            ++pos;
            const std::uint32_t bit = 1u << static_cast<int>(f);
            if (seen & bit)
                return false; // repeated member: the full decoder decides
            seen |= bit;
            std::string_view text;
            switch (f) {
            case Field::Ts: {
                if (!in.plainString(text) || text.size() > 64)
                    return false;
                const auto t = parseRfc3339(text);
                if (!t)
                    return false;
                r.ts = *t;
                break;
            }
            case Field::InputTokens: if (!in.integer(r.inputTokens)) return false; break;
            case Field::OutputTokens: if (!in.integer(r.outputTokens)) return false; break;
            case Field::CachedTokens: if (!in.integer(r.cachedTokens)) return false; break;
            case Field::CostMicros: if (!in.integer(r.costMicros)) return false; break;
            case Field::LatencyMs: if (!in.integer(r.latencyMs)) return false; break;
            case Field::TtftMs: if (!in.integer(r.ttftMs)) return false; break;
            case Field::CacheHit:
            case Field::Escalated: {
                bool &b = f == Field::CacheHit ? r.cacheHit : r.escalated;
                if (in.literal("true"))
                    b = true;
                else if (in.literal("false"))
                    b = false;
                else
                    return false;
                break;
            }
            case Field::Confidence:
            case Field::RiskScore: {
                double v = 0;
                if (!in.number(v) || !std::isfinite(v) || v < 0 || v > 1)
                    return false;
                (f == Field::Confidence ? r.confidence : r.riskScore) = v;
                break;
            }
            case Field::SafetyFlags:
                r.safetyFlags.clear();
                if (in.literal("null"))
                    break;
                if (!in.eat('['))
                    return false;
                if (!in.eat(']')) {
                    do {
                        if (!in.plainString(text) || text.size() > limits.maxIdLength)
                            return false;
                        r.safetyFlags.emplace_back(text);
                    } while (in.eat(','));
                    if (!in.eat(']'))
                        return false;
                }
                break;
            case Field::ErrorCode:
                if (in.literal("null")) {
                    r.errorCode.clear();
                    break;
                }
                [[fallthrough]];
            default: {
                if (!in.plainString(text) || text.size() > limits.maxIdLength || text.size() > limits.maxTextLength)
                    return false;
                if (text.empty() && (f == Field::Id || f == Field::CorrelationId))
                    return false;
                if (f == Field::Status && text != "ok" && text != "error")
                    return false;
                std::string *target = nullptr;
                switch (f) {
                case Field::Id: target = &r.id; break;
                case Field::CorrelationId: target = &r.correlationId; break;
                case Field::Route: target = &r.route; break;
                case Field::UseCase: target = &r.useCase; break;
                case Field::Model: target = &r.model; break;
                case Field::Provider: target = &r.provider; break;
                case Field::Team: target = &r.team; break;
                case Field::CustomerSegment: target = &r.customerSegment; break;
                case Field::PromptTemplate: target = &r.promptTemplate; break;
                case Field::Status: target = &r.status; break;
                case Field::ErrorCode: target = &r.errorCode; break;
                default: return false;
                }
                target->assign(text);
                break;
            }
            }
        } while (in.eat(','));
    }
    return in.eat('}') && (seen & kRequiredRequestFields) == kRequiredRequestFields;
}

} // namespace

std::optional<Page<RequestRecord>> fastDecodeRequestPage(std::string_view body, const DecodeLimits &limits)
{
    Scanner in(body);
    Page<RequestRecord> page;
    if (!in.eat('{') || !in.literal("\"items\"") || !in.eat(':') || !in.eat('['))
        return std::nullopt;
    page.items.reserve(std::min<std::size_t>(body.size() / 400 + 1, limits.maxItemsPerPage));
    std::array<Field, 2 * kRequestFieldCount> predicted;
    predicted.fill(Field::Unknown);
    if (!in.eat(']')) {
        do {
            if (page.items.size() >= limits.maxItemsPerPage)
                return std::nullopt;
            if (!readRecord(in, limits, predicted, page.items.emplace_back()))
                return std::nullopt;
        } while (in.eat(','));
        if (!in.eat(']'))
            return std::nullopt;
    }
    if (!in.eat(',') || !in.literal("\"next_cursor\"") || !in.eat(':'))
        return std::nullopt;
    if (!in.literal("null")) {
        std::string_view cursor;
        if (!in.plainString(cursor) || cursor.empty() || cursor.size() > limits.maxIdLength)
            return std::nullopt;
        page.nextCursor = std::string(cursor);
    }
    if (!in.eat('}') || !in.atEnd())
        return std::nullopt;
    return page;
}

} // namespace keel::domain::detail
