#pragma once
// The answer of a Prometheus-compatible HTTP API (/api/v1/query, /api/v1/query_range) as plain
// values. Only the documented envelope is relied on, so Thanos, Mimir and VictoriaMetrics work:
// {"status":"success"|"error","data":{"resultType":"matrix"|"vector"|"scalar","result":[…]},
//  "errorType":"…","error":"…","warnings":["…"]}
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace keel::prometheus {

struct PromSample {
    qint64 tsMs = 0;
    // Sample values arrive as strings; "NaN", "+Inf" and "-Inf" are legal. A value that is not a
    // finite number (0/0 when a window had no traffic) is "no data" here, never 0 or infinity.
    std::optional<double> value;
};

struct PromSeries {
    QMap<QString, QString> labels; // the "metric" object
    QList<PromSample> samples;     // one for vector/scalar, many for matrix
};

struct PromResult {
    QString resultType;            // "matrix" | "vector" | "scalar"
    QList<PromSeries> series;
    QStringList warnings;          // shown to the user, the data is still used
    QString error;                 // empty on success; one sentence otherwise
    QString errorType;             // Prometheus' errorType ("bad_data", "timeout", …) or ours
    bool ok() const { return error.isEmpty(); }
    // The first sample of the first series, for scalar-valued queries; nullopt when empty/NaN.
    std::optional<double> firstValue() const;
};

// Decodes a response body. httpStatus is used only for the message when the body is not JSON.
PromResult parsePromResponse(const QByteArray &body, int httpStatus);

} // namespace keel::prometheus

Q_DECLARE_METATYPE(keel::prometheus::PromResult)
