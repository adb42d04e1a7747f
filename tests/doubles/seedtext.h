#pragma once
// Prompts and model outputs for the Langfuse seed: what a reviewer really sees in a queue, so a
// connector and the console's review screen meet the awkward cases early: HTML in the output
// (markup, entities, a <script> an injection attempt left behind), long multi-paragraph answers,
// tables, code, non-Latin scripts and emoji.
#include "seedrng.h"

#include <string>

namespace keel::doubles {

struct SeedExchange {
    std::string feature;   // support-answers, sql-generation, safety-escalations
    std::string system, user, answer;
};

SeedExchange seedExchange(SeedRng &rng, int featureIndex);

} // namespace keel::doubles
