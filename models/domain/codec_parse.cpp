// Limited DOM parsing: nlohmann's own DOM builder behind a SAX filter that stops the parse as soon
// as a document nests too deep or carries an oversized string. The parser itself is iterative, so a
// "[[[[…" bomb is refused at maxDepth without recursion, and a huge string never enters a DOM.
#include "codec_common.h"
#include "jsonsaxpath.h"

#include <cctype>
#include <cstring>

namespace keel::domain::detail {
namespace {

class LimitedDomBuilder {
public:
    using Dom = nlohmann::detail::json_sax_dom_parser<json>;
    using string_t = json::string_t;
    using binary_t = json::binary_t;

    LimitedDomBuilder(json &root, const DecodeLimits &limits, DecodeError &error)
        : m_dom(root, false), m_limits(limits), m_error(error) {}

    bool null() { m_path.value(); return m_dom.null(); }
    bool boolean(bool v) { m_path.value(); return m_dom.boolean(v); }
    bool number_integer(json::number_integer_t v) { m_path.value(); return m_dom.number_integer(v); }
    bool number_unsigned(json::number_unsigned_t v) { m_path.value(); return m_dom.number_unsigned(v); }
    bool number_float(json::number_float_t v, const string_t &s) { m_path.value(); return m_dom.number_float(v, s); }
    bool string(string_t &v)
    {
        m_path.value();
        if (v.size() > m_limits.maxTextLength)
            return refuse(m_path.path(), tooLong(v.size(), m_limits.maxTextLength));
        return m_dom.string(v);
    }
    bool binary(binary_t &v) { return m_dom.binary(v); }
    bool start_object(std::size_t n)
    {
        m_path.value();
        if (m_path.depth() >= m_limits.maxDepth)
            return refuse(m_path.path(), deeper(m_limits.maxDepth));
        m_path.push(false);
        return m_dom.start_object(n);
    }
    bool key(string_t &k)
    {
        if (k.size() > m_limits.maxIdLength)
            return refuse(m_path.path(), "object key of " + std::to_string(k.size()) + " bytes exceeds the limit of "
                                             + std::to_string(m_limits.maxIdLength));
        m_path.key(k);
        return m_dom.key(k);
    }
    bool end_object() { m_path.pop(); return m_dom.end_object(); }
    bool start_array(std::size_t n)
    {
        m_path.value();
        if (m_path.depth() >= m_limits.maxDepth)
            return refuse(m_path.path(), deeper(m_limits.maxDepth));
        m_path.push(true);
        return m_dom.start_array(n);
    }
    bool end_array() { m_path.pop(); return m_dom.end_array(); }
    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &ex)
    {
        // A document that does not parse is a problem of the whole document (field ""), which is
        // how callers tell malformed (HTTP 400) from a bad field (422); where it broke goes in the text.
        m_error.field.clear();
        m_error.message = malformedMessage(position, ex, m_path.path());
        return false;
    }

private:
    bool refuse(std::string field, std::string message)
    {
        m_error.field = std::move(field);
        m_error.message = std::move(message);
        return false;
    }
    static std::string deeper(std::size_t max)
    {
        return "JSON nests deeper than " + std::to_string(max) + " levels";
    }

    Dom m_dom;
    const DecodeLimits &m_limits;
    DecodeError &m_error;
    SaxPath m_path;
};

} // namespace

std::string tooLong(std::size_t size, std::size_t max)
{
    return "string of " + std::to_string(size) + " bytes exceeds the limit of " + std::to_string(max);
}

