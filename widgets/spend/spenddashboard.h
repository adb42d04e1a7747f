#pragma once
// The FinOps lead's home view: where the money goes (spend over time by model, use case, team or
// segment), where it is going (budgets, forecast) and why it moved (drivers, anomaly, drill-down
// to the requests behind a point). All numbers come from SpendDataService on its worker thread.
#include <session.h>
#include <spend/spendtypes.h>

#include <QElapsedTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QLabel;
class QTabWidget;
class QTableView;
class QToolButton;
QT_END_NAMESPACE

namespace keel::spend {
class BudgetModel;
class DriverModel;
class RequestListModel;
class SpendDataService;
class SpendDetailModel;
class SpendExportJob;
class SpendTableModel;
}

namespace keel::widgets {

class SpendChartView;
class SpendFilterBar;
class SpendKpiHeader;
class UnitEconomicsPanel;

class SpendDashboard : public QWidget {
    Q_OBJECT
public:
    enum class State { Loading, Ready, Empty, Error };

    explicit SpendDashboard(const keel::SessionContext &session, QWidget *parent = nullptr);
    ~SpendDashboard() override;

    keel::spend::SpendQuery query() const;
    // Applies a query to every chart and table at once, remembers it (QSettings) and reloads.
    void setQuery(const keel::spend::SpendQuery &query);
    // Forecasts are made from this instant (tests, reports); default: now, clamped to the cache.
    void setAsOf(const QDateTime &asOf);
    const keel::spend::SpendSnapshot &snapshot() const { return m_snapshot; }
    State state() const { return m_state; }
    QString stateMessage() const;

    // Exports. Tables: any of the dashboard's models (see tables()).
    bool exportTableCsv(const QAbstractItemModel *model, const QString &path, QString *error = nullptr) const;
    bool savePng(const QString &path, QString *error = nullptr);
    bool savePdf(const QString &path, QString *error = nullptr);
    // Starts a FOCUS export of the current query; the job is parented to the dashboard.
    keel::spend::SpendExportJob *exportFocus(const QString &path);
    // Name and model of every table on the dashboard.
    QList<QPair<QString, QAbstractItemModel *>> tables() const;

    SpendChartView *chartView() const { return m_chart; }
    SpendFilterBar *filterBar() const { return m_filters; }
    SpendKpiHeader *kpiHeader() const { return m_kpis; }
    UnitEconomicsPanel *unitEconomicsPanel() const { return m_unit; }
    keel::spend::BudgetModel *budgetModel() const { return m_budgetModel; }
    keel::spend::SpendTableModel *spendTableModel() const { return m_tableModel; }
    keel::spend::DriverModel *templateModel() const { return m_templateModel; }
    keel::spend::SpendDetailModel *detailModel() const { return m_detailModel; }
    keel::spend::RequestListModel *requestModel() const { return m_requestModel; }
    QTableView *detailView() const { return m_detailView; }
    QTableView *requestView() const { return m_requestView; }
    QString requestCaption() const;
    QLabel *anomalyBanner() const { return m_anomalyBanner; }

public Q_SLOTS:
    void reload();   // e.g. after a sync finished
    // Drill-down: the rows behind a chart point, shown in the drill-down tab.
    void drillInto(qint64 periodStart, const QString &key, bool wholePeriod = false);
    // The requests behind one drill-down row.
    void showRequestsFor(int detailRow);

Q_SIGNALS:
    void ready();                          // once, after the first load (data, empty or error)
    void loadFinished();                   // after every load
    void detailShown();
    void requestsShown();
    void correlationIdActivated(const QString &correlationId);

private:
    void buildUi();
    void buildExportMenu(QToolButton *button);
    QTableView *makeTable(QAbstractItemModel *model, const QString &name, int sortColumn);
    void onLoaded(const keel::spend::SpendSnapshot &snapshot);
    void setState(State state, const QString &message);
    void saveQuery() const;
    void chooseAndExportTable(const QAbstractItemModel *model, const QString &name);
    void chooseAndSave(const QString &kind);

    keel::SessionContext m_session;
    keel::spend::SpendDataService *m_service = nullptr;
    keel::spend::SpendSnapshot m_snapshot;
    State m_state = State::Loading;
    QString m_message;
    bool m_readyEmitted = false;

    SpendFilterBar *m_filters = nullptr;
    SpendKpiHeader *m_kpis = nullptr;
    SpendChartView *m_chart = nullptr;
    UnitEconomicsPanel *m_unit = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_anomalyBanner = nullptr;
    QLabel *m_detailTitle = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_content = nullptr;
    keel::spend::BudgetModel *m_budgetModel = nullptr;
    keel::spend::SpendTableModel *m_tableModel = nullptr;
    keel::spend::DriverModel *m_routeModel = nullptr;
    keel::spend::DriverModel *m_templateModel = nullptr;
    keel::spend::DriverModel *m_modelModel = nullptr;
    keel::spend::SpendDetailModel *m_detailModel = nullptr;
    keel::spend::RequestListModel *m_requestModel = nullptr;
    QTableView *m_detailView = nullptr;
    QTableView *m_requestView = nullptr;
    QLabel *m_requestTitle = nullptr;
    QElapsedTimer m_loadClock; // reload() to the frame, for keel.perf
    QList<QTableView *> m_driverViews;
    QTableView *m_budgetView = nullptr;
    QLabel *m_noBudgets = nullptr; // shown instead of an empty budget table
    int m_drillTab = -1;
};

} // namespace keel::widgets
