#include "spenddashboard.h"

#include "spendchartview.h"
#include "spendfilterbar.h"
#include "spendkpiheader.h"
#include "uniteconomicspanel.h"
#include "valuedelegate.h"

#include <spend/budgetmodel.h>
#include <spend/drivermodel.h>
#include <spend/requestlistmodel.h>
#include <spend/spenddataservice.h>
#include <spend/spenddetailmodel.h>
#include <spend/spendroles.h>
#include <spend/spendsortproxy.h>
#include <spend/spendtablemodel.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <clock.h>
#include <logging.h>

using namespace Qt::StringLiterals;
using namespace keel::spend;

namespace keel::widgets {

SpendDashboard::SpendDashboard(const keel::SessionContext &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_service = new SpendDataService(session.storePath, this);
    if (session.spendSource.isEmpty()) {
        m_service->setPlatformClient(session.client); // drill-downs older than the cached requests
    } else {
        m_service->setOlderRequestsNote(
            tr("This day is older than the requests kept in the local cache, and %1 is not asked for them on "
               "demand. Widen the request window (cache/requestWindowDays) to keep more days.").arg(session.spendSource));
    }
    m_budgetModel = new BudgetModel(this);
    m_tableModel = new SpendTableModel(this);
    m_routeModel = new DriverModel(tr("Route"), this);
    m_templateModel = new DriverModel(tr("Prompt template"), this);
    m_modelModel = new DriverModel(tr("Model"), this);
    m_detailModel = new SpendDetailModel(this);
    m_requestModel = new RequestListModel(this);
    buildUi();

    QSettings settings;
    m_filters->setQuery(SpendQuery::load(settings, keel::clock::todayLocal()));
    m_filters->metricBox()->setCurrentIndex(qBound(0, settings.value(u"spend/metric"_s).toInt(), 2));
    m_chart->setMetric(SpendChartView::Metric(m_filters->metricBox()->currentIndex()));

    connect(m_service, &SpendDataService::loaded, this, &SpendDashboard::onLoaded);
    connect(m_service, &SpendDataService::detailLoaded, this,
            [this](qint64 period, const QString &key, const QList<SpendDetailRow> &rows) {
                m_detailModel->setRows(rows);
                m_requestModel->setRows({});
                m_detailView->resizeColumnsToContents();
                const QString what = key.isEmpty() ? tr("all groups") : key;
                m_detailTitle->setText(tr("%n spend row(s) behind %1 on %2. Double-click a row for its requests.",
                                          nullptr, int(rows.size()))
                                           .arg(what, msToDate(period).toString(Qt::ISODate)));
                m_tabs->setCurrentIndex(m_drillTab);
                Q_EMIT detailShown();
            });
    connect(m_service, &SpendDataService::requestsLoaded, this,
            [this](const SpendDetailRow &, const QList<RequestRow> &rows, const QString &note) {
                m_requestModel->setRows(rows);
                m_requestView->resizeColumnsToContents();
                QString text = tr("%n request(s), costliest first (double-click or Enter opens the trace).", nullptr,
                                  int(rows.size()));
                if (!note.isEmpty())
                    text += u' ' + note;
                m_requestTitle->setText(text);
                Q_EMIT requestsShown();
            });
    connect(m_filters, &SpendFilterBar::queryChanged, this, [this] {
        saveQuery();
        reload();
    });
    connect(m_filters->metricBox(), &QComboBox::currentIndexChanged, this, [this](int i) {
        m_chart->setMetric(SpendChartView::Metric(i));
        QSettings().setValue(u"spend/metric"_s, i);
    });
    connect(m_chart, &SpendChartView::pointActivated, this, &SpendDashboard::drillInto);
    reload();
}

SpendDashboard::~SpendDashboard() = default;

void SpendDashboard::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_filters = new SpendFilterBar(this);
    top->addWidget(m_filters, 1);
    auto *refresh = new QToolButton(this);
    refresh->setText(tr("Refresh"));
    connect(refresh, &QToolButton::clicked, this, &SpendDashboard::reload);
    top->addWidget(refresh);
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    buildExportMenu(exportButton);
    top->addWidget(exportButton);
    layout->addLayout(top);

    m_stateLabel = new QLabel(this);
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setWordWrap(true);
    layout->addWidget(m_stateLabel);

    m_content = new QWidget(this);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    m_kpis = new SpendKpiHeader(m_content);
    content->addWidget(m_kpis);
    m_anomalyBanner = new QLabel(m_content);
    m_anomalyBanner->setTextFormat(Qt::PlainText);
    m_anomalyBanner->setWordWrap(true);
    m_anomalyBanner->setStyleSheet(u"QLabel { color: #b71c1c; font-weight: bold; }"_s);
    m_anomalyBanner->hide();
    content->addWidget(m_anomalyBanner);

    auto *split = new QSplitter(Qt::Vertical, m_content);
    m_chart = new SpendChartView(split);
    m_tabs = new QTabWidget(split);

