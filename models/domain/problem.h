#pragma once
// RFC 9457 problem details: every 4xx/5xx body is application/problem+json.
#include <string>
#include <vector>

namespace keel::domain {

struct FieldProblem {
    std::string field;   // "field": JSON pointer-ish path of the offending input, e.g. "action" or "escalation.tier"
    std::string message; // "message"
};

// {"type": "https://keel.dev/problems/lease-held", "title": "Item is held by another reviewer",
//  "status": 409, "detail": "...", "instance": "/v1/review/items/it_42/claim",
//  "errors": [{"field": "...", "message": "..."}],
//  extension members used by the contract: "holder", "expires_at" (409 lease-held)}
// 429/503 carry a Retry-After header (seconds) rather than a body member.
struct Problem {
    std::string type;
    std::string title;
    int status = 0;
    std::string detail;
    std::string instance;
    std::vector<FieldProblem> errors;
    std::string holder;     // 409 lease-held: the reviewer who holds the lease
    std::string expiresAt;  // 409 lease-held: RFC 3339 time the holder's lease ends
};

} // namespace keel::domain
