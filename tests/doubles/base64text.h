#pragma once
// Base64 for the doubles: Basic auth credentials and opaque page cursors.
#include <optional>
#include <string>

namespace keel::doubles {

std::string base64Encode(const std::string &bytes, bool urlSafe = false);
// Standard or URL-safe alphabet, padding optional; nullopt on any other character.
std::optional<std::string> base64Decode(const std::string &text);

} // namespace keel::doubles
