#include "requestpagewriter.h"

#include <nlohmann/json.hpp>

#include <array>
#include <charconv>
#include <cmath>

namespace keel::domain {
namespace detail {

void appendJsonString(std::string &out, std::string_view text)
{
    // Fast path: printable ASCII without quote or backslash is copied as is. Anything else
    // (control characters, non-ASCII, invalid UTF-8) goes through nlohmann's own serializer so
    // escaping and the replacement of invalid bytes are exactly the DOM path's.
    bool plain = true;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
            plain = false;
            break;
        }
    }
    if (plain) {
        out += '"';
        out.append(text);
        out += '"';
        return;
    }
    out += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void appendJsonDouble(std::string &out, double value)
{
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    std::array<char, 64> buf {};
    char *end = nlohmann::detail::to_chars(buf.data(), buf.data() + buf.size(), value);
    out.append(buf.data(), end);
}

void appendRfc3339(std::string &out, UnixMs ms)
{
    std::int64_t days = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
    const std::int64_t rem = ms - days * 86400000;
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm, as timeutil.cpp uses).
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t doe = days - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    if (y < 0 || y > 9999) {
        out += formatRfc3339(ms); // outside the four-digit fast path
        return;
    }
    char buf[] = "0000-00-00T00:00:00.000Z";
    const auto put = [&buf](int pos, std::int64_t v, int width) {
        for (int i = width - 1; i >= 0; --i, v /= 10)
            buf[pos + i] = static_cast<char>('0' + v % 10);
    };
    put(0, y, 4);
    put(5, m, 2);
    put(8, d, 2);
    put(11, rem / 3600000, 2);
    put(14, rem / 60000 % 60, 2);
    put(17, rem / 1000 % 60, 2);
    put(20, rem % 1000, 3);
    out.append(buf, sizeof buf - 1); // without the terminating NUL
}

} // namespace detail

namespace {
void appendInt(std::string &out, std::int64_t v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}
void appendBool(std::string &out, bool v)
{
    out += v ? "true" : "false";
}
} // namespace

RequestPageWriter::RequestPageWriter(std::size_t expectedRecords)
{
    m_out.reserve(expectedRecords * 520 + 64);
    m_out += "{\"items\":[";
}

void RequestPageWriter::add(const RequestRecord &r)
{
    using detail::appendJsonString;
    // Members in std::map order, as nlohmann::json (an ordered map of keys) writes them.
    m_out += m_count++ ? ",{\"cache_hit\":" : "{\"cache_hit\":";
    appendBool(m_out, r.cacheHit);
    m_out += ",\"cached_tokens\":";
    appendInt(m_out, r.cachedTokens);
    m_out += ",\"confidence\":";
    detail::appendJsonDouble(m_out, r.confidence);
    m_out += ",\"correlation_id\":";
    appendJsonString(m_out, r.correlationId);
    m_out += ",\"cost_micros\":";
    appendInt(m_out, r.costMicros);
    m_out += ",\"customer_segment\":";
    appendJsonString(m_out, r.customerSegment);
    m_out += ",\"error_code\":";
    appendJsonString(m_out, r.errorCode);
    m_out += ",\"escalated\":";
    appendBool(m_out, r.escalated);
    m_out += ",\"id\":";
    appendJsonString(m_out, r.id);
    m_out += ",\"input_tokens\":";
    appendInt(m_out, r.inputTokens);
    m_out += ",\"latency_ms\":";
    appendInt(m_out, r.latencyMs);
    m_out += ",\"model\":";
    appendJsonString(m_out, r.model);
    m_out += ",\"output_tokens\":";
    appendInt(m_out, r.outputTokens);
    m_out += ",\"prompt_template\":";
    appendJsonString(m_out, r.promptTemplate);
    m_out += ",\"provider\":";
    appendJsonString(m_out, r.provider);
    m_out += ",\"risk_score\":";
    detail::appendJsonDouble(m_out, r.riskScore);
    m_out += ",\"route\":";
    appendJsonString(m_out, r.route);
    m_out += ",\"safety_flags\":[";
    for (std::size_t i = 0; i < r.safetyFlags.size(); ++i) {
        if (i)
            m_out += ',';
        appendJsonString(m_out, r.safetyFlags[i]);
    }
    m_out += "],\"status\":";
    appendJsonString(m_out, r.status);
    m_out += ",\"team\":";
    appendJsonString(m_out, r.team);
    m_out += ",\"ts\":\"";
    detail::appendRfc3339(m_out, r.ts);
    m_out += "\",\"ttft_ms\":";
    appendInt(m_out, r.ttftMs);
    m_out += ",\"use_case\":";
    appendJsonString(m_out, r.useCase);
    m_out += '}';
}

std::string RequestPageWriter::finish(const std::optional<std::string> &nextCursor)
{
    m_out += "],\"next_cursor\":";
    if (nextCursor)
        detail::appendJsonString(m_out, *nextCursor);
    else
        m_out += "null";
    m_out += '}';
    std::string text = std::move(m_out);
    m_out.clear();
    m_out += "{\"items\":[";
    m_count = 0;
    return text;
}

std::string writeRequestPage(const Page<RequestRecord> &page)
{
    RequestPageWriter writer(page.items.size());
    for (const auto &r : page.items)
        writer.add(r);
    return writer.finish(page.nextCursor);
}

} // namespace keel::domain
