#include "slodashboard.h"

#include "burncelldelegate.h"
#include "sloreportjob.h"
#include "statusbadgedelegate.h"
#include "timeserieschart.h"

#include <api/platformclient.h>
#include <prometheus/prometheusslisource.h>
#include <prometheus/prometheussource.h>
#include <slo/cachedslisource.h>
#include <slo/incidentfinder.h>
#include <slo/platformslisource.h>
#include <slo/seriesloader.h>
#include <slo/seriestablemodel.h>
#include <slo/slosortproxy.h>
#include <slo/slotablemodel.h>

#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QInputDialog>
#include <QDateTime>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QCoreApplication>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keel::slo {

namespace {
constexpr qint64 kDayMs = 24 * 3600 * 1000;
const QString kBurndown = u"burndown"_s;
const QString kLatency = u"latency"_s;
const QString kErrors = u"errors"_s;
const QString kThroughput = u"throughput"_s;
const QString kTokens = u"tokens"_s;

QString utc(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"MMM d HH:mm"_s); }
} // namespace

SloDashboard::SloDashboard(const keel::SessionContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_table = new SloTableModel(this);
    m_proxy = new SloSortProxy(this);
    m_proxy->setSourceModel(m_table);
    m_burndown = new SeriesTableModel(this);
    m_latency = new SeriesTableModel(this);
    m_errors = new SeriesTableModel(this);
    m_throughput = new SeriesTableModel(this);
    m_tokens = new SeriesTableModel(this);
    m_loader = new SeriesLoader(m_context.client, this);
    connect(m_loader, &SeriesLoader::loaded, this, &SloDashboard::onSeries);
    connect(m_loader, &SeriesLoader::failed, this, &SloDashboard::onSeriesFailed);
    buildUi();

    // Prometheus replaces the platform's own SLO numbers when the user configured both a query
    // API and a definition file; a broken file is reported and the platform source used.
    const QSettings settings;
    const QUrl promUrl(settings.value(u"slo/prometheus_url"_s).toString());
    const QString defsFile = settings.value(u"slo/definitions_file"_s).toString();
    std::unique_ptr<SliSource> source;
    if (promUrl.isValid() && !promUrl.isEmpty() && !defsFile.isEmpty()) {
        const auto load = loadSloDefinitions(defsFile);
        if (load.ok()) {
            api::ConnectionSettings s;
            s.baseUrl = promUrl;
            auto *prom = new prometheus::PrometheusSource(s, this);
            source = std::make_unique<prometheus::PrometheusSliSource>(load.set.slos, prom);
        } else {
            m_configWarning = tr("SLO definition file not used: %1").arg(load.error);
        }
    }
    if (!source)
        source = std::make_unique<PlatformSliSource>(m_context.client);
    m_source = std::move(source);
    connectSource();
    // The last synced SLOs show at once (and offline); live answers replace them as they come.
    if (!m_context.storePath.isEmpty() && QFileInfo::exists(m_context.storePath)) {
        m_cache = new CachedSliSource(m_context.storePath, this);
        connect(m_cache, &SliSource::slosListed, this, [this](const QList<SloInfo> &slos) {
            if (!m_liveListed)
                m_table->setSlos(slos);
        });
        connect(m_cache, &SliSource::statusReady, this, [this](const QString &id, const domain::SloStatus &status) {
            if (!m_liveStatus.contains(id))
                m_table->setStatus(id, status);
        });
        connect(m_cache, &SliSource::finished, this, [this](bool, const QString &) {
            if (!m_liveListed && m_table->rowCount() > 0) {
                m_sourceLabel->setText(tr("Showing the SLOs cached at the last sync; waiting for %1").arg(m_source->describe()));
                if (!m_view->currentIndex().isValid())
                    m_view->setCurrentIndex(m_proxy->index(0, 0));
                noteCachedData();
            }
        });
        m_cache->refresh();
    }
    refresh();
}

SloDashboard::~SloDashboard() = default;

