#pragma once
// Money is exact: integer micro-dollars (1 USD = 1,000,000 micros) on the wire and in memory.
// Never sum money in floating point; convert to a display string only at the edge.
#include <cstdint>
#include <string>

namespace keel::domain {

using Micros = std::int64_t;
constexpr Micros kMicrosPerDollar = 1'000'000;

// "12.345678" style exact decimal string for a micro-dollar amount (negative allowed).
std::string microsToDecimalString(Micros micros);

} // namespace keel::domain
