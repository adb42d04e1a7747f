#pragma once
// Internal to keel_domain: a fast decoder for request pages in the shape keel-platform writes
// (RequestPageWriter's text, whitespace allowed). It accepts only what it can decode to exactly
// the result of the SAX decoder (RequestPageHandler) and returns nullopt on anything else:
// escapes, non-ASCII text, unknown or repeated members, out-of-range values, malformed JSON. The
// caller then runs the SAX decoder, which gives the precise error or the result. So the fast path
// changes speed only, never what is accepted or how a bad page is reported.
#include "codec.h"

#include <optional>
#include <string_view>

namespace keel::domain::detail {

std::optional<Page<RequestRecord>> fastDecodeRequestPage(std::string_view body, const DecodeLimits &limits);
// The SAX decoder alone (what decodeRequestPage falls back to), for comparing the two in tests.
Decoded<Page<RequestRecord>> saxDecodeRequestPage(std::string_view body, const DecodeLimits &limits);

} // namespace keel::domain::detail
