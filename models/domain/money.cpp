#include "money.h"

#include <cstdio>

namespace keel::domain {

std::string microsToDecimalString(Micros micros)
{
    const bool negative = micros < 0;
    // Work in unsigned so INT64_MIN does not overflow on negation.
    const unsigned long long mag = negative ? 0ULL - static_cast<unsigned long long>(micros)
                                            : static_cast<unsigned long long>(micros);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%s%llu.%06llu", negative ? "-" : "", mag / 1000000ULL, mag % 1000000ULL);
    return buf;
}

} // namespace keel::domain
