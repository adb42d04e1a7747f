#pragma once
// The fixed shape of the synthetic platform: models and their list prices, routes, use cases,
// teams, customer segments, review queues. Prices are USD per million tokens, held as
// micro-dollars per million tokens so request costs stay integer.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace keel::platform {

struct ModelInfo {
    std::string_view id;
    std::string_view provider;
    std::int64_t inputMicrosPerMTok;  // $/M input tokens × 1e6
    std::int64_t outputMicrosPerMTok;
    std::int64_t cachedMicrosPerMTok; // provider prompt-cache read price
    double latencyMedianMs;           // time to first byte for a typical prompt
    double msPerOutputToken;
};

enum ModelIndex : std::uint8_t { GptMini, Haiku, Llama8b, Gpt4o, Sonnet, O1, Embed, ModelCount };

inline constexpr std::array<ModelInfo, ModelCount> kModels{{
    {"gpt-4o-mini", "openai", 150'000, 600'000, 75'000, 380, 9},
    {"claude-3-haiku", "anthropic", 250'000, 1'250'000, 30'000, 420, 8},
    {"llama-3-8b", "self_hosted", 50'000, 80'000, 50'000, 250, 6},
    {"gpt-4o", "openai", 2'500'000, 10'000'000, 1'250'000, 700, 14},
    {"claude-3.5-sonnet", "anthropic", 3'000'000, 15'000'000, 300'000, 800, 15},
    {"o1", "openai", 15'000'000, 60'000'000, 7'500'000, 6000, 22},
    {"text-embedding-3-small", "openai", 20'000, 0, 20'000, 45, 0},
}};

enum UseCaseIndex : std::uint8_t {
    KnowledgeAssistant, CustomerSearch, ClaimsTriage, DocSummarization, SupportCopilot, UseCaseCount
};
inline constexpr std::array<std::string_view, UseCaseCount> kUseCases{
    "knowledge_assistant", "customer_search", "claims_triage", "doc_summarization", "support_copilot"};

enum RouteIndex : std::uint8_t { Chat, Search, ClaimsTriageRoute, Summarize, EmbedRoute, RouteCount };
inline constexpr std::array<std::string_view, RouteCount> kRoutes{
    "/chat", "/search", "/claims/triage", "/summarize", "/embed"};

inline constexpr std::array<std::string_view, 8> kTeams{
    "people-ops", "internal-tools", "digital-channels", "claims-ops",
    "legal-ops", "underwriting", "customer-care", "data-science"};

inline constexpr std::array<std::string_view, 4> kSegments{"enterprise", "smb", "internal", "public_sector"};

inline constexpr std::array<std::string_view, 5> kErrorCodes{
    "upstream_timeout", "rate_limited", "content_filter", "upstream_5xx", "context_length_exceeded"};

inline constexpr std::array<std::string_view, 5> kSafetyFlags{
    "pii", "jailbreak_attempt", "toxicity", "ungrounded", "off_topic"};
enum SafetyBit : std::uint8_t { FlagPii = 1, FlagJailbreak = 2, FlagToxicity = 4, FlagUngrounded = 8, FlagOffTopic = 16 };

struct QueueInfo {
    std::string_view id;
    std::string_view name;
    std::string_view riskTier;
    std::int64_t slaMinutes;
};
enum QueueIndex : std::uint8_t { ClaimsHighRisk, SafetyFlagged, LowConfidence, SearchQuality, QueueCount };
inline constexpr std::array<QueueInfo, QueueCount> kQueues{{
    {"claims-high-risk", "Claims: high risk", "high", 240},
    {"safety-flagged", "Safety flagged", "high", 120},
    {"low-confidence-answers", "Low-confidence answers", "medium", 720},
    {"customer-search-quality", "Customer search quality", "low", 2880},
}};

std::vector<std::string> safetyFlagList(std::uint8_t bits);

// Prompt templates per use case; claims triage has three versions (v8 is the costly release).
std::string_view templateName(UseCaseIndex useCase);

// Does this route run retrieval (RAG)? Chat, search and claims triage read the knowledge index.
constexpr bool routeHasRetrieval(RouteIndex route)
{
    return route == Chat || route == Search || route == ClaimsTriageRoute;
}

} // namespace keel::platform