    auto *budgetTab = new QWidget(m_tabs);
    auto *bl = new QVBoxLayout(budgetTab);
    bl->setContentsMargins(0, 0, 0, 0);
    m_noBudgets = new QLabel(budgetTab);
    m_noBudgets->setObjectName(u"noBudgetsNote"_s);
    m_noBudgets->setTextFormat(Qt::PlainText);
    m_noBudgets->setWordWrap(true);
    m_noBudgets->setMargin(8);
    m_noBudgets->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_noBudgets->setText(m_session.spendSourceHasBudgets
                             ? tr("No budget is set for this month. Budgets are kept by the spend source (%1): set them there "
                                  "and they show here after the next sync.")
                                   .arg(m_session.spendSource.isEmpty() ? tr("the platform") : m_session.spendSource)
                             : tr("%1 keeps no budgets, so none are tracked here. Spend and requests still come from it; "
                                  "for budgets, take spend from a LiteLLM proxy or the Keel platform.")
                                   .arg(m_session.spendSource));
    m_noBudgets->hide();
    bl->addWidget(m_noBudgets);
    QTableView *budgets = makeTable(m_budgetModel, tr("Budgets"), BudgetModel::Used);
    m_budgetView = budgets;
    budgets->setItemDelegate(new BudgetBarDelegate(budgets));
    budgets->setColumnWidth(BudgetModel::Used, 240);
    bl->addWidget(budgets, 1);
    m_tabs->addTab(budgetTab, tr("Budgets"));
    if (!m_session.spendSourceHasBudgets)
        m_kpis->setNoBudgetsText(tr("%1 keeps no budgets").arg(m_session.spendSource));

    auto *drivers = new QWidget(m_tabs);
    auto *dl = new QHBoxLayout(drivers);
    for (auto *m : {m_templateModel, m_routeModel, m_modelModel}) {
        QTableView *t = makeTable(m, m->headerData(0, Qt::Horizontal).toString(), DriverModel::Cost);
        t->setColumnHidden(DriverModel::CostPerRequest, true);
        if (m != m_templateModel)
            t->setColumnHidden(DriverModel::Detail, true);
        dl->addWidget(t);
        m_driverViews << t;
    }
    m_tabs->addTab(drivers, tr("Drivers"));

    m_unit = new UnitEconomicsPanel(m_tabs);
    m_tabs->addTab(m_unit, tr("Unit economics"));
    m_tabs->addTab(makeTable(m_tableModel, tr("Spend table"), SpendTableModel::Period), tr("Spend table"));

    auto *drill = new QWidget(m_tabs);
    auto *dv = new QVBoxLayout(drill);
    m_detailTitle = new QLabel(tr("Click a band of the chart to see the spend rows behind it."), drill);
    m_detailTitle->setTextFormat(Qt::PlainText);
    dv->addWidget(m_detailTitle);
    m_detailView = makeTable(m_detailModel, tr("Spend rows"), SpendDetailModel::Cost);
    m_requestView = makeTable(m_requestModel, tr("Requests"), RequestListModel::Cost);
    dv->addWidget(m_detailView, 1);
    m_requestTitle = new QLabel(tr("Requests (double-click or Enter opens the trace)"), drill);
    m_requestTitle->setTextFormat(Qt::PlainText);
    m_requestTitle->setWordWrap(true);
    dv->addWidget(m_requestTitle);
    dv->addWidget(m_requestView, 2);
    m_drillTab = m_tabs->addTab(drill, tr("Drill-down"));
    connect(m_detailView, &QTableView::activated, this, [this](const QModelIndex &idx) {
        showRequestsFor(idx.data(RowIndexRole).toInt());
    });
    connect(m_requestView, &QTableView::activated, this, [this](const QModelIndex &idx) {
        const QString cid = idx.data(CorrelationIdRole).toString();
        if (!cid.isEmpty())
            Q_EMIT correlationIdActivated(cid);
    });

    split->addWidget(m_chart);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    content->addWidget(split, 1);
    layout->addWidget(m_content, 1);
}

QTableView *SpendDashboard::makeTable(QAbstractItemModel *model, const QString &name, int sortColumn)
{
    auto *proxy = new SpendSortProxy(this);
    proxy->setSourceModel(model);
    auto *view = new QTableView(this);
    view->setModel(proxy);
    view->setItemDelegate(new ValueDelegate(view));
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, sortColumn == SpendTableModel::Period && model == m_tableModel
                                       ? Qt::AscendingOrder : Qt::DescendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    view->setAccessibleName(name);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *exportAction = new QAction(tr("Export table as CSV…"), view);
    connect(exportAction, &QAction::triggered, this, [this, model, name] { chooseAndExportTable(model, name); });
    view->addAction(exportAction);
    return view;
}

SpendQuery SpendDashboard::query() const
{
    return m_filters->query();
}

void SpendDashboard::setQuery(const SpendQuery &query)
{
    m_filters->setQuery(query);
    saveQuery();
    reload();
}

