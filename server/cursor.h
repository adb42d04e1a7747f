#pragma once
// Opaque page cursors: base64url("kind|v1|v2|…|mac"). The MAC is a keyed hash with a secret
// kept in the database, so a client cannot forge or edit a cursor (an integrity check against
// garbage and tampering, not a security boundary).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace keel::platform {

class CursorCodec {
public:
    explicit CursorCodec(std::uint64_t secret = 0) : m_secret(secret) {}
    std::string encode(std::string_view kind, const std::vector<std::int64_t> &values) const;
    // nullopt for anything not produced by encode() with this kind and secret.
    std::optional<std::vector<std::int64_t>> decode(std::string_view kind, std::string_view cursor) const;

private:
    std::uint64_t mac(std::string_view payload) const;
    std::uint64_t m_secret;
};

} // namespace keel::platform
