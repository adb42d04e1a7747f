#pragma once
// The bulk request page written as JSON text directly, without a DOM: byte for byte what
// pageToJson(page).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) gives (sorted
// keys, nlohmann's escaping and shortest round-trip doubles, RFC 3339 times), at a fraction of
// the cost. keel-platform serves request pages with it; tst_domain_pagewriter proves the equality.
#include "page.h"
#include "telemetry.h"

#include <cstddef>
#include <optional>
#include <string>

namespace keel::domain {

class RequestPageWriter {
public:
    // `expectedRecords` only sizes the buffer up front (about 520 bytes a record).
    explicit RequestPageWriter(std::size_t expectedRecords = 0);

    void add(const RequestRecord &record);
    std::size_t count() const { return m_count; }
    // Closes the page and hands over its text; the writer starts a new, empty page.
    std::string finish(const std::optional<std::string> &nextCursor);

private:
    std::string m_out;
    std::size_t m_count = 0;
};

std::string writeRequestPage(const Page<RequestRecord> &page);

namespace detail {
// The pieces, exposed for the writer's tests.
void appendJsonString(std::string &out, std::string_view text);
void appendJsonDouble(std::string &out, double value);
void appendRfc3339(std::string &out, UnixMs ms);
} // namespace detail

} // namespace keel::domain
