#include "requestpagehandler.h"

#include <cmath>
#include <limits>

namespace keel::domain::detail {
namespace {

using Field = RequestField;

} // namespace

RequestPageHandler::RequestPageHandler(const DecodeLimits &limits, std::size_t bodySize) : m_limits(limits)
{
    m_predicted.fill(Field::Unknown);
    // Records are ~500 bytes on the wire; reserving avoids re-growing a 100k vector of records.
    m_page.items.reserve(std::min<std::size_t>(bodySize / 400 + 1, limits.maxItemsPerPage));
}

bool RequestPageHandler::null()
{
    switch (m_state) {
    case State::TopValue:
        if (m_topKey == TopKey::NextCursor) {
            m_page.nextCursor.reset();
            m_state = State::Top;
            return true;
        }
        return topScalar("null");
    case State::RecordValue:
        if (m_field == Field::ErrorCode) {
            m_record.errorCode.clear();
            return fieldDone();
        }
        if (m_field == Field::SafetyFlags) {
            m_record.safetyFlags.clear();
            return fieldDone();
        }
        return recordScalar("null");
    case State::Skip: return true;
    default: return unexpected("null");
    }
}

bool RequestPageHandler::boolean(bool v)
{
    if (m_state == State::RecordValue) {
        if (m_field == Field::CacheHit)
            m_record.cacheHit = v;
        else if (m_field == Field::Escalated)
            m_record.escalated = v;
        else
            return recordScalar("boolean");
        return fieldDone();
    }
    return other("boolean");
}

bool RequestPageHandler::number_unsigned(json::number_unsigned_t v)
{
    if (m_state == State::RecordValue && v > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        return m_field == Field::Unknown ? fieldDone() : fail(fieldPath(), "integer out of range");
    return integer(static_cast<std::int64_t>(std::min<std::uint64_t>(v, std::numeric_limits<std::int64_t>::max())), "integer");
}

bool RequestPageHandler::number_float(json::number_float_t v, const string_t &)
{
    if (m_state == State::RecordValue) {
        if (m_field == Field::Confidence || m_field == Field::RiskScore)
            return fraction(v);
        if (m_field == Field::Unknown)
            return fieldDone();
        if (isIntegerField())
            return fail(fieldPath(), "expected integer, got non-integral or out-of-range number");
        return recordScalar("number");
    }
    return other("number");
}

bool RequestPageHandler::string(string_t &v)
{
    if (v.size() > m_limits.maxTextLength)
        return fail(currentPath(), detail::tooLong(v.size(), m_limits.maxTextLength));
    switch (m_state) {
    case State::TopValue:
        if (m_topKey == TopKey::NextCursor) {
            if (v.empty() || v.size() > m_limits.maxIdLength)
                return fail("next_cursor", v.empty() ? std::string("must not be empty")
                                                     : detail::tooLong(v.size(), m_limits.maxIdLength));
            m_page.nextCursor = std::move(v);
            m_state = State::Top;
            return true;
        }
        return topScalar("string");
    case State::RecordValue: return recordString(v);
    case State::InFlags:
        if (v.size() > m_limits.maxIdLength)
            return fail(flagPath(), detail::tooLong(v.size(), m_limits.maxIdLength));
        m_record.safetyFlags.push_back(std::move(v));
        ++m_flagIndex;
        return true;
    case State::Skip: return true;
    default: return unexpected("string");
    }
}

bool RequestPageHandler::start_object(std::size_t)
{
    switch (m_state) {
    case State::Start: m_state = State::Top; return true;
    case State::InItems:
        if (m_page.items.size() >= m_limits.maxItemsPerPage)
            return fail("items", "page has more than " + std::to_string(m_limits.maxItemsPerPage) + " items");
        m_record = RequestRecord{};
        m_seen = 0;
        m_keyPos = 0;
        m_state = State::InRecord;
        return true;
    default: return openContainer("object");
    }
}

bool RequestPageHandler::key(string_t &k)
{
    if (k.size() > m_limits.maxIdLength)
        return fail(currentPath(), "object key of " + std::to_string(k.size()) + " bytes exceeds the limit of "
                                       + std::to_string(m_limits.maxIdLength));
    if (m_state == State::Top) {
        m_topKey = k == "items" ? TopKey::Items : k == "next_cursor" ? TopKey::NextCursor : TopKey::Other;
        m_state = State::TopValue;
    } else if (m_state == State::InRecord) {
        // Records of one page carry their members in the same order, so the field seen at this
        // position in the previous record is almost always the answer.
        const std::size_t pos = m_keyPos++;
        if (pos < m_predicted.size() && m_predicted[pos] != Field::Unknown
            && kRequestFieldNames[static_cast<std::size_t>(m_predicted[pos])] == k) {
            m_field = m_predicted[pos];
        } else {
            m_field = requestFieldNamed(k);
            if (pos < m_predicted.size())
                m_predicted[pos] = m_field;
        }
        m_state = State::RecordValue;
    }
    return true; // keys inside skipped values need no attention
}

bool RequestPageHandler::end_object()
{
    if (m_state == State::Skip)
        return closeSkipped();
    if (m_state == State::InRecord) {
        if ((m_seen & kRequiredRequestFields) != kRequiredRequestFields) {
            for (std::size_t i = 0; i < kRequestFieldCount; ++i)
                if ((kRequiredRequestFields & (1u << i)) && !(m_seen & (1u << i)))
                    return fail(itemPath() + '.' + std::string(kRequestFieldNames[i]), "missing");
        }
        m_page.items.push_back(std::move(m_record));
        m_state = State::InItems;
        return true;
    }
    m_state = State::Done; // the top-level object
    return true;
}

bool RequestPageHandler::start_array(std::size_t)
{
    if (m_state == State::TopValue && m_topKey == TopKey::Items) {
        m_sawItems = true;
        m_state = State::InItems;
        return true;
    }
    if (m_state == State::RecordValue && m_field == Field::SafetyFlags) {
        m_record.safetyFlags.clear();
        m_flagIndex = 0;
        m_state = State::InFlags;
        return true;
    }
    return openContainer("array");
}

bool RequestPageHandler::end_array()
{
    switch (m_state) {
    case State::Skip: return closeSkipped();
    case State::InItems: m_state = State::Top; return true;
    case State::InFlags: return fieldDone();
    default: return unexpected("end of array");
    }
}

bool RequestPageHandler::parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &ex)
{
    m_error.field.clear(); // malformed is the document's problem; see detail::malformedMessage
    m_error.message = detail::malformedMessage(position, ex, currentPath());
    return false;
}

bool RequestPageHandler::fail(std::string field, std::string message)
{
    m_error.field = std::move(field);
    m_error.message = std::move(message);
    return false;
}

std::string RequestPageHandler::fieldPath() const
{
    return m_field == Field::Unknown ? itemPath() : itemPath() + '.' + std::string(kRequestFieldNames[static_cast<int>(m_field)]);
}

std::string RequestPageHandler::currentPath() const
{
    switch (m_returnState == State::InRecord && m_state == State::Skip ? State::InRecord : m_state) {
    case State::TopValue: return m_topKey == TopKey::Items ? "items" : m_topKey == TopKey::NextCursor ? "next_cursor" : "";
    case State::InItems: return "items";
    case State::InRecord: return itemPath();
    case State::RecordValue: return fieldPath();
    case State::InFlags: return flagPath();
    default: return {};
    }
}

bool RequestPageHandler::isIntegerField() const
{
    return m_field >= Field::InputTokens && m_field <= Field::TtftMs;
}

bool RequestPageHandler::fieldDone()
{
    m_seen |= 1u << static_cast<int>(m_field);
    m_state = State::InRecord;
    return true;
}

bool RequestPageHandler::unexpected(const char *what)
{
    if (m_state == State::Start)
        return fail({}, std::string("expected object, got ") + what);
    if (m_state == State::InItems)
        return fail(itemPath(), std::string("expected object, got ") + what);
    if (m_state == State::InFlags)
        return fail(flagPath(), std::string("expected string, got ") + what);
    return fail(currentPath(), std::string("unexpected ") + what);
}

bool RequestPageHandler::topScalar(const char *what)
{
    if (m_topKey == TopKey::Items)
        return fail("items", std::string("expected array, got ") + what);
    if (m_topKey == TopKey::NextCursor)
        return fail("next_cursor", std::string("expected string or null, got ") + what);
    m_state = State::Top; // unknown members are ignored: additive changes must not break clients
    return true;
}

bool RequestPageHandler::other(const char *what)
{
    if (m_state == State::Skip)
        return true;
    if (m_state == State::TopValue)
        return topScalar(what);
    return unexpected(what);
}

const char *RequestPageHandler::expectedFor() const
{
    switch (m_field) {
    case Field::Ts: return "expected RFC 3339 time string, got ";
    case Field::CacheHit: case Field::Escalated: return "expected boolean, got ";
    case Field::Confidence: case Field::RiskScore: return "expected number, got ";
    case Field::SafetyFlags: return "expected array, got ";
    default: return isIntegerField() ? "expected integer, got " : "expected string, got ";
    }
}

bool RequestPageHandler::recordScalar(const char *what)
{
    if (m_field == Field::Unknown)
        return fieldDone();
    return fail(fieldPath(), expectedFor() + std::string(what));
}

bool RequestPageHandler::openContainer(const char *what)
{
    if (m_state == State::Skip) {
        if (++m_skipDepth + m_skipBase > m_limits.maxDepth)
            return fail(currentPath(), "JSON nests deeper than " + std::to_string(m_limits.maxDepth) + " levels");
        return true;
    }
    if ((m_state == State::TopValue && m_topKey == TopKey::Other)
        || (m_state == State::RecordValue && m_field == Field::Unknown)) {
        m_returnState = m_state == State::TopValue ? State::Top : State::InRecord;
        m_skipBase = m_state == State::TopValue ? 1 : 3;
        m_skipDepth = 1;
        m_state = State::Skip;
        return true;
    }
    if (m_state == State::RecordValue)
        return fail(fieldPath(), expectedFor() + std::string(what));
    if (m_state == State::TopValue)
        return topScalar(what);
    return unexpected(what);
}

bool RequestPageHandler::closeSkipped()
{
    if (--m_skipDepth == 0)
        m_state = m_returnState;
    return true;
}

bool RequestPageHandler::integer(std::int64_t v, const char *what)
{
    if (m_state != State::RecordValue)
        return other(what);
    if (m_field == Field::Confidence || m_field == Field::RiskScore)
        return fraction(static_cast<double>(v));
    if (m_field == Field::Unknown)
        return fieldDone();
    if (!isIntegerField())
        return recordScalar(what);
    if (v < 0)
        return fail(fieldPath(), "must not be negative, got " + std::to_string(v));
    switch (m_field) {
    case Field::InputTokens: m_record.inputTokens = v; break;
    case Field::OutputTokens: m_record.outputTokens = v; break;
    case Field::CachedTokens: m_record.cachedTokens = v; break;
    case Field::CostMicros: m_record.costMicros = v; break;
    case Field::LatencyMs: m_record.latencyMs = v; break;
    case Field::TtftMs: m_record.ttftMs = v; break;
    default: break;
    }
    return fieldDone();
}

bool RequestPageHandler::fraction(double v)
{
    if (!std::isfinite(v) || v < 0 || v > 1)
        return fail(fieldPath(), "must be between 0 and 1, got " + detail::formatNumber(v));
    (m_field == Field::Confidence ? m_record.confidence : m_record.riskScore) = v;
    return fieldDone();
}

bool RequestPageHandler::recordString(string_t &v)
{
    switch (m_field) {
    case Field::Unknown: return fieldDone();
    case Field::Ts: {
        const auto t = v.size() <= 64 ? parseRfc3339(v) : std::nullopt;
        if (!t)
            return fail(fieldPath(), "invalid RFC 3339 time " + detail::quoteShort(v));
        m_record.ts = *t;
        return fieldDone();
    }
    case Field::Status:
        if (v != "ok" && v != "error")
            return fail(fieldPath(), "unknown value " + detail::quoteShort(v) + " (expected one of: ok, error)");
        m_record.status = std::move(v);
        return fieldDone();
    default: break;
    }
    std::string *target = nullptr;
    switch (m_field) {
    case Field::Id: target = &m_record.id; break;
    case Field::CorrelationId: target = &m_record.correlationId; break;
    case Field::Route: target = &m_record.route; break;
    case Field::UseCase: target = &m_record.useCase; break;
    case Field::Model: target = &m_record.model; break;
    case Field::Provider: target = &m_record.provider; break;
    case Field::Team: target = &m_record.team; break;
    case Field::CustomerSegment: target = &m_record.customerSegment; break;
    case Field::PromptTemplate: target = &m_record.promptTemplate; break;
    case Field::ErrorCode: target = &m_record.errorCode; break;
    default: return recordScalar("string");
    }
    if (v.size() > m_limits.maxIdLength)
        return fail(fieldPath(), detail::tooLong(v.size(), m_limits.maxIdLength));
    if (v.empty() && (m_field == Field::Id || m_field == Field::CorrelationId))
        return fail(fieldPath(), "must not be empty");
    *target = std::move(v);
    return fieldDone();
}

} // namespace keel::domain::detail
