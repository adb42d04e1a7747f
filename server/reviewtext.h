#pragma once
// Prompt, model output and retrieved sources for a seeded review item, from small templates per
// use case. A few outputs carry HTML-like text (<b>, <script>) on purpose: clients must show
// model output as plain text.
#include <domain/review.h>

#include <cstdint>
#include <string>
#include <vector>

namespace keel::platform {

struct ReviewText {
    std::string prompt;
    std::string output;
    std::vector<domain::SourceRef> sources;
};

ReviewText reviewTextFor(std::uint64_t key, int useCase, std::uint8_t safetyBits);

} // namespace keel::platform
