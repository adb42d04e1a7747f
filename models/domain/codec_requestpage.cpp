// The bulk path: pages in keel-platform's own shape take detail::fastDecodeRequestPage; anything
// else (or anything it is unsure of) runs detail::RequestPageHandler (SAX, no DOM), which gives
// the same result or the precise error.
#include "codec_readers.h"
#include "requestpagefastpath.h"
#include "requestpagehandler.h"

namespace keel::domain {

Decoded<Page<RequestRecord>> decodeRequestPage(std::string_view body, const DecodeLimits &limits)
{
    DecodeError huge;
    if (detail::rejectHugeStrings(body, limits, huge)) {
        huge.resource = "requests";
        return huge;
    }
    if (auto fast = detail::fastDecodeRequestPage(body, limits))
        return std::move(*fast);
    return detail::saxDecodeRequestPage(body, limits);
}

namespace detail {
Decoded<Page<RequestRecord>> saxDecodeRequestPage(std::string_view body, const DecodeLimits &limits)
{
    if (DecodeError nul; detail::rejectNulBytes(body, nul)) {
        nul.resource = "requests";
        return nul;
    }
    detail::RequestPageHandler handler(limits, body.size());
    if (!detail::json::sax_parse(body.begin(), body.end(), &handler)) {
        DecodeError error = std::move(handler.error());
        error.resource = "requests";
        if (error.message.empty())
            error.message = "malformed JSON";
        return error;
    }
    if (!handler.sawItems())
        return DecodeError{"requests", "items", "missing"};
    return std::move(handler.page());
}
} // namespace detail

} // namespace keel::domain
