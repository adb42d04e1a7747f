#pragma once
#include "timeutil.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace keel::domain {

// GET /v1/review/queues → {"items": [ReviewQueue...], "next_cursor": null}
struct ReviewQueue {
    std::string id;          // "id": "claims-high-risk"
    std::string name;        // "name"
    std::string riskTier;    // "risk_tier": "high" | "medium" | "low"
    std::int64_t slaMinutes = 0; // "sla_minutes": time from creation to decision
    std::int64_t pending = 0;    // "counts.pending" (open, unclaimed or lease expired)
    std::int64_t claimed = 0;    // "counts.claimed" (live lease)
    std::int64_t decided = 0;    // "counts.decided"
    std::int64_t escalated = 0;  // "counts.escalated"
    std::optional<UnixMs> oldestPendingAt; // "oldest_pending_at": RFC 3339 | null
};

struct SourceRef {
    std::string title;   // "title"
    std::string snippet; // "snippet"
    std::string uri;     // "uri"
};

struct Lease {
    std::string leaseId;  // "lease_id"
    std::string itemId;   // "item_id"
    std::string holder;   // "holder": user id
    UnixMs expiresAt = 0; // "expires_at"
};

// GET /v1/review/items?queue=&status=pending|claimed|decided|escalated|all&cursor=&limit=
//   → {"items": [ReviewItem...], "next_cursor": …}
// GET /v1/review/items/{id} → ReviewItem
struct ReviewItem {
    std::string id;              // "id": "it_000123"
    std::string queue;           // "queue": queue id
    std::string status;          // "status": "pending" | "claimed" | "decided" | "escalated"
    std::string requestId;       // "request_id"
    std::string correlationId;   // "correlation_id"
    std::string prompt;          // "prompt": untrusted user text
    std::vector<SourceRef> sources; // "sources"
    std::string output;          // "output": untrusted model output
    std::string model;           // "model"
    std::string route;           // "route"
    std::string useCase;         // "use_case"
    std::string promptTemplate;  // "prompt_template"
    // "risk_score" and "confidence", 0..1: always sent by the Platform API; other review sources
    // (Langfuse annotation queues) score neither, and a reviewer must not read 0% risk there.
    std::optional<double> riskScore;
    std::optional<double> confidence;
    std::vector<std::string> policyFlags; // "policy_flags"
    std::string reasonEscalated; // "reason_escalated"
    UnixMs createdAt = 0;        // "created_at"
    UnixMs slaDue = 0;           // "sla_due"
    std::optional<Lease> lease;  // "lease": live lease or null (holder visible to everyone)
    UnixMs updatedAt = 0;        // "updated_at": for incremental sync
    // Not on the wire: how a source other than the platform names the item to people ("Trace
    // 3f2a9c1e…"), where its id is a composite key. Empty: the id is the name.
    std::string label;
};

enum class DecisionAction { Approve, Edit, Escalate, Reject };
std::string_view toString(DecisionAction a);              // "approve" | "edit" | "escalate" | "reject"
std::optional<DecisionAction> decisionActionFromString(std::string_view s);

// POST /v1/review/items/{id}/decision, header Idempotency-Key: <uuid>
//   201 → DecisionReceipt; replay with same key + same body → same status and body;
//   same key + different body → 422; 409 held by other; 410 lease expired; 422 invalid.
struct Decision {
    std::string leaseId;        // "lease_id"
    DecisionAction action = DecisionAction::Approve; // "action"
    std::string editedOutput;   // "edited_output": required for edit
    std::string escalationTier; // "escalation.tier": "tier2" | "legal" | "safety" (escalate)
    std::string escalationReason; // "escalation.reason": reason code (escalate)
    std::string rejectReason;   // "reject_reason": reason code (reject)
    std::vector<std::string> labels;        // "labels"
    std::map<std::string, int> rubric;      // "rubric": criterion → 1..5
    std::string comment;        // "comment"
    std::int64_t timeSpentMs = 0; // "time_spent_ms": reviewer's working time on the item
};

struct DecisionReceipt {
    std::string decisionId; // "decision_id"
    std::string itemId;     // "item_id"
    std::string action;     // "action"
    UnixMs decidedAt = 0;   // "decided_at"
    std::string itemStatus; // "item_status": "decided" | "escalated"
};

// GET /v1/review/feedback?since=RFC3339 → application/x-ndjson, one FeedbackRecord per line
struct FeedbackRecord {
    std::string decisionId;   // "decision_id"
    std::string itemId;       // "item_id"
    std::string requestId;    // "request_id"
    std::string correlationId; // "correlation_id"
    std::string queue;        // "queue"
    std::string reviewer;     // "reviewer"
    std::string action;       // "action"
    std::string originalOutput; // "original_output"
    std::string editedOutput; // "edited_output"
    std::string escalationTier;   // "escalation.tier"
    std::string escalationReason; // "escalation.reason"
    std::string rejectReason; // "reject_reason"
    std::vector<std::string> labels; // "labels"
    std::map<std::string, int> rubric; // "rubric"
    std::string comment;      // "comment"
    UnixMs claimedAt = 0;     // "claimed_at"
    UnixMs decidedAt = 0;     // "decided_at"
    std::int64_t timeSpentMs = 0; // "time_spent_ms"
    std::string idempotencyKey; // "idempotency_key"
};

} // namespace keel::domain
