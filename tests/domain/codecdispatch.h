#pragma once
// Test helper shared by tests/domain and tests/contract: decode a body as a named response type
// with the console's codecs and encode the result again, so a test can compare JSON to JSON.
#include <domain/codec.h>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace keel::test {

struct Reencoded {
    bool ok = false;
    std::string error;   // DecodeError::toString() when !ok
    nlohmann::json json; // the re-encoded value when ok
};

// kind: whoami, problem, requests, trace, series, spend, budgets, slos, slo_status, queues, items,
// item, lease, decision, receipt, feedback (one NDJSON line)
Reencoded reencode(std::string_view kind, std::string_view body, const domain::DecodeLimits &limits = {});
std::vector<std::string> codecKinds();

} // namespace keel::test
