#pragma once
// Raw request records → OpenMetrics history for promtool: cumulative counters
// keel_inference_requests_total{route,status}, one sample per minute. The sample at minute T
// counts requests with ts < T, so increase over [a, b] is exactly the requests in [a, b).
#include <domain/telemetry.h>

#include <QByteArray>

#include <vector>

namespace keel::test {

QByteArray openMetricsHistory(const std::vector<domain::RequestRecord> &requests, qint64 firstMinuteMs,
                              qint64 endMinuteMs);

} // namespace keel::test
