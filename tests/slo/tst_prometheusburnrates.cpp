// Integration: a real Prometheus (or VictoriaMetrics, promserver.h), backfilled with the raw
// requests of a real keel-platform,
// queried through PrometheusSource / PrometheusSliSource; burn rates and alert levels must
// equal what we compute independently from the same raw requests.
#include "openmetricshistory.h"
#include "promserver.h"
#include "platformapi.h"

#include <platformprocess.h>

#include <prometheus/prometheusslisource.h>
#include <prometheus/prometheussource.h>
#include <slo/burnalertpolicy.h>
#include <slo/sloerrorbudget.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;
using namespace keel;

namespace {
constexpr qint64 kMinute = 60000;
constexpr qint64 kHour = 60 * kMinute;

QByteArray definitions()
{
    // The same PromQL a user would put in an SLO definition file (see resources/slo/keel-slos.json).
    QFile f(QStringLiteral(KEEL_SOURCE_DIR "/tests/slo/data/prometheus-test-slos.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestPrometheusBurnRates : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<test::PromServer> m_prom;
    std::vector<domain::RequestRecord> m_requests; // shifted into the past, see initTestCase
    qint64 m_incidentAsOf = 0;
    qint64 m_lateAsOf = 0;

    // Independent: errors / total over [asOf - w, asOf) straight from the raw requests.
    std::optional<double> independentRatio(const QString &route, qint64 asOf, qint64 windowMs) const
    {
        slo::EventCounts c;
        for (const auto &r : m_requests) {
            if (r.ts < asOf - windowMs || r.ts >= asOf)
                continue;
            if (!route.isEmpty() && r.route != route.toStdString())
                continue;
            ++c.total;
            if (r.status == "ok")
                ++c.good;
        }
        return slo::errorRatio(c);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::PromServer::available())
            QSKIP(qPrintable(test::PromServer::backendName()
                             + u" not found (Debian package `prometheus` or `victoria-metrics`; .ci/run installs "
                               "both): the integration test cannot run here"_s));
        qInfo("metrics backend: %s", qPrintable(test::PromServer::backendName()));
        QElapsedTimer clock; // stage times go to the log so a slow run can be explained
        clock.start();
        test::PlatformOptions options;
        options.seed = 7;
        options.days = 8;
        options.requestsPerDay = 1000;
        test::PlatformProcess platform(options);
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        qInfo("platform started: %lld ms", clock.elapsed());
        m_requests = test::fetchAllRequests(platform.baseUrl(), platform.token(u"council"_s));
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY2(m_requests.size() > 5000, "the seeded history is unexpectedly small");
        platform.stop();
        qInfo("platform + %zu raw requests: %lld ms", m_requests.size(), clock.restart());

        // Keep the backfilled history a few hours older than now (away from Prometheus' head
        // block); shift by whole hours so minute and hour buckets stay the same.
        const auto [minIt, maxIt] = std::minmax_element(m_requests.begin(), m_requests.end(),
                                                        [](const auto &a, const auto &b) { return a.ts < b.ts; });
        const qint64 latestAllowed = QDateTime::currentMSecsSinceEpoch() - 4 * kHour;
        const qint64 shift = maxIt->ts > latestAllowed ? ((maxIt->ts - latestAllowed) / kHour + 1) * kHour : 0;
        const qint64 first = (minIt->ts - shift) / kMinute * kMinute;
        const qint64 end = ((maxIt->ts - shift) / kMinute + 2) * kMinute;
        for (auto &r : m_requests)
            r.ts -= shift;

        // The seeded incident: the /search hour with the most errors, at least 3 days in (by
        // count, not ratio: one failed request in a quiet night hour is not an incident).
        qint64 worstHour = 0;
        int worstErrors = 0;
        for (qint64 h = (first / kHour + 72) * kHour; h + kHour <= end; h += kHour) {
            int errors = 0;
            for (const auto &r : m_requests)
                errors += r.ts >= h && r.ts < h + kHour && r.route == "/search" && r.status != "ok";
            if (errors > worstErrors) {
                worstErrors = errors;
                worstHour = h;
            }
        }
        const double worst = independentRatio(u"/search"_s, worstHour + kHour, kHour).value_or(0);
        QVERIFY2(worstHour > 0, "history too short to hold a 3-day window");
        // The first 5-minute mark around that hour at which the raw requests say "page" for
        // /search at 99%: Prometheus must say the same there.
        for (qint64 t = worstHour - 2 * kHour; t <= worstHour + 4 * kHour && !m_incidentAsOf; t += 5 * kMinute) {
            slo::BurnRates rates{};
            for (std::size_t i = 0; i < slo::kBurnWindows.size(); ++i)
                rates[i] = slo::burnRate(independentRatio(u"/search"_s, t, slo::seconds(slo::kBurnWindows[i]) * 1000), 0.99);
            if (slo::evaluateBurnAlerts(rates, 30).level == slo::AlertLevel::Page)
                m_incidentAsOf = t;
        }
        QVERIFY2(m_incidentAsOf > 0, "the seeded /search incident never reaches the page threshold in the raw requests");
        m_lateAsOf = end - kMinute;
        qInfo("incident hour %s, /search error ratio %.3f", qPrintable(QDateTime::fromMSecsSinceEpoch(worstHour, Qt::UTC).toString(Qt::ISODate)), worst);

        m_prom = std::make_unique<test::PromServer>();
        QVERIFY2(m_prom->start(test::openMetricsHistory(m_requests, first, end)), qPrintable(m_prom->errorString()));
        qInfo("promtool backfill + prometheus ready: %lld ms", clock.restart());
    }

    void burnRatesMatchRawRequests_data()
    {
        QTest::addColumn<bool>("incident");
        QTest::addRow("during-incident") << true;
        QTest::addRow("end-of-history") << false;
    }
    void burnRatesMatchRawRequests()
    {
        QFETCH(bool, incident);
        const qint64 asOf = incident ? m_incidentAsOf : m_lateAsOf;
        const auto load = slo::parseSloDefinitions(definitions());
        QVERIFY2(load.ok(), qPrintable(load.error));

        api::ConnectionSettings settings;
        settings.baseUrl = m_prom->url();
        prometheus::PrometheusSource source(settings);
        prometheus::PrometheusSliSource sli(load.set.slos, &source);
        QSignalSpy ready(&sli, &slo::SliSource::statusReady);
        QSignalSpy failed(&sli, &slo::SliSource::statusFailed);
        QSignalSpy done(&sli, &slo::SliSource::finished);
        sli.refresh(asOf);
        QVERIFY(done.wait(30000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        QCOMPARE(ready.size(), 2);

        for (const auto &args : std::as_const(ready)) {
            const QString id = args.at(0).toString();
            const auto status = args.at(1).value<domain::SloStatus>();
            const auto def = *std::find_if(load.set.slos.begin(), load.set.slos.end(), [&](const auto &d) { return d.id == id; });
            const QString route = id == u"search-availability" ? u"/search"_s : QString();
            QCOMPARE(status.burnRates.size(), slo::kBurnWindows.size());
            slo::BurnRates expected{};
            for (std::size_t i = 0; i < slo::kBurnWindows.size(); ++i) {
                const auto w = slo::kBurnWindows[i];
                expected[i] = slo::burnRate(independentRatio(route, asOf, slo::seconds(w) * 1000), def.objective);
                const auto &got = status.burnRates[i];
                QCOMPARE(got.window, slo::label(w));
                QVERIFY2(got.hasData == expected[i].has_value(), qPrintable(id + u" "_s + QString::fromStdString(got.window)));
                if (expected[i])
                    QVERIFY2(std::abs(got.rate - *expected[i]) <= 1e-6 * std::max(1.0, *expected[i]),
                             qPrintable(u"%1 %2: Prometheus %3, raw requests %4"_s.arg(id, QString::fromStdString(got.window))
                                            .arg(got.rate, 0, 'g', 12).arg(*expected[i], 0, 'g', 12)));
            }
            const auto level = slo::evaluateBurnAlerts(expected, def.windowDays).level;
            QCOMPARE(QString::fromStdString(status.alert), QString::fromStdString(slo::toString(level)));
            if (incident && route == u"/search")
                QCOMPARE(QString::fromStdString(status.alert), u"page"_s); // the seeded incident pages
            QVERIFY(!status.budgetBurndown.empty());
        }
    }

    void promqlErrorIsReported()
    {
        api::ConnectionSettings settings;
        settings.baseUrl = m_prom->url();
        prometheus::PrometheusSource source(settings);
        QSignalSpy spy(&source, &prometheus::PrometheusSource::queryFinished);
        const auto id = source.instantQuery(u"sum(rate(keel_inference_requests_total[5m]"_s, m_lateAsOf);
        QVERIFY(spy.wait(15000));
        QCOMPARE(spy.first().at(0).value<quint64>(), id);
        const auto result = spy.first().at(1).value<prometheus::PromResult>();
        QVERIFY(!result.ok());
        QCOMPARE(result.errorType, u"bad_data"_s);
        QVERIFY2(result.error.contains(u"parse"_s), qPrintable(result.error)); // "parse error" (Prometheus), "cannot parse" (VictoriaMetrics)
    }

    void rangeQueryReturnsMatrix()
    {
        api::ConnectionSettings settings;
        settings.baseUrl = m_prom->url();
        prometheus::PrometheusSource source(settings);
        QSignalSpy spy(&source, &prometheus::PrometheusSource::queryFinished);
        source.rangeQuery(u"sum by (route) (rate(keel_inference_requests_total[1h]))"_s, m_lateAsOf - 6 * kHour,
                          m_lateAsOf, 600);
        QVERIFY(spy.wait(15000));
        const auto result = spy.first().at(1).value<prometheus::PromResult>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.resultType, u"matrix"_s);
        QVERIFY(result.series.size() >= 3);
        QVERIFY(result.series.front().labels.contains(u"route"_s));
        QCOMPARE(result.series.front().samples.size(), 37); // 6 h at 10 min, both ends included
    }

    void unreachableSourceSaysSo()
    {
        api::ConnectionSettings settings;
        settings.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(test::freeTcpPort()));
        settings.maxRetries = 0;
        prometheus::PrometheusSource source(settings);
        QSignalSpy spy(&source, &prometheus::PrometheusSource::queryFinished);
        source.instantQuery(u"up"_s, m_lateAsOf);
        QVERIFY(spy.wait(15000));
        const auto result = spy.first().at(1).value<prometheus::PromResult>();
        QVERIFY(!result.ok());
        QCOMPARE(result.errorType, u"transport"_s);
        QVERIFY2(result.error.contains(u"Cannot reach"_s), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusBurnRates)
#include "tst_prometheusburnrates.moc"
