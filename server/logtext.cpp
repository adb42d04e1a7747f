#include "logtext.h"

namespace keel::platform {

std::string escapeForLog(std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size());
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7f || c == '\\') {
            out += "\\x";
            out += kHex[c >> 4];
            out += kHex[c & 0xf];
        } else {
            out += ch; // UTF-8 passes through: paths may name things in any language
        }
    }
    return out;
}

} // namespace keel::platform
