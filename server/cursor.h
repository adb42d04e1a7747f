#pragma once
// Opaque page cursors: base64url(payload ‖ tag), payload = "kind|v1|v2|…", tag = the 32-byte
// HMAC-SHA256 of the payload under a 256-bit key kept in the data folder's database. A client can
// neither forge nor edit one: unlike the keyed splitmix64 hash used before, the tag does not
// reveal the key (one observed cursor was enough to invert that one and sign any offset).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace keel::platform {

class CursorCodec {
public:
    static constexpr std::size_t kKeyBytes = 32;
    static constexpr std::size_t kTagBytes = 32;

    CursorCodec() = default; // a random key: cursors valid for this process only
    explicit CursorCodec(std::string key) : m_key(std::move(key)) {}
    // kKeyBytes from the OS's CSPRNG (OpenSSL RAND_bytes), for a new data folder.
    static std::string randomKey();

    std::string encode(std::string_view kind, const std::vector<std::int64_t> &values) const;
    // nullopt for anything not produced by encode() with this kind and key.
    std::optional<std::vector<std::int64_t>> decode(std::string_view kind, std::string_view cursor) const;
    // HMAC-SHA256(key, payload): exposed so a test can check it against an independent computation.
    std::string tag(std::string_view payload) const;

private:
    std::string m_key = randomKey();
};

} // namespace keel::platform
