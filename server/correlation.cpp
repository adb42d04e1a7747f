#include "correlation.h"

#include "rng.h"

#include <charconv>
#include <cstdio>

namespace keel::platform {
namespace {

constexpr int kRounds = 4;

std::uint32_t roundFn(std::uint32_t half, std::uint64_t seed, int round)
{
    return static_cast<std::uint32_t>(mix(seed + static_cast<std::uint64_t>(round) * 0x9e37ULL, half));
}

std::uint64_t permute(std::uint64_t seed, std::uint64_t v)
{
    std::uint32_t l = static_cast<std::uint32_t>(v >> 32), r = static_cast<std::uint32_t>(v);
    for (int i = 0; i < kRounds; ++i) {
        const std::uint32_t nl = r;
        r = l ^ roundFn(r, seed, i);
        l = nl;
    }
    return (static_cast<std::uint64_t>(l) << 32) | r;
}

std::uint64_t unpermute(std::uint64_t seed, std::uint64_t v)
{
    std::uint32_t l = static_cast<std::uint32_t>(v >> 32), r = static_cast<std::uint32_t>(v);
    for (int i = kRounds - 1; i >= 0; --i) {
        const std::uint32_t nr = l;
        l = r ^ roundFn(l, seed, i);
        r = nr;
    }
    return (static_cast<std::uint64_t>(l) << 32) | r;
}

bool parseHex64(std::string_view s, std::uint64_t &out)
{
    if (s.size() != 16)
        return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    const auto res = std::from_chars(s.data(), s.data() + s.size(), out, 16);
    return res.ec == std::errc() && res.ptr == s.data() + s.size();
}

} // namespace

std::string requestIdFor(std::int64_t rowId)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "rq_%012lld", static_cast<long long>(rowId));
    return buf;
}

std::optional<std::int64_t> rowIdFromRequestId(std::string_view id)
{
    if (id.size() < 4 || id.size() > 24 || id.substr(0, 3) != "rq_")
        return std::nullopt;
    std::int64_t v = 0;
    const auto *b = id.data() + 3, *e = id.data() + id.size();
    const auto res = std::from_chars(b, e, v);
    if (res.ec != std::errc() || res.ptr != e || v < 0)
        return std::nullopt;
    return v;
}

std::string correlationIdFor(std::uint64_t seed, std::int64_t rowId)
{
    const std::uint64_t p = permute(seed, static_cast<std::uint64_t>(rowId));
    char buf[40];
    std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(p),
                  static_cast<unsigned long long>(mix(seed, p)));
    return buf;
}

std::optional<std::int64_t> rowIdFromCorrelationId(std::uint64_t seed, std::string_view correlationId)
{
    std::uint64_t p = 0, check = 0;
    if (correlationId.size() != 32 || !parseHex64(correlationId.substr(0, 16), p)
        || !parseHex64(correlationId.substr(16), check) || check != mix(seed, p))
        return std::nullopt;
    const std::uint64_t row = unpermute(seed, p);
    if (row > static_cast<std::uint64_t>(INT64_MAX))
        return std::nullopt;
    return static_cast<std::int64_t>(row);
}

} // namespace keel::platform