std::string malformedMessage(std::size_t position, const nlohmann::detail::exception &ex, const std::string &near)
{
    // nlohmann's text is "[json.exception.parse_error.101] parse error at line 1, column 7: syntax
    // error while parsing value - invalid literal; last read: '…'". Keep the reason, drop the prefix
    // and the echoed input (it may be a prompt or model output, which must never reach a log).
    std::string what = ex.what();
    if (const auto colon = what.find(": "); what.rfind("[json.exception.parse_error", 0) == 0 && colon != std::string::npos)
        what.erase(0, colon + 2);
    else if (const auto bracket = what.find("] "); bracket != std::string::npos)
        what.erase(0, bracket + 2);
    if (const auto last = what.find("; last read: "); last != std::string::npos) {
        // What follows the echoed token is nlohmann's own "; expected <token kind>": keep that.
        const auto expected = what.rfind("; expected ");
        what.erase(last, expected != std::string::npos && expected > last ? expected - last : std::string::npos);
    }
    std::string where = "malformed JSON at byte " + std::to_string(position);
    if (!near.empty())
        where += " (in " + near + ")";
    return where + ": " + what;
}

bool rejectHugeStrings(std::string_view body, const DecodeLimits &limits, DecodeError &error)
{
    // Decoded text is at least a sixth of its JSON spelling (\uXXXX is 6 bytes for >= 1), so only a
    // string spelled in more than 6 × maxTextLength bytes is certainly too long; shorter bodies skip
    // the scan, and the SAX string callbacks catch everything between.
    const std::size_t certain = 6 * limits.maxTextLength;
    if (body.size() <= certain)
        return false;
    const char *const begin = body.data();
    const char *const end = begin + body.size();
    const char *p = begin;
    while (p < end) {
        const char *open = static_cast<const char *>(std::memchr(p, '"', std::size_t(end - p)));
        if (!open)
            return false;
        const char *close = open + 1;
        for (;;) {
            close = static_cast<const char *>(std::memchr(close, '"', std::size_t(end - close)));
            if (!close)
                return false; // unterminated: the parser reports it
            std::size_t backslashes = 0;
            while (close - backslashes > open + 1 && close[-1 - std::ptrdiff_t(backslashes)] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                break;
            ++close;
        }
        const std::size_t length = std::size_t(close - open - 1);
        if (length > certain) {
            // Name the member when the string is a value ("key": "…"), without echoing its text.
            std::string member;
            const char *q = open;
            while (q > begin && std::isspace(static_cast<unsigned char>(q[-1])))
                --q;
            if (q > begin && q[-1] == ':') {
                --q;
                while (q > begin && std::isspace(static_cast<unsigned char>(q[-1])))
                    --q;
                if (q > begin && q[-1] == '"') {
                    const char *keyEnd = q - 1;
                    const char *keyBegin = keyEnd;
                    while (keyBegin > begin && keyBegin[-1] != '"' && keyEnd - keyBegin < 257)
                        --keyBegin;
                    member = " (member " + quoteShort(std::string_view(keyBegin, std::size_t(keyEnd - keyBegin))) + ")";
                }
            }
            error.field.clear();
            error.message = "string of " + std::to_string(length) + " bytes at byte " + std::to_string(open - begin)
                + member + " exceeds the limit of " + std::to_string(limits.maxTextLength);
            return true;
        }
        p = close + 1;
    }
    return false;
}

bool rejectNulBytes(std::string_view body, DecodeError &error)
{
    const std::size_t at = body.find('\0');
    if (at == std::string_view::npos)
        return false;
    error.field.clear();
    error.message = "NUL byte at byte " + std::to_string(at) + " (JSON text has none; nothing may follow the document)";
    return true;
}

bool parseLimited(std::string_view body, const DecodeLimits &limits, json &out, DecodeError &error)
{
    if (rejectNulBytes(body, error) || rejectHugeStrings(body, limits, error))
        return false;
    LimitedDomBuilder builder(out, limits, error);
    const bool ok = json::sax_parse(body.begin(), body.end(), &builder);
    if (!ok && error.message.empty())
        error.message = "malformed JSON";
    return ok;
}

} // namespace keel::domain::detail

namespace keel::domain {

Decoded<nlohmann::json> decodeJsonDocument(std::string_view body, const DecodeLimits &limits)
{
    nlohmann::json root;
    DecodeError error;
    if (!detail::parseLimited(body, limits, root, error)) {
        error.resource = "body";
        return error;
    }
    return root;
}

} // namespace keel::domain