void SloDashboard::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setTextFormat(Qt::PlainText);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter SLOs by name, layer or SLI"));
    m_filter->setClearButtonEnabled(true);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    auto *reportButton = new QPushButton(tr("Council report (PDF)…"), this);
    bar->addWidget(m_sourceLabel, 1);
    bar->addWidget(m_filter, 1);
    bar->addWidget(refreshButton);
    bar->addWidget(reportButton);
    connect(reportButton, &QPushButton::clicked, this, &SloDashboard::exportReport);
    layout->addLayout(bar);

    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    m_message->hide();
    layout->addWidget(m_message);
    m_incident = new QLabel(this);
    m_incident->setTextFormat(Qt::PlainText);
    m_incident->setWordWrap(true);
    m_incident->setStyleSheet(u"background: #fdecea; color: #611a15; padding: 4px;"_s);
    m_incident->hide();
    layout->addWidget(m_incident);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_view = new QTableView(split);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setItemDelegateForColumn(SloTableModel::Status, new widgets::StatusBadgeDelegate(m_view));
    m_view->setItemDelegateForColumn(SloTableModel::BudgetRemaining,
                                     new widgets::BurnCellDelegate(widgets::BurnCellDelegate::Kind::BudgetRemaining, m_view));
    for (int c = SloTableModel::Burn5m; c <= SloTableModel::Burn3d; ++c)
        m_view->setItemDelegateForColumn(c, new widgets::BurnCellDelegate(widgets::BurnCellDelegate::Kind::BurnRate, m_view));
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SloTableModel::Sli, QHeaderView::Interactive);
    m_view->setColumnWidth(SloTableModel::Sli, 220);
    m_view->setSortingEnabled(false);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_proxy->sort(0);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        // First click leaves the council order for a plain column sort; the Status column returns to it.
        m_proxy->setCouncilOrder(section == SloTableModel::Status);
        const auto order = m_proxy->sortOrder() == Qt::AscendingOrder && m_proxy->sortColumn() == section
                               ? Qt::DescendingOrder : Qt::AscendingOrder;
        m_proxy->sort(section, m_proxy->councilOrder() ? Qt::AscendingOrder : order);
    });

    // The charts keep a readable height; on a small screen the detail scrolls instead of squashing them.
    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *detail = new QWidget(scroll);
    scroll->setWidget(detail);
    auto *grid = new QGridLayout(detail);
    m_detailTitle = new QLabel(detail);
    m_detailTitle->setTextFormat(Qt::PlainText);
    auto *controls = new QHBoxLayout;
    m_percentile = new QComboBox(detail);
    m_percentile->addItem(tr("p50"), u"latency_p50_ms"_s);
    m_percentile->addItem(tr("p95"), u"latency_p95_ms"_s);
    m_percentile->addItem(tr("p99"), u"latency_p99_ms"_s);
    m_percentile->setCurrentIndex(1);
    m_groupBy = new QComboBox(detail);
    m_groupBy->addItem(tr("per route"), u"route"_s);
    m_groupBy->addItem(tr("per model"), u"model"_s);
    controls->addWidget(m_detailTitle, 1);
    controls->addWidget(new QLabel(tr("Latency percentile:"), detail));
    controls->addWidget(m_percentile);
    controls->addWidget(m_groupBy);
    grid->addLayout(controls, 0, 0, 1, 2);

    auto chart = [detail](const QString &title, const QString &unit, double scale, SeriesTableModel *model) {
        auto *c = new widgets::TimeSeriesChart(detail);
        c->setTitle(title);
        c->setUnit(unit, scale);
        c->setEmptyText(tr("no data"));
        c->setModel(model);
        return c;
    };
    m_burndownChart = chart(tr("Error budget remaining"), tr("% budget"), 100.0, m_burndown);
    m_latencyChart = chart(tr("Latency (percentile, never averages)"), tr("ms"), 1.0, m_latency);
    m_errorChart = chart(tr("Error rate"), tr("% errors"), 100.0, m_errors);
    m_throughputChart = chart(tr("Throughput"), tr("req/s"), 1.0, m_throughput);
    m_tokensChart = chart(tr("Tokens"), tr("tokens/s"), 1.0, m_tokens);
    grid->addWidget(m_burndownChart, 1, 0);
    grid->addWidget(m_latencyChart, 1, 1);
    grid->addWidget(m_errorChart, 2, 0);
    grid->addWidget(m_throughputChart, 2, 1);
    grid->addWidget(m_tokensChart, 3, 0, 1, 2);
    split->addWidget(m_view);
    split->addWidget(scroll);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(refreshButton, &QPushButton::clicked, this, &SloDashboard::refresh);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_percentile, &QComboBox::currentIndexChanged, this, [this] { loadLatency(); });
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] { loadLatency(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        m_selectedId = current.data(SloTableModel::SloIdRole).toString();
        showBurndown();
        Q_EMIT sloSelected(m_selectedId);
    });
}

