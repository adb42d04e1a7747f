#pragma once
// The platform council's home view: every SLO with attainment, error budget, burn rates over
// 5m…3d and its alert status (burning SLOs first, grouped by layer); below, the selected SLO's
// budget burn-down and the telemetry behind it: latency p50/p95/p99 per route or model, error
// rate, throughput and tokens, with a detected incident shaded and named.
//
// Data: SLO numbers come from an SliSource — the Platform API by default, or Prometheus when
// QSettings "slo/prometheus_url" and "slo/definitions_file" are set. Series come from
// GET /v1/telemetry/series. Nothing here waits on the network.
#include <domain/telemetry.h>
#include <session.h>

#include <QSet>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace keel::slo {
class SeriesLoader;
class SeriesTableModel;
class SliSource;
class SloSortProxy;
class SloTableModel;
namespace widgets { class TimeSeriesChart; }

class SloDashboard : public QWidget {
    Q_OBJECT
public:
    explicit SloDashboard(const keel::SessionContext &context, QWidget *parent = nullptr);
    ~SloDashboard() override;

    // Replaces the SLI source (e.g. a PrometheusSliSource) and refreshes.
    void setSliSource(std::unique_ptr<SliSource> source);

    // For tests and `keel snapshot`.
    SloTableModel *tableModel() const { return m_table; }
    SloSortProxy *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_view; }
    widgets::TimeSeriesChart *burndownChart() const { return m_burndownChart; }
    widgets::TimeSeriesChart *latencyChart() const { return m_latencyChart; }
    widgets::TimeSeriesChart *errorChart() const { return m_errorChart; }
    QString incidentText() const;
    QString messageText() const;
    bool isLoading() const { return m_pendingLoads > 0; }

public Q_SLOTS:
    void refresh();
    void selectSlo(const QString &sloId);
    void exportReport(); // asks for a month and a file, then runs SloReportJob

Q_SIGNALS:
    void ready(); // once, after the first load finished (data, empty or error state shown)
    void sloSelected(const QString &sloId);

private:
    void buildUi();
    void connectSource();
    void loadSeries();
    void loadLatency();
    void onSeries(const QString &tag, const keel::domain::SeriesResponse &response);
    void onSeriesFailed(const QString &tag, const QString &message);
    void showBurndown();
    void updateIncident(const keel::domain::SeriesResponse &errors);
    void finishOne();
    void showMessage(const QString &text);
    void noteCachedData();

    keel::SessionContext m_context;
    std::unique_ptr<SliSource> m_source;
    SliSource *m_cache = nullptr;     // the local cache, shown until live answers arrive
    bool m_liveListed = false;
    bool m_liveFailed = false;
    bool m_cacheNoted = false;
    QSet<QString> m_liveStatus;
    SeriesLoader *m_loader = nullptr;
    SloTableModel *m_table = nullptr;
    SloSortProxy *m_proxy = nullptr;
    SeriesTableModel *m_burndown = nullptr;
    SeriesTableModel *m_latency = nullptr;
    SeriesTableModel *m_errors = nullptr;
    SeriesTableModel *m_throughput = nullptr;
    SeriesTableModel *m_tokens = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_incident = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_percentile = nullptr;
    QComboBox *m_groupBy = nullptr;
    widgets::TimeSeriesChart *m_burndownChart = nullptr;
    widgets::TimeSeriesChart *m_latencyChart = nullptr;
    widgets::TimeSeriesChart *m_errorChart = nullptr;
    widgets::TimeSeriesChart *m_throughputChart = nullptr;
    widgets::TimeSeriesChart *m_tokensChart = nullptr;
    QList<std::tuple<qint64, qint64, QString>> m_incidentBands;
    QString m_selectedId;
    QStringList m_errorsSeen;
    QString m_configWarning;
    int m_pendingLoads = 0;
    bool m_readyEmitted = false;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
};

} // namespace keel::slo
