#pragma once
// The lower half of the SLO view: the selected SLO's budget burn-down and the telemetry behind
// it — latency p50/p95/p99 per route or model (never averages), error rate, throughput and
// tokens — with a detected incident shaded in every chart and named in incidentText(). The
// telemetry is the platform's (/v1/telemetry/series): without a platform (client null) only the
// burn-down shows, with a line saying where the rest would come from.
#include <domain/slo.h>
#include <domain/telemetry.h>

#include <QWidget>

class QComboBox;
class QLabel;

namespace keel::api { class PlatformClient; }

namespace keel::slo {
class SeriesLoader;
class SeriesTableModel;
struct SloInfo;
namespace widgets { class TimeSeriesChart; }

class SloTelemetryPanel : public QWidget {
    Q_OBJECT
public:
    explicit SloTelemetryPanel(api::PlatformClient *client, QWidget *parent = nullptr);

    // Loads every series over [fromMs, toMs); seriesSettled() follows once per series.
    void load(qint64 fromMs, qint64 toMs);
    int seriesCount() const { return m_loader ? 4 : 0; } // latency, errors, throughput, tokens
    // Shows an SLO's burn-down (status may be null while it loads); nullptr clears.
    void showSlo(const SloInfo *info, const domain::SloStatus *status);

    QString incidentText() const { return m_incidentText; }
    widgets::TimeSeriesChart *burndownChart() const { return m_burndownChart; }
    widgets::TimeSeriesChart *latencyChart() const { return m_latencyChart; }
    widgets::TimeSeriesChart *errorChart() const { return m_errorChart; }

Q_SIGNALS:
    void seriesSettled(); // one series arrived or failed
    void failed(const QString &message);
    void incidentChanged(const QString &text); // empty when none is detected

private:
    void loadLatency();
    void onSeries(const QString &tag, const keel::domain::SeriesResponse &response);
    void updateIncident(const keel::domain::SeriesResponse &errors);

    SeriesLoader *m_loader = nullptr;
    SeriesTableModel *m_burndown = nullptr;
    SeriesTableModel *m_latency = nullptr;
    SeriesTableModel *m_errors = nullptr;
    SeriesTableModel *m_throughput = nullptr;
    SeriesTableModel *m_tokens = nullptr;
    QLabel *m_title = nullptr;
    QComboBox *m_percentile = nullptr;
    QComboBox *m_groupBy = nullptr;
    widgets::TimeSeriesChart *m_burndownChart = nullptr;
    widgets::TimeSeriesChart *m_latencyChart = nullptr;
    widgets::TimeSeriesChart *m_errorChart = nullptr;
    widgets::TimeSeriesChart *m_throughputChart = nullptr;
    widgets::TimeSeriesChart *m_tokensChart = nullptr;
    QString m_incidentText;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
};

} // namespace keel::slo
