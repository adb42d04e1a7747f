#pragma once
// Realistic values of every wire type, including the optional-member variants, for round trips.
#include <domain/codec.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace keel::test {

struct Sample {
    std::string name; // row name, e.g. "item with lease"
    std::string kind; // a codecdispatch kind
    nlohmann::json json;
};

domain::RequestRecord sampleRequest(int n = 0);
domain::ReviewItem sampleItem();
std::vector<Sample> samples();

} // namespace keel::test
