#include "catalog.h"

namespace keel::platform {

std::string_view templateName(UseCaseIndex useCase)
{
    switch (useCase) {
    case KnowledgeAssistant: return "kb-answer";
    case CustomerSearch: return "search-answer";
    case ClaimsTriage: return "claims-triage";
    case DocSummarization: return "doc-summary";
    case SupportCopilot: return "support-reply";
    case UseCaseCount: break;
    }
    return "unknown";
}

std::vector<std::string> safetyFlagList(std::uint8_t bits)
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < kSafetyFlags.size(); ++i)
        if (bits & (1u << i))
            out.emplace_back(kSafetyFlags[i]);
    return out;
}

} // namespace keel::platform
