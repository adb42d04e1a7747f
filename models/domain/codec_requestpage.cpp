// The bulk path: decodeRequestPage runs detail::RequestPageHandler (SAX, no DOM) over the page.
#include "codec_readers.h"
#include "requestpagehandler.h"

namespace keel::domain {

Decoded<Page<RequestRecord>> decodeRequestPage(std::string_view body, const DecodeLimits &limits)
{
    DecodeError huge;
    if (detail::rejectHugeStrings(body, limits, huge)) {
        huge.resource = "requests";
        return huge;
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

} // namespace keel::domain
