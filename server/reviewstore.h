#pragma once
// Review items, leases and decisions. Every state change is one BEGIN IMMEDIATE transaction:
// two reviewers racing for an item serialise on the database, exactly one wins, and a decision
// with its audit row, feedback record and idempotency record lands whole or not at all.
#include <domain/page.h>
#include <domain/review.h>

#include <cstdint>
#include <optional>
#include <string>

namespace keel::platform {

struct PlatformState;

struct ItemFilter {
    std::string queue;  // "" = all
    std::string status; // "" or "all", pending, claimed, decided, escalated
    std::optional<std::int64_t> updatedSince;
    std::optional<std::pair<std::int64_t, std::string>> after; // cursor: (updated_at, id)
    std::int64_t limit = 100;
};

struct StoredResponse {
    int status = 0;
    std::string body; // JSON
    bool replayed = false;
};

class ReviewStore {
public:
    explicit ReviewStore(PlatformState &state) : m_state(state) {}

    std::optional<domain::ReviewItem> item(const std::string &id) const;
    // Items ordered by (updated_at, id); fills `next` with the last item's key when more remain.
    domain::Page<domain::ReviewItem> list(const ItemFilter &filter, std::optional<std::pair<std::int64_t, std::string>> &next) const;
    std::vector<domain::ReviewQueue> queues() const;
    bool queueExists(const std::string &id) const;

    domain::Lease claim(const std::string &itemId, const std::string &user, const std::string &requestId);
    domain::Lease renew(const std::string &itemId, const std::string &user, const std::string &leaseId,
                        const std::string &requestId);
    void release(const std::string &itemId, const std::string &user, const std::string &leaseId,
                 const std::string &requestId);
    // `canonicalBody` is the decision body re-serialised (key order and whitespace normalised).
    StoredResponse decide(const std::string &itemId, const std::string &user, const std::string &idempotencyKey,
                          const std::string &canonicalBody, const domain::Decision &decision,
                          const std::string &requestId);

    // NDJSON of decisions at or after sinceMs, or strictly after (decidedAt, seq) when a cursor
    // position is given; `last` receives the position of the final line (for the next cursor).
    std::string feedbackSince(std::int64_t sinceMs, std::int64_t limit, const std::optional<std::pair<std::int64_t, std::int64_t>> &after,
                              std::int64_t &lines, std::pair<std::int64_t, std::int64_t> &last) const;

private:
    PlatformState &m_state;
};

} // namespace keel::platform