void SloDashboard::setSliSource(std::unique_ptr<SliSource> source)
{
    m_source = std::move(source);
    connectSource();
    // The last synced SLOs show at once (and offline); live answers replace them as they come.
    if (!m_context.storePath.isEmpty() && QFileInfo::exists(m_context.storePath)) {
        m_cache = new CachedSliSource(m_context.storePath, this);
        connect(m_cache, &SliSource::slosListed, this, [this](const QList<SloInfo> &slos) {
            if (!m_liveListed)
                m_table->setSlos(slos);
        });
        connect(m_cache, &SliSource::statusReady, this, [this](const QString &id, const domain::SloStatus &status) {
            if (!m_liveStatus.contains(id))
                m_table->setStatus(id, status);
        });
        connect(m_cache, &SliSource::finished, this, [this](bool, const QString &) {
            if (!m_liveListed && m_table->rowCount() > 0) {
                m_sourceLabel->setText(tr("Showing the SLOs cached at the last sync; waiting for %1").arg(m_source->describe()));
                if (!m_view->currentIndex().isValid())
                    m_view->setCurrentIndex(m_proxy->index(0, 0));
                noteCachedData();
            }
        });
        m_cache->refresh();
    }
    refresh();
}

void SloDashboard::connectSource()
{
    m_sourceLabel->setText(tr("SLO numbers from %1").arg(m_source->describe()));
    connect(m_source.get(), &SliSource::slosListed, this, [this](const QList<SloInfo> &slos) {
        m_liveListed = true;
        m_sourceLabel->setText(tr("SLO numbers from %1").arg(m_source->describe()));
        m_table->setSlos(slos);
    });
    connect(m_source.get(), &SliSource::statusReady, this, [this](const QString &id, const domain::SloStatus &status) {
        m_liveStatus.insert(id);
        m_table->setStatus(id, status);
        if (id == m_selectedId)
            showBurndown();
    });
    connect(m_source.get(), &SliSource::statusFailed, this, [this](const QString &id, const QString &message) {
        m_table->setStatusError(id, message);
        showMessage(tr("SLO %1: %2").arg(id, message));
    });
    connect(m_source.get(), &SliSource::warning, this, &SloDashboard::showMessage);
    connect(m_source.get(), &SliSource::finished, this, [this](bool ok, const QString &message) {
        if (!ok) {
            m_liveFailed = true;
            showMessage(message);
            noteCachedData();
        }
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0)); // the most urgent SLO
        if (m_table->rowCount() == 0 && ok && m_liveListed)
            showMessage(tr("The platform defines no SLOs yet."));
        finishOne();
    });
}

void SloDashboard::noteCachedData()
{
    // Said once, whichever comes last: the live failure or the cache load.
    if (m_liveFailed && !m_liveListed && m_table->rowCount() > 0 && !m_cacheNoted) {
        m_cacheNoted = true;
        showMessage(tr("Showing the SLOs cached at the last sync."));
    }
}

void SloDashboard::refresh()
{
    m_liveFailed = false;
    m_cacheNoted = false;
    m_liveListed = false;
    m_liveStatus.clear();
    m_errorsSeen.clear();
    m_message->hide();
    if (!m_configWarning.isEmpty())
        showMessage(m_configWarning);
    m_pendingLoads = 1 + 4; // SLI source + latency, errors, throughput, tokens
    m_toMs = QDateTime::currentMSecsSinceEpoch() / 3600000 * 3600000 + 3600000;
    m_fromMs = m_toMs - 7 * kDayMs;
    m_source->refresh();
    loadSeries();
}

void SloDashboard::loadSeries()
{
    loadLatency();
    m_loader->load(kErrors, {u"error_rate"_s, m_fromMs, m_toMs, 3600, u"route"_s});
    m_loader->load(kThroughput, {u"request_rate"_s, m_fromMs, m_toMs, 3600, u"route"_s});
    m_loader->load(kTokens, {u"tokens_per_s"_s, m_fromMs, m_toMs, 3600, u"route"_s});
}

void SloDashboard::loadLatency()
{
    const bool pending = m_latency->property("pending").toBool();
    if (!pending && m_readyEmitted)
        ++m_pendingLoads;
    m_latency->setProperty("pending", true);
    m_loader->load(kLatency, {m_percentile->currentData().toString(), m_fromMs, m_toMs, 3600,
                              m_groupBy->currentData().toString()});
}

