// Independent check of the platform's latency percentiles and error rates: the raw requests of
// a real keel-platform, bucketed and ranked here, must equal GET /v1/telemetry/series.
// Definition agreed with server/series.cpp: nearest rank (sorted[ceil(p × n) − 1]) over every
// request in [bucket start, bucket start + step), errors included.
#include "platformapi.h"

#include <platformprocess.h>

#include <domain/codec.h>
#include <slo/percentile.h>

#include <QTest>

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;
using namespace keel;

class TestLatencyPercentiles : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<test::PlatformProcess> m_platform;
    std::vector<domain::RequestRecord> m_requests;
    qint64 m_from = 0;
    qint64 m_to = 0;

private Q_SLOTS:
    void initTestCase()
    {
        test::PlatformOptions options;
        options.days = 2;
        options.requestsPerDay = 1500;
        m_platform = std::make_unique<test::PlatformProcess>(options);
        QVERIFY2(m_platform->start(), qPrintable(m_platform->errorString()));
        m_requests = test::fetchAllRequests(m_platform->baseUrl(), m_platform->token(u"council"_s));
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(m_requests.size() > 1000);
        constexpr qint64 hour = 3600000;
        m_from = m_requests.front().ts / hour * hour;
        m_to = (m_requests.back().ts / hour + 1) * hour;
    }

    void seriesMatchRawRequests_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("p"); // percentile; < 0 = error rate
        QTest::addColumn<QString>("groupBy");
        QTest::addColumn<int>("stepS");
        QTest::addRow("p50-route-1h") << u"latency_p50_ms"_s << 50.0 << u"route"_s << 3600;
        QTest::addRow("p95-route-1h") << u"latency_p95_ms"_s << 95.0 << u"route"_s << 3600;
        QTest::addRow("p99-route-1h") << u"latency_p99_ms"_s << 99.0 << u"route"_s << 3600;
        QTest::addRow("p95-model-6h") << u"latency_p95_ms"_s << 95.0 << u"model"_s << 21600;
        QTest::addRow("p99-all-1d") << u"latency_p99_ms"_s << 99.0 << QString() << 86400;
        QTest::addRow("error-rate-route-1h") << u"error_rate"_s << -1.0 << u"route"_s << 3600;
    }
    void seriesMatchRawRequests()
    {
        QFETCH(QString, metric);
        QFETCH(double, p);
        QFETCH(QString, groupBy);
        QFETCH(int, stepS);
        QList<QPair<QString, QString>> query{{u"metric"_s, metric},
                                             {u"from"_s, QString::fromStdString(domain::formatRfc3339(m_from))},
                                             {u"to"_s, QString::fromStdString(domain::formatRfc3339(m_to))},
                                             {u"step"_s, QString::number(stepS)}};
        if (!groupBy.isEmpty())
            query.append({u"group_by"_s, groupBy});
        const QByteArray body = test::getJson(m_platform->baseUrl(), m_platform->token(u"council"_s),
                                              u"/v1/telemetry/series"_s, query);
        auto series = domain::decodeSeries(std::string_view(body.constData(), std::size_t(body.size())));
        QVERIFY2(series.ok(), series.ok() ? "" : series.error().toString().c_str());

        // Independent bucketing of the raw requests.
        const qint64 stepMs = qint64(stepS) * 1000;
        std::map<std::pair<std::string, qint64>, std::vector<double>> latency;
        std::map<std::pair<std::string, qint64>, std::pair<int, int>> errors; // (errors, total)
        for (const auto &r : m_requests) {
            const std::string key = groupBy == u"route" ? r.route : groupBy == u"model" ? r.model : std::string();
            const qint64 bucket = m_from + (r.ts - m_from) / stepMs * stepMs;
            latency[{key, bucket}].push_back(double(r.latencyMs));
            auto &e = errors[{key, bucket}];
            e.second += 1;
            e.first += r.status == "ok" ? 0 : 1;
        }
        int compared = 0, nulls = 0;
        for (const auto &s : series.value().series) {
            const std::string key = groupBy.isEmpty() ? std::string() : s.labels.at(groupBy.toStdString());
            for (const auto &point : s.points) {
                const auto it = latency.find({key, point.ts});
                if (it == latency.end()) {
                    // No requests in the bucket: the platform must say "no data", not 0.
                    QVERIFY2(!point.value, qPrintable(u"%1 %2: value for an empty bucket"_s.arg(QString::fromStdString(key)).arg(point.ts)));
                    ++nulls;
                    continue;
                }
                QVERIFY(point.value.has_value());
                double expected = 0;
                if (p < 0) {
                    const auto [bad, total] = errors[{key, point.ts}];
                    expected = double(bad) / double(total);
                } else {
                    expected = *slo::percentileNearestRank(it->second, p);
                }
                QVERIFY2(std::abs(*point.value - expected) <= 1e-9 * std::max(1.0, expected),
                         qPrintable(u"%1 %2 at %3: platform %4, raw requests %5"_s.arg(metric, QString::fromStdString(key))
                                        .arg(point.ts).arg(*point.value).arg(expected)));
                ++compared;
            }
        }
        QVERIFY(compared > 0);
        qInfo("%s: %d buckets compared, %d empty", qPrintable(metric), compared, nulls);
    }
};

QTEST_GUILESS_MAIN(TestLatencyPercentiles)
#include "tst_latencypercentiles.moc"
