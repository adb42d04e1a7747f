#pragma once
// Deterministic pseudo-random numbers for the doubles' seed data (splitmix64): the same --seed
// and --now give the same data on every machine and every run.
#include <cstdint>
#include <string>
#include <vector>

namespace keel::doubles {

class SeedRng {
public:
    explicit SeedRng(std::uint64_t seed)
        : m_state(seed * 0x9E3779B97F4A7C15ULL + 0x243F6A8885A308D3ULL)
    {
    }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // [lo, hi]
    std::int64_t range(std::int64_t lo, std::int64_t hi)
    {
        return lo + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
    bool chance(double p) { return unit() < p; }
    template <typename T>
    const T &pick(const std::vector<T> &v) { return v[static_cast<std::size_t>(next() % v.size())]; }
    std::string hex(int n)
    {
        static const char *digits = "0123456789abcdef";
        std::string out;
        while (static_cast<int>(out.size()) < n) {
            std::uint64_t v = next();
            for (int i = 0; i < 16 && static_cast<int>(out.size()) < n; ++i, v >>= 4)
                out += digits[v & 15];
        }
        return out;
    }
    // A cuid-like id, the shape Langfuse's Prisma rows use ("cm" + 23 base-36 characters).
    std::string cuid()
    {
        static const char *digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        std::string out = "cm";
        while (out.size() < 25)
            out += digits[next() % 36];
        return out;
    }
    std::string uuid()
    {
        std::string h = hex(32);
        h[12] = '4';
        h[16] = "89ab"[next() % 4];
        return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) + "-"
            + h.substr(20);
    }

private:
    std::uint64_t m_state;
};

} // namespace keel::doubles