void SloDashboard::onSeries(const QString &tag, const domain::SeriesResponse &response)
{
    if (tag == kLatency) {
        m_latency->setProperty("pending", false);
        m_latency->setSeries(response, m_groupBy->currentData().toString());
        m_latencyChart->setTitle(tr("Latency %1 %2 (never averages)").arg(m_percentile->currentText(), m_groupBy->currentText()));
    } else if (tag == kErrors) {
        m_errors->setSeries(response, u"route"_s);
        updateIncident(response);
    } else if (tag == kThroughput) {
        m_throughput->setSeries(response, u"route"_s);
    } else if (tag == kTokens) {
        m_tokens->setSeries(response, u"route"_s);
    }
    finishOne();
}

void SloDashboard::onSeriesFailed(const QString &tag, const QString &message)
{
    if (tag == kLatency)
        m_latency->setProperty("pending", false);
    showMessage(tr("Telemetry (%1) could not be loaded: %2").arg(tag, message));
    finishOne();
}

void SloDashboard::updateIncident(const domain::SeriesResponse &errors)
{
    // An error rate at least 3× a route's own median and above 2%, for two hours or more.
    const auto found = findAnomalies(errors, u"route"_s, 3.0, 0.02, 2);
    m_incidentBands.clear();
    if (found.isEmpty()) {
        m_incident->hide();
    } else {
        const auto &a = found.first();
        const QString label = tr("Incident: %1 errors %2–%3 UTC").arg(a.key, utc(a.fromMs), utc(a.toMs));
        m_incidentBands.append({a.fromMs, a.toMs, label});
        m_incident->setText(tr("Incident detected on %1: error rate up to %2% (normally %3%) from %4 to %5 UTC. "
                               "It is shaded in the charts below.")
                                .arg(a.key, QLocale().toString(a.peak * 100, 'f', 1),
                                     QLocale().toString(a.baseline * 100, 'f', 2), utc(a.fromMs), utc(a.toMs)));
        m_incident->show();
    }
    for (auto *c : {m_errorChart, m_latencyChart, m_throughputChart, m_tokensChart, m_burndownChart})
        c->setAnnotations(m_incidentBands);
}

void SloDashboard::showBurndown()
{
    const int row = m_table->rowOf(m_selectedId);
    const auto *info = m_table->slo(row);
    const auto *status = m_table->status(m_selectedId);
    if (!info) {
        m_burndown->clear();
        m_detailTitle->clear();
        return;
    }
    m_detailTitle->setText(tr("%1 — objective %2% over %3 days").arg(info->name, QLocale().toString(info->objective * 100, 'f', 2))
                               .arg(info->windowDays));
    if (status)
        m_burndown->setSeries(SeriesTableModel::fromBurndown(status->budgetBurndown, info->name), u"slo"_s);
    else
        m_burndown->clear();
    m_burndownChart->setTitle(tr("Error budget remaining — %1").arg(info->name));
}

void SloDashboard::exportReport()
{
    bool ok = false;
    const QString month = QInputDialog::getText(this, tr("Council report"), tr("Month (YYYY-MM):"), QLineEdit::Normal,
                                                QDate::currentDate().toString(u"yyyy-MM"_s), &ok);
    if (!ok || month.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the SLO report"), u"keel-slo-%1.pdf"_s.arg(month),
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    auto *job = new SloReportJob(m_context, month, path, this);
    connect(job, &SloReportJob::finished, this, [this, job](bool done, const QString &message) {
        if (done)
            m_sourceLabel->setText(message);
        else
            showMessage(message);
        job->deleteLater();
    });
    job->start();
}

void SloDashboard::selectSlo(const QString &sloId)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        if (m_proxy->index(r, 0).data(SloTableModel::SloIdRole).toString() == sloId) {
            m_view->setCurrentIndex(m_proxy->index(r, 0));
            return;
        }
}

void SloDashboard::finishOne()
{
    if (m_pendingLoads > 0)
        --m_pendingLoads;
    if (m_pendingLoads == 0 && !m_readyEmitted) {
        m_readyEmitted = true;
        // Charts lay out their axes and titles on a posted event; let that run before anyone
        // (keel snapshot) grabs the view.
        QTimer::singleShot(0, this, [this] {
            QCoreApplication::sendPostedEvents();
            Q_EMIT ready();
        });
    }
}

void SloDashboard::showMessage(const QString &text)
{
    m_errorsSeen.append(text);
    m_message->setText(m_errorsSeen.join(u'\n'));
    m_message->show();
}

QString SloDashboard::incidentText() const
{
    return m_incident->isVisible() || !m_incident->text().isEmpty() ? m_incident->text() : QString();
}

QString SloDashboard::messageText() const
{
    return m_message->text();
}

} // namespace keel::slo
