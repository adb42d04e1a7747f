// Codecs for identity and problem details, the page envelope, and DecodeError's text.
#include "codec_readers.h"

namespace keel::domain {
namespace {
using detail::json;
using detail::ObjectReader;
using detail::Str;
} // namespace

std::string DecodeError::toString() const
{
    std::string s = resource.empty() ? std::string("response") : resource;
    s += ": ";
    if (!field.empty())
        s += field + ": ";
    s += message;
    return s;
}

json toJson(const Identity &i)
{
    return json{{"user", i.user}, {"display_name", i.displayName}, {"roles", i.roles}, {"api_version", i.apiVersion}};
}

Decoded<Identity> decodeIdentity(std::string_view body, const DecodeLimits &limits)
{
    return detail::decodeDocument<Identity>(body, limits, "whoami", [&](const json &root) {
        const ObjectReader o(root, {}, limits);
        Identity i;
        i.user = o.str("user", Str::Id);
        i.displayName = o.str("display_name", Str::Name);
        o.array("roles", [&](const json &el, const std::string &path) {
            i.roles.push_back(detail::checkOneOf(detail::checkString(el, path, Str::Id, limits), path, detail::kRoles));
        });
        i.apiVersion = o.str("api_version", Str::Id);
        // "MAJOR.MINOR": the console compares the major; anything else is not a version it can judge.
        const auto dot = i.apiVersion.find('.');
        const bool digitsOnly = i.apiVersion.find_first_not_of("0123456789.") == std::string::npos;
        if (dot == 0 || dot == std::string::npos || dot + 1 == i.apiVersion.size() || !digitsOnly
            || i.apiVersion.find('.', dot + 1) != std::string::npos)
            detail::fail("api_version", "expected \"MAJOR.MINOR\", got " + detail::quoteShort(i.apiVersion));
        return i;
    });
}

json toJson(const Problem &p)
{
    json j{{"type", p.type}, {"title", p.title}, {"status", p.status}, {"detail", p.detail}};
    if (!p.instance.empty())
        j["instance"] = p.instance;
    if (!p.errors.empty()) {
        json errors = json::array();
        for (const FieldProblem &e : p.errors)
            errors.push_back({{"field", e.field}, {"message", e.message}});
        j["errors"] = std::move(errors);
    }
    if (!p.holder.empty())
        j["holder"] = p.holder;
    if (!p.expiresAt.empty())
        j["expires_at"] = p.expiresAt;
    return j;
}

Decoded<Problem> decodeProblem(std::string_view body, const DecodeLimits &limits)
{
    // RFC 9457 makes every member optional, and a proxy in front of the platform may send a terse
    // one; so read what is there, type-checked, and default the rest.
    return detail::decodeDocument<Problem>(body, limits, "problem", [&](const json &root) {
        const ObjectReader o(root, {}, limits);
        Problem p;
        p.type = o.find("type") ? o.str("type", Str::Text) : std::string("about:blank");
        p.title = o.optStr("title", Str::Text);
        p.status = static_cast<int>(o.optInteger("status", 100, 599).value_or(0));
        p.detail = o.optStr("detail", Str::Text);
        p.instance = o.optStr("instance", Str::Text);
        o.array("errors", [&](const json &el, const std::string &path) {
            const ObjectReader e(el, path, limits);
            p.errors.push_back({e.optStr("field", Str::Text), e.optStr("message", Str::Text)});
        }, false);
        p.holder = o.optStr("holder", Str::Id);
        if (o.find("expires_at")) {
            detail::checkTime(*o.find("expires_at"), "expires_at");
            p.expiresAt = o.str("expires_at", Str::Id);
        }
        return p;
    });
}

template <typename T>
json pageToJson(const Page<T> &page)
{
    json items = json::array();
    for (const T &item : page.items)
        items.push_back(toJson(item));
    return json{{"items", std::move(items)}, {"next_cursor", page.nextCursor ? json(*page.nextCursor) : json(nullptr)}};
}

// Every paged resource of the contract; other instantiations would not link, on purpose.
template json pageToJson(const Page<RequestRecord> &);
template json pageToJson(const Page<SpendRow> &);
template json pageToJson(const Page<Budget> &);
template json pageToJson(const Page<Slo> &);
template json pageToJson(const Page<ReviewQueue> &);
template json pageToJson(const Page<ReviewItem> &);

} // namespace keel::domain
