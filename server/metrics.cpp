#include "metrics.h"

#include "aggregates.h"
#include "db.h"

#include <nlohmann/json.hpp>

#include <sstream>

namespace keel::platform {

std::string escapeLabel(const std::string &value)
{
    std::string out;
    for (char c : value) {
        if (c == '\\' || c == '"')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

namespace {
std::string formatBound(double v)
{
    std::ostringstream os;
    os << v;
    return os.str();
}
} // namespace

void Metrics::loadInference(Connection &c)
{
    std::ostringstream total, hist;
    total << "# HELP keel_inference_requests_total Inference requests served by the platform gateway.\n"
          << "# TYPE keel_inference_requests_total counter\n";
    hist << "# HELP keel_inference_latency_seconds Inference request latency, edge to last byte.\n"
         << "# TYPE keel_inference_latency_seconds histogram\n";
    Stmt s(c.handle(), "SELECT route, model, status, count, sum_ms, buckets FROM inference_metrics ORDER BY route, model, status");
    while (s.step()) {
        const std::string labels = "route=\"" + escapeLabel(s.text(0)) + "\",model=\"" + escapeLabel(s.text(1))
            + "\",status=\"" + escapeLabel(s.text(2)) + "\"";
        const std::int64_t count = s.i64(3);
        total << "keel_inference_requests_total{" << labels << "} " << count << "\n";
        const auto buckets = nlohmann::json::parse(s.text(5), nullptr, false);
        for (std::size_t i = 0; i < kInferenceBuckets.size(); ++i) {
            const std::int64_t v = buckets.is_array() && i < buckets.size() ? buckets[i].get<std::int64_t>() : 0;
            hist << "keel_inference_latency_seconds_bucket{" << labels << ",le=\"" << formatBound(kInferenceBuckets[i])
                 << "\"} " << v << "\n";
        }
        hist << "keel_inference_latency_seconds_bucket{" << labels << ",le=\"+Inf\"} " << count << "\n";
        hist << "keel_inference_latency_seconds_sum{" << labels << "} " << static_cast<double>(s.i64(4)) / 1000.0 << "\n";
        hist << "keel_inference_latency_seconds_count{" << labels << "} " << count << "\n";
    }
    std::lock_guard lock(m_mutex);
    m_inference = total.str() + hist.str();
}

void Metrics::recordHttp(const std::string &route, const std::string &method, int status, double seconds)
{
    std::lock_guard lock(m_mutex);
    ++m_requests[{route, method, status}];
    Histogram &h = m_durations[{route, method}];
    for (std::size_t i = 0; i < kHttpBuckets.size(); ++i)
        if (seconds <= kHttpBuckets[i])
            ++h.buckets[i];
    ++h.count;
    h.sum += seconds;
}

std::string Metrics::exposition() const
{
    std::ostringstream os;
    std::lock_guard lock(m_mutex);
    os << "# HELP keel_http_requests_total HTTP requests answered by keel-platform.\n"
       << "# TYPE keel_http_requests_total counter\n";
    for (const auto &[k, v] : m_requests)
        os << "keel_http_requests_total{route=\"" << escapeLabel(std::get<0>(k)) << "\",method=\""
           << escapeLabel(std::get<1>(k)) << "\",status=\"" << std::get<2>(k) << "\"} " << v << "\n";
    os << "# HELP keel_http_request_duration_seconds Time to answer an HTTP request.\n"
       << "# TYPE keel_http_request_duration_seconds histogram\n";
    for (const auto &[k, h] : m_durations) {
        const std::string labels = "route=\"" + escapeLabel(k.first) + "\",method=\"" + escapeLabel(k.second) + "\"";
        for (std::size_t i = 0; i < kHttpBuckets.size(); ++i)
            os << "keel_http_request_duration_seconds_bucket{" << labels << ",le=\"" << formatBound(kHttpBuckets[i])
               << "\"} " << h.buckets[i] << "\n";
        os << "keel_http_request_duration_seconds_bucket{" << labels << ",le=\"+Inf\"} " << h.count << "\n";
        os << "keel_http_request_duration_seconds_sum{" << labels << "} " << h.sum << "\n";
        os << "keel_http_request_duration_seconds_count{" << labels << "} " << h.count << "\n";
    }
    os << m_inference;
    return os.str();
}

} // namespace keel::platform
