#pragma once
// GET /metrics: Prometheus text exposition. The server's own HTTP traffic (counted after each
// response) plus the seeded inference traffic (from the inference_metrics roll-up).
#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

namespace keel::platform {

class Connection;

inline constexpr std::array<double, 11> kHttpBuckets{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

class Metrics {
public:
    void loadInference(Connection &c); // once, at startup
    void recordHttp(const std::string &route, const std::string &method, int status, double seconds);
    std::string exposition() const;

private:
    struct Histogram {
        std::array<std::uint64_t, kHttpBuckets.size()> buckets{};
        std::uint64_t count = 0;
        double sum = 0;
    };
    mutable std::mutex m_mutex;
    std::map<std::tuple<std::string, std::string, int>, std::uint64_t> m_requests;
    std::map<std::pair<std::string, std::string>, Histogram> m_durations;
    std::string m_inference;
};

std::string escapeLabel(const std::string &value);

} // namespace keel::platform