void SpendDashboard::setAsOf(const QDateTime &asOf)
{
    m_service->setAsOf(asOf);
}

void SpendDashboard::saveQuery() const
{
    QSettings settings;
    m_filters->query().save(settings);
}

void SpendDashboard::reload()
{
    m_loadClock.start();
    setState(State::Loading, tr("Loading spend from the local cache…"));
    m_service->load(m_filters->query());
}

void SpendDashboard::drillInto(qint64 periodStart, const QString &key, bool wholePeriod)
{
    m_service->loadDetail(m_filters->query(), periodStart, key, wholePeriod);
}

void SpendDashboard::showRequestsFor(int detailRow)
{
    if (detailRow < 0 || detailRow >= m_detailModel->rows().size())
        return;
    m_requestTitle->setText(tr("Loading the requests behind this row…"));
    m_service->loadRequests(m_detailModel->rows().at(detailRow));
}

QString SpendDashboard::requestCaption() const
{
    return m_requestTitle->text();
}

QString SpendDashboard::stateMessage() const
{
    return m_message;
}

void SpendDashboard::setState(State state, const QString &message)
{
    m_state = state;
    m_message = message;
    m_stateLabel->setText(message);
    m_stateLabel->setVisible(!message.isEmpty());
}

void SpendDashboard::onLoaded(const SpendSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_filters->setOptions(snapshot.options);
    if (!snapshot.ok()) {
        m_kpis->clear();
        m_chart->setData({}, {});
        setState(State::Error, snapshot.error);
    } else {
        m_kpis->setSnapshot(snapshot);
        m_chart->setData(snapshot.series, snapshot.anomalies);
        m_budgetModel->setBudgets(snapshot.budgets);
        m_noBudgets->setVisible(snapshot.budgets.isEmpty());
        m_budgetView->setVisible(!snapshot.budgets.isEmpty());
        m_tableModel->setSeries(snapshot.series);
        m_routeModel->setRows(snapshot.routes);
        m_templateModel->setRows(snapshot.templates);
        m_modelModel->setRows(snapshot.models);
        m_unit->setEconomics(snapshot.unit);
        // A comparison with a period the cache does not cover would rank everything as "new".
        for (QTableView *v : std::as_const(m_driverViews)) {
            for (int c : {int(DriverModel::Previous), int(DriverModel::Change), int(DriverModel::ChangeRatio)})
                v->setColumnHidden(c, !snapshot.totals.previousComplete);
            v->resizeColumnsToContents();
        }
        m_budgetView->resizeColumnsToContents();
        m_budgetView->setColumnWidth(BudgetModel::Used, 240);
        QStringList anomalyText;
        for (const Anomaly &a : snapshot.anomalies)
            anomalyText << a.explanation();
        m_anomalyBanner->setText(anomalyText.join(u'\n'));
        m_anomalyBanner->setVisible(!anomalyText.isEmpty());
        if (snapshot.series.isEmpty()) {
            QString hint = tr("No spend recorded from %1 to %2 with these filters. Widen the date range or set the "
                              "filters back to \"all\".")
                               .arg(snapshot.query.from.toString(Qt::ISODate), snapshot.query.to.toString(Qt::ISODate));
            if (snapshot.options.lastDay.isValid())
                hint += u' ' + tr("The cache holds spend from %1 to %2.")
                                   .arg(snapshot.options.firstDay.toString(Qt::ISODate),
                                        snapshot.options.lastDay.toString(Qt::ISODate));
            else
                hint += u' ' + (m_session.spendSource.isEmpty()
                                    ? tr("The cache holds no spend yet: sync from the platform first.")
                                    : tr("The cache holds no spend yet: sync from %1 first.").arg(m_session.spendSource));
            setState(State::Empty, hint);
        } else {
            QString note;
            if (!m_session.client && m_session.spendSource.isEmpty())
                note = tr("Offline: showing the local cache. Connect to the platform and sync for newer spend.");
            if (snapshot.lastSynced.isValid())
                note += (note.isEmpty() ? QString() : u" "_s)
                    + tr("Last synced %1 UTC.").arg(snapshot.lastSynced.toString(u"yyyy-MM-dd HH:mm"_s));
            setState(State::Ready, note);
        }
    }
    Q_EMIT loadFinished();
    if (!m_readyEmitted) {
        m_readyEmitted = true;
        Q_EMIT ready();
    }
    if (lcPerf().isInfoEnabled()) {
        // After the posted layout and paint events: the frame the user sees.
        const qint64 loadMs = m_loadClock.elapsed();
        const bool empty = snapshot.series.isEmpty();
        QTimer::singleShot(0, this, [loadMs, empty, started = m_loadClock] {
            qCInfo(lcPerf).nospace() << "spend frame: load " << loadMs << " ms, painted " << started.elapsed()
                                     << " ms, since start " << keel::msSinceProcessStart() << " ms, "
                                     << (empty ? "empty" : "data");
        });
    }
}

} // namespace keel::widgets
