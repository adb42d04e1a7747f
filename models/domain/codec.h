#pragma once
// JSON codecs shared by the console (keel_models) and the reference server (keel-platform).
// Encoding is total. Decoding validates every field: type, presence, range, length, and
// reports the first problem as a DecodeError naming the resource and the field path
// (e.g. resource "requests", field "items[17].cost_micros", message "expected integer").
#include "identity.h"
#include "page.h"
#include "problem.h"
#include "review.h"
#include "slo.h"
#include "spend.h"
#include "telemetry.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace keel::domain {

struct DecodeError {
    std::string resource; // "requests", "review item", "spend", …
    std::string field;    // path inside the document, "" for the document itself
    std::string message;  // what was wrong, e.g. "expected string, got number"
    std::string toString() const; // "requests: items[17].cost_micros: expected integer, got string"
};

template <typename T>
class Decoded {
public:
    Decoded(T value) : m_v(std::move(value)) {}
    Decoded(DecodeError error) : m_v(std::move(error)) {}
    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<0>(m_v); }
    const T &value() const { return std::get<0>(m_v); }
    const DecodeError &error() const { return std::get<1>(m_v); }
private:
    std::variant<T, DecodeError> m_v;
};

// Limits every decoder enforces; a body beyond them is an error, never a crash.
struct DecodeLimits {
    std::size_t maxDepth = 64;                  // JSON nesting
    std::size_t maxIdLength = 256;              // ids, names, codes, enums
    std::size_t maxTextLength = 4 * 1024 * 1024; // prompt, output, snippets, comments
    std::size_t maxItemsPerPage = 10000;
};

// --- encoders (server responses, client request bodies, fixtures) ---
nlohmann::json toJson(const Identity &);
nlohmann::json toJson(const Problem &);
nlohmann::json toJson(const RequestRecord &);
nlohmann::json toJson(const Trace &);
nlohmann::json toJson(const SeriesResponse &);
nlohmann::json toJson(const SpendRow &);
nlohmann::json toJson(const Budget &);
nlohmann::json toJson(const Slo &);
nlohmann::json toJson(const SloStatus &);
nlohmann::json toJson(const ReviewQueue &);
nlohmann::json toJson(const ReviewItem &);
nlohmann::json toJson(const Lease &);
nlohmann::json toJson(const Decision &);
nlohmann::json toJson(const DecisionReceipt &);
nlohmann::json toJson(const FeedbackRecord &);

// Page envelope: {"items": [...], "next_cursor": …}
template <typename T>
nlohmann::json pageToJson(const Page<T> &page);

// --- decoders from text (what comes off the wire). Bulk pages use nlohmann's SAX
// interface so no DOM of the whole page is built. ---
Decoded<Identity> decodeIdentity(std::string_view body, const DecodeLimits & = {});
Decoded<Problem> decodeProblem(std::string_view body, const DecodeLimits & = {});
Decoded<Page<RequestRecord>> decodeRequestPage(std::string_view body, const DecodeLimits & = {});
Decoded<Trace> decodeTrace(std::string_view body, const DecodeLimits & = {});
Decoded<SeriesResponse> decodeSeries(std::string_view body, const DecodeLimits & = {});
Decoded<Page<SpendRow>> decodeSpendPage(std::string_view body, const DecodeLimits & = {});
Decoded<Page<Budget>> decodeBudgetPage(std::string_view body, const DecodeLimits & = {});
Decoded<Page<Slo>> decodeSloPage(std::string_view body, const DecodeLimits & = {});
Decoded<SloStatus> decodeSloStatus(std::string_view body, const DecodeLimits & = {});
Decoded<Page<ReviewQueue>> decodeQueuePage(std::string_view body, const DecodeLimits & = {});
Decoded<Page<ReviewItem>> decodeItemPage(std::string_view body, const DecodeLimits & = {});
Decoded<ReviewItem> decodeItem(std::string_view body, const DecodeLimits & = {});
Decoded<Lease> decodeLease(std::string_view body, const DecodeLimits & = {});
Decoded<Decision> decodeDecision(std::string_view body, const DecodeLimits & = {}); // server side
// Any JSON document within `limits` (depth, string sizes), nothing after it: the server's bodies
// that have no typed decoder (lease renew/release, admin faults) go through the same gate.
Decoded<nlohmann::json> decodeJsonDocument(std::string_view body, const DecodeLimits & = {});
Decoded<DecisionReceipt> decodeDecisionReceipt(std::string_view body, const DecodeLimits & = {});
Decoded<FeedbackRecord> decodeFeedbackLine(std::string_view line, const DecodeLimits & = {});

} // namespace keel::domain
