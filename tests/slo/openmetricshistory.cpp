#include "openmetricshistory.h"

#include <map>
#include <utility>

namespace keel::test {

QByteArray openMetricsHistory(const std::vector<domain::RequestRecord> &requests, qint64 firstMinuteMs,
                              qint64 endMinuteMs)
{
    constexpr qint64 kMinute = 60000;
    const auto minutes = std::size_t((endMinuteMs - firstMinuteMs) / kMinute) + 1;
    // Per series, requests per minute bucket [T, T+1m).
    std::map<std::pair<std::string, std::string>, std::vector<qint64>> perMinute;
    for (const auto &r : requests) {
        auto &v = perMinute[{r.route, r.status}];
        if (v.empty())
            v.assign(minutes, 0);
        const auto i = std::size_t((r.ts - firstMinuteMs) / kMinute);
        if (r.ts >= firstMinuteMs && i < minutes)
            ++v[i];
    }
    // Every route gets both statuses so all series share the same sample times (equal rate()
    // extrapolation on both sides of a ratio).
    std::map<std::string, int> routes;
    for (const auto &[key, v] : perMinute)
        routes[key.first] = 0;
    for (const auto &[route, unused] : routes)
        for (const char *status : {"ok", "error"})
            if (perMinute[{route, status}].empty())
                perMinute[{route, status}].assign(minutes, 0);

    QByteArray out;
    out.reserve(qsizetype(perMinute.size() * minutes * 64));
    out += "# HELP keel_inference_requests Inference requests by route and status.\n";
    out += "# TYPE keel_inference_requests counter\n";
    for (const auto &[key, counts] : perMinute) {
        QByteArray prefix("keel_inference_requests_total{route=\"");
        prefix += QByteArray::fromStdString(key.first);
        prefix += "\",status=\"";
        prefix += QByteArray::fromStdString(key.second);
        prefix += "\"} ";
        qint64 cumulative = 0;
        for (std::size_t i = 0; i < minutes; ++i) {
            // Sample at the start of minute i counts everything before it.
            out += prefix;
            out += QByteArray::number(cumulative);
            out += ' ';
            out += QByteArray::number((firstMinuteMs + qint64(i) * kMinute) / 1000);
            out += '\n';
            cumulative += counts[i];
        }
    }
    out += "# EOF\n";
    return out;
}

} // namespace keel::test
