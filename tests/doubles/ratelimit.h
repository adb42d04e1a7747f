#pragma once
// Per-bucket request budgets (--rate-limit BUCKET=N/60s), counted the way Langfuse's
// rate-limiter-flexible fixed windows count them: a window opens with the first request of the
// bucket and lasts the bucket's duration; once N requests are used the rest get 429 until it ends.
// Buckets are the vendor's own names where it has them (Langfuse: public-api,
// annotation-queues, public-api-legacy, public-api-v2-metrics, ...); "metrics" is short for
// public-api-v2-metrics. With no --rate-limit nothing is limited, as on a self-hosted server.
#include "doubleclock.h"

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace keel::doubles {

struct RateDecision {
    bool limited = false;
    int points = 0;            // the budget per window
    int remaining = 0;         // after this request, never below 0
    std::int64_t msBeforeNext = 0;
};

class RateLimits {
public:
    // "public-api-v2-metrics=5/60s" (s, m, h or d); returns an error text or "".
    std::string add(const std::string &spec);
    bool empty() const { return m_budgets.empty(); }
    // Consumes one point of bucket at nowMs; nullopt when the bucket has no budget.
    std::optional<RateDecision> consume(const std::string &bucket, std::int64_t nowMs);
    void reset();

private:
    struct Budget {
        int points = 0;
        std::int64_t durationMs = 0;
        std::int64_t windowStartMs = 0;
        int used = 0;
        bool open = false;
    };
    std::mutex m_mutex;
    std::map<std::string, Budget> m_budgets;
};

} // namespace keel::doubles
