#pragma once
// "Same shape" for contract tests: the same member names, recursively for objects, and for arrays
// the first element's shape. null on either side matches anything (optional members), and scalars
// must agree in kind (string, number, boolean). Data-keyed maps (attributes, labels, rubric) only
// need to be objects.
#include <nlohmann/json.hpp>

#include <string>

namespace keel::test {

// "" when `actual` has the shape of `fixture`, else the first difference, e.g.
// "items[0].lease: missing member \"expires_at\"".
std::string shapeDifference(const nlohmann::json &fixture, const nlohmann::json &actual, const std::string &path = {});

// Reads tests/contract/fixtures/<name>.json.
nlohmann::json loadFixture(const std::string &name);

} // namespace keel::test
