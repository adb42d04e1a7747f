#pragma once
// Internal to keel_domain: typed, path-tracking access to a parsed JSON document.
// Decoders throw FieldFailure deep inside; decodeDocument() turns it into a DecodeError, so each
// type's decoder reads like its wire format instead of a ladder of error checks.
#include "codec.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <span>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace keel::domain::detail {

using json = nlohmann::json;

// The upper bound of counts and durations that have no natural one.
inline constexpr std::int64_t kMaxInt = std::numeric_limits<std::int64_t>::max();

struct FieldFailure {
    std::string field;
    std::string message;
};

// Which length limit a string field obeys, and whether it may be empty.
enum class Str {
    Id,   // non-empty, <= maxIdLength (ids, enums, codes)
    Name, // may be empty, <= maxIdLength (names, routes, labels)
    Text, // may be empty, <= maxTextLength (prompt, output, snippets, comments)
};

std::string typeName(const json &j);
std::string joinPath(const std::string &parent, std::string_view key);
std::string indexPath(const std::string &parent, std::size_t index);
// Quotes a rejected value for an error message, shortened so a hostile value cannot flood logs.
std::string quoteShort(std::string_view value);
std::string formatNumber(double d);
[[noreturn]] void fail(std::string field, std::string message);

// A JSON object being read at `path`. Absent and null are the same for optional fields.
class ObjectReader {
public:
    ObjectReader(const json &j, std::string path, const DecodeLimits &limits);

    const std::string &path() const { return m_path; }
    const DecodeLimits &limits() const { return m_limits; }
    std::string fieldPath(std::string_view key) const { return joinPath(m_path, key); }
    const json *find(std::string_view key) const; // nullptr when absent or null

    std::string str(std::string_view key, Str kind) const;
    std::string optStr(std::string_view key, Str kind) const; // "" when absent/null
    std::string oneOf(std::string_view key, std::span<const std::string_view> allowed) const;
    std::string optOneOf(std::string_view key, std::span<const std::string_view> allowed) const;
    std::int64_t integer(std::string_view key, std::int64_t min, std::int64_t max) const;
    std::optional<std::int64_t> optInteger(std::string_view key, std::int64_t min, std::int64_t max) const;
    double number(std::string_view key, double min, double max) const;
    std::optional<double> optNumber(std::string_view key, double min, double max) const;
    bool boolean(std::string_view key) const;
    UnixMs time(std::string_view key) const;
    std::optional<UnixMs> optTime(std::string_view key) const;
    std::vector<std::string> strList(std::string_view key, Str kind, bool required = false) const;
    std::map<std::string, std::string> strMap(std::string_view key) const;
    ObjectReader object(std::string_view key) const;
    std::optional<ObjectReader> optObject(std::string_view key) const;
    // Calls each(element, elementPath) for every element of a required (or optional) array.
    void array(std::string_view key, const std::function<void(const json &, const std::string &)> &each,
               bool required = true) const;

private:
    const json &require(std::string_view key) const;

    const json &m_j;
    std::string m_path;
    const DecodeLimits &m_limits;
};

// Value checks usable on a bare element (array members, tuple points).
std::string checkString(const json &v, const std::string &path, Str kind, const DecodeLimits &limits);
std::int64_t checkInteger(const json &v, const std::string &path, std::int64_t min, std::int64_t max);
double checkNumber(const json &v, const std::string &path, double min, double max);
UnixMs checkTime(const json &v, const std::string &path);
std::string checkOneOf(const std::string &value, const std::string &path,
                       std::span<const std::string_view> allowed);

std::string tooLong(std::size_t size, std::size_t max);
// "malformed JSON at byte N (in <near>): <reason>", without nlohmann's echo of the input.
std::string malformedMessage(std::size_t position, const nlohmann::detail::exception &ex, const std::string &near);

// Refuses a body holding a string whose JSON spelling alone proves it longer than maxTextLength,
// with one memchr pass and before any parsing, so a 50 MB string is never lexed or copied.
bool rejectHugeStrings(std::string_view body, const DecodeLimits &limits, DecodeError &error);

// nlohmann's lexer reads a NUL byte as the end of the input, so `{"ok":1}\0<anything>` would
// parse as complete. JSON text never holds a raw NUL (in strings it must be escaped): refuse it.
bool rejectNulBytes(std::string_view body, DecodeError &error);

// Parses `body` into a DOM while enforcing limits on depth and string size during parsing.
// On failure fills `error` (resource set by caller) and returns false.
bool parseLimited(std::string_view body, const DecodeLimits &limits, json &out, DecodeError &error);

// Parse, then run `read` on the root; any FieldFailure becomes a DecodeError for `resource`.
template <typename T, typename Read>
Decoded<T> decodeDocument(std::string_view body, const DecodeLimits &limits, const char *resource, Read read)
{
    json root;
    DecodeError error;
    if (!parseLimited(body, limits, root, error)) {
        error.resource = resource;
        return error;
    }
    try {
        return read(root);
    } catch (const FieldFailure &f) {
        return DecodeError{resource, f.field, f.message};
    }
}

// {"items": [...], "next_cursor": string|null} with each element read by `item`.
template <typename T, typename Item>
Page<T> readPage(const json &root, const DecodeLimits &limits, Item item)
{
    const ObjectReader page(root, {}, limits);
    Page<T> out;
    const json *items = page.find("items");
    if (!items)
        fail("items", "missing");
    if (!items->is_array())
        fail("items", "expected array, got " + typeName(*items));
    if (items->size() > limits.maxItemsPerPage)
        fail("items", "page of " + std::to_string(items->size()) + " items exceeds the limit of "
                          + std::to_string(limits.maxItemsPerPage));
    out.items.reserve(items->size());
    for (std::size_t i = 0; i < items->size(); ++i)
        out.items.push_back(item(ObjectReader((*items)[i], indexPath("items", i), limits)));
    if (page.find("next_cursor"))
        out.nextCursor = page.str("next_cursor", Str::Id);
    return out;
}

} // namespace keel::domain::detail
