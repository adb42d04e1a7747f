#pragma once
// The platform council's home view: every SLO with attainment, error budget, burn rates over
// 5m…3d and its alert status (grouped by layer, burning SLOs first); below, the selected SLO's
// budget burn-down and the telemetry behind it (SloTelemetryPanel), with a detected incident
// shaded and named.
//
// Data: the last synced SLOs from the local cache show at once (offline too); live numbers come
// from an SliSource — the Platform API by default, or Prometheus when QSettings
// "slo/prometheus_url" and "slo/definitions_file" are set. Nothing here waits on the network.
#include <domain/slo.h>
#include <session.h>

#include <QElapsedTimer>
#include <QSet>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QTableView;

namespace keel::slo {
class SliSource;
class SloSortProxy;
class SloTableModel;
class SloTelemetryPanel;
struct SloInfo;
namespace widgets { class TimeSeriesChart; }

class SloDashboard : public QWidget {
    Q_OBJECT
public:
    explicit SloDashboard(const keel::SessionContext &context, QWidget *parent = nullptr);
    ~SloDashboard() override;

    // Replaces the live SLI source (e.g. a PrometheusSliSource) and refreshes.
    void setSliSource(std::unique_ptr<SliSource> source);

    // For tests and `keel snapshot`.
    SloTableModel *tableModel() const { return m_table; }
    SloSortProxy *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_view; }
    widgets::TimeSeriesChart *burndownChart() const;
    widgets::TimeSeriesChart *latencyChart() const;
    widgets::TimeSeriesChart *errorChart() const;
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
    void openCache();
    void showSelected();
    void finishOne();
    void showMessage(const QString &text);
    void noteCachedData();

    keel::SessionContext m_context;
    std::unique_ptr<SliSource> m_source;
    SliSource *m_cache = nullptr;     // the local cache, shown until live answers arrive
    SloTableModel *m_table = nullptr;
    SloSortProxy *m_proxy = nullptr;
    SloTelemetryPanel *m_telemetry = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_incident = nullptr;
    QLineEdit *m_filter = nullptr;
    QString m_selectedId;
    QStringList m_errorsSeen;
    QString m_configWarning;
    QSet<QString> m_liveStatus;
    int m_pendingLoads = 0;
    QElapsedTimer m_loadClock; // refresh() to the frame, for keel.perf
    bool m_readyEmitted = false;
    bool m_liveListed = false;
    bool m_liveFailed = false;
    bool m_cacheNoted = false;
};

} // namespace keel::slo
