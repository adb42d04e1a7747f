#include "cursor.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <charconv>
#include <stdexcept>

namespace keel::platform {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string base64url(std::string_view in)
{
    std::string out;
    std::uint32_t buf = 0;
    int bits = 0;
    for (unsigned char ch : in) {
        buf = (buf << 8) | ch;
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            out.push_back(kAlphabet[(buf >> bits) & 0x3f]);
        }
    }
    if (bits > 0)
        out.push_back(kAlphabet[(buf << (6 - bits)) & 0x3f]);
    return out;
}

std::optional<std::string> unbase64url(std::string_view in)
{
    std::string out;
    std::uint32_t buf = 0;
    int bits = 0;
    for (char ch : in) {
        int v = -1;
        if (ch >= 'A' && ch <= 'Z') v = ch - 'A';
        else if (ch >= 'a' && ch <= 'z') v = ch - 'a' + 26;
        else if (ch >= '0' && ch <= '9') v = ch - '0' + 52;
        else if (ch == '-') v = 62;
        else if (ch == '_') v = 63;
        else return std::nullopt;
        buf = (buf << 6) | static_cast<std::uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((buf >> bits) & 0xff));
        }
    }
    return out;
}

} // namespace

std::string CursorCodec::randomKey()
{
    std::string key(kKeyBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), int(key.size())) != 1)
        throw std::runtime_error("no random bytes for the cursor key (OpenSSL RAND_bytes failed)");
    return key;
}

std::string CursorCodec::tag(std::string_view payload) const
{
    std::string out(kTagBytes, '\0');
    unsigned int len = 0;
    if (!HMAC(EVP_sha256(), m_key.data(), int(m_key.size()), reinterpret_cast<const unsigned char *>(payload.data()),
              payload.size(), reinterpret_cast<unsigned char *>(out.data()), &len)
        || len != kTagBytes)
        throw std::runtime_error("HMAC-SHA256 failed");
    return out;
}

std::string CursorCodec::encode(std::string_view kind, const std::vector<std::int64_t> &values) const
{
    // Appended piece by piece: `"|" + std::to_string(v)` trips GCC 12's false -Wrestrict at -O2+.
    std::string payload(kind);
    for (std::int64_t v : values) {
        payload += '|';
        payload += std::to_string(v);
    }
    payload += tag(payload);
    return base64url(payload);
}

std::optional<std::vector<std::int64_t>> CursorCodec::decode(std::string_view kind, std::string_view cursor) const
{
    if (cursor.empty() || cursor.size() > 256)
        return std::nullopt;
    const auto raw = unbase64url(cursor);
    if (!raw)
        return std::nullopt;
    if (raw->size() <= kTagBytes)
        return std::nullopt;
    const std::string_view payload(raw->data(), raw->size() - kTagBytes);
    const std::string given = raw->substr(payload.size());
    // Constant time, so the tag cannot be guessed byte by byte from response timings.
    if (CRYPTO_memcmp(given.data(), tag(payload).data(), kTagBytes) != 0)
        return std::nullopt;
    if (payload.substr(0, kind.size()) != kind)
        return std::nullopt;
    std::vector<std::int64_t> values;
    std::string_view rest = payload.substr(kind.size());
    while (!rest.empty()) {
        if (rest[0] != '|')
            return std::nullopt;
        rest.remove_prefix(1);
        const auto next = rest.find('|');
        const std::string_view part = rest.substr(0, next);
        std::int64_t v = 0;
        if (auto r = std::from_chars(part.data(), part.data() + part.size(), v); r.ec != std::errc() || r.ptr != part.data() + part.size())
            return std::nullopt;
        values.push_back(v);
        rest = next == std::string_view::npos ? std::string_view() : rest.substr(next);
    }
    return values;
}

} // namespace keel::platform
