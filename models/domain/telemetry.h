#pragma once
#include "timeutil.h"
#include "money.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace keel::domain {

// One inference request as the platform's gateway recorded it.
// GET /v1/telemetry/requests?since=RFC3339&until=RFC3339&cursor=&limit=(1..5000, default 1000)
// → {"items": [RequestRecord...], "next_cursor": "opaque" | null}
// Ordered by (ts, id) ascending; `since` is inclusive, `until` exclusive.
struct RequestRecord {
    std::string id;              // "id": "rq_000000000123"
    UnixMs ts = 0;               // "ts": RFC 3339
    std::string correlationId;   // "correlation_id": opaque, e.g. "9f2e4b7a…" (the reference server: 32 hex)
    std::string route;           // "route": "/chat", "/search", "/claims/triage", "/summarize", "/embed"
    std::string useCase;         // "use_case": "knowledge_assistant", "customer_search", "claims_triage", ...
    std::string model;           // "model": "gpt-4o-mini", ...
    std::string provider;        // "provider": "openai", "anthropic", "self_hosted"
    std::string team;            // "team"
    std::string customerSegment; // "customer_segment": "enterprise", "smb", "internal", "public_sector"
    std::string promptTemplate;  // "prompt_template": "name@version", e.g. "claims-triage@v7"
    std::int64_t inputTokens = 0;  // "input_tokens"
    std::int64_t outputTokens = 0; // "output_tokens"
    std::int64_t cachedTokens = 0; // "cached_tokens" (input tokens served from the provider's prompt cache)
    Micros costMicros = 0;       // "cost_micros": integer USD micro-dollars
    std::int64_t latencyMs = 0;  // "latency_ms": edge to last byte
    std::int64_t ttftMs = 0;     // "ttft_ms": time to first token
    std::string status;          // "status": "ok" | "error"
    std::string errorCode;       // "error_code": "" when ok, else e.g. "upstream_timeout", "rate_limited", "content_filter"
    bool cacheHit = false;       // "cache_hit": answered from the semantic response cache
    std::vector<std::string> safetyFlags; // "safety_flags": e.g. ["pii", "jailbreak_attempt"]
    double confidence = 1.0;     // "confidence": 0..1
    double riskScore = 0.0;      // "risk_score": 0..1
    bool escalated = false;      // "escalated": sent to human review
};

// GET /v1/telemetry/traces/{correlation_id} → Trace; 404 problem when unknown.
struct Span {
    std::string spanId;     // "span_id"
    std::string parentId;   // "parent_id" ("" for the root)
    std::string name;       // "name": "edge", "auth", "retrieval", "rerank", "prompt.render", "llm.generate", "safety.check", "response"
    std::string kind;       // "kind": "server" | "internal" | "client"
    UnixMs start = 0;       // "start": RFC 3339
    std::int64_t durationMs = 0; // "duration_ms"
    std::string status;     // "status": "ok" | "error"
    std::map<std::string, std::string> attributes; // "attributes": flat string map
};
struct RetrievedChunk {
    std::string chunkId;    // "chunk_id"
    std::string documentId; // "document_id"
    double score = 0;       // "score"
    std::string snippet;    // "snippet"
};
struct SourceDocument {
    std::string documentId; // "document_id"
    std::string title;      // "title"
    std::string uri;        // "uri"
    std::string version;    // "version"
};
struct Trace {
    std::string correlationId;              // "correlation_id"
    RequestRecord request;                  // "request"
    std::vector<Span> spans;                // "spans", root first, then by start
    std::string promptTemplate;             // "lineage.prompt_template"
    std::vector<RetrievedChunk> chunks;     // "lineage.retrieved_chunks"
    std::vector<SourceDocument> documents;  // "lineage.source_documents"
    std::optional<std::string> reviewItemId; // "review.item_id" when the request was escalated
    std::optional<std::string> reviewAction; // "review.action" once decided
    // Not in the platform's JSON: what other trace sources (Langfuse) know besides the spans.
    std::string input;          // what was asked, as plain text (a Langfuse root observation's input)
    std::string output;         // what was answered, as plain text
    bool spansCut = false;      // the trace has more spans than the source fetches; these are the first ones
};

// GET /v1/telemetry/series?metric=&from=&to=&step=(60..86400 s)&group_by=(route|model|use_case|team|status|"")
// metric ∈ request_rate (req/s), error_rate (0..1), latency_p50_ms, latency_p95_ms, latency_p99_ms,
//          ttft_p95_ms, tokens_per_s, cost_per_hour_micros
// → {"metric": "...", "unit": "req/s", "step_s": 3600, "from": RFC3339, "to": RFC3339,
//    "series": [{"labels": {"route": "/chat"}, "points": [[RFC3339, value|null], ...]}]}
struct SeriesPoint {
    UnixMs ts = 0;
    std::optional<double> value; // null = no data in that step
};
struct Series {
    std::map<std::string, std::string> labels;
    std::vector<SeriesPoint> points;
};
struct SeriesResponse {
    std::string metric;
    std::string unit;
    std::int64_t stepS = 0;
    UnixMs from = 0;
    UnixMs to = 0;
    std::vector<Series> series;
};

} // namespace keel::domain
