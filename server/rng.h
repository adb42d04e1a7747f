#pragma once
// Deterministic randomness for the seeded dataset. Every generated value derives from
// (seed, stream, index) so any slice of the data can be regenerated on its own (traces
// are rebuilt on demand, hours are generated on two threads) and still match.
#include <cmath>
#include <cstdint>

namespace keel::platform {

constexpr std::uint64_t splitmix64(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

constexpr std::uint64_t mix(std::uint64_t a, std::uint64_t b)
{
    return splitmix64(a ^ splitmix64(b + 0x632be59bd9b4e019ULL));
}

// xoshiro256** seeded through splitmix64: fast, good enough for synthetic telemetry.
class Rng {
public:
    explicit Rng(std::uint64_t seed)
    {
        std::uint64_t s = seed;
        for (auto &w : m_s) {
            s = splitmix64(s);
            w = s;
        }
    }
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [0, n).
    std::uint64_t below(std::uint64_t n) { return n == 0 ? 0 : next() % n; }
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        // Box-Muller; one value per call keeps the stream position predictable.
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    // Log-normal with the given median and shape (sigma of the underlying normal).
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    // Index drawn from cumulative-free weights.
    template <typename Weights>
    std::size_t pick(const Weights &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double r = uniform() * total;
        std::size_t i = 0;
        for (double w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i == 0 ? 0 : i - 1;
    }

private:
    static constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4];
};

} // namespace keel::platform
