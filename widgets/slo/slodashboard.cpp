#include "slodashboard.h"

#include "burncelldelegate.h"
#include "sloreportjob.h"
#include "slotelemetrypanel.h"
#include "statusbadgedelegate.h"

#include <prometheus/slisourcefactory.h>
#include <slo/cachedslisource.h>
#include <slo/slosortproxy.h>
#include <slo/slotablemodel.h>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <clock.h>
#include <logging.h>

using namespace Qt::StringLiterals;

namespace keel::slo {

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kTelemetryDays = 7;
} // namespace

SloDashboard::SloDashboard(const keel::SessionContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_table = new SloTableModel(this);
    m_proxy = new SloSortProxy(this);
    m_proxy->setSourceModel(m_table);
    buildUi();
    m_source = prometheus::createSliSource(m_context.client, QSettings(), &m_configWarning);
    connectSource();
    openCache();
    refresh();
}

SloDashboard::~SloDashboard() = default;

widgets::TimeSeriesChart *SloDashboard::burndownChart() const { return m_telemetry->burndownChart(); }
widgets::TimeSeriesChart *SloDashboard::latencyChart() const { return m_telemetry->latencyChart(); }
widgets::TimeSeriesChart *SloDashboard::errorChart() const { return m_telemetry->errorChart(); }

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
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_proxy->sort(0);

    // The charts keep a readable height; on a small screen the detail scrolls instead of squashing them.
    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_telemetry = new SloTelemetryPanel(m_context.client, scroll);
    scroll->setWidget(m_telemetry);
    split->addWidget(m_view);
    split->addWidget(scroll);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(refreshButton, &QPushButton::clicked, this, &SloDashboard::refresh);
    connect(reportButton, &QPushButton::clicked, this, &SloDashboard::exportReport);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        // A column click leaves the council order for a plain column sort; Status returns to it.
        m_proxy->setCouncilOrder(section == SloTableModel::Status);
        const auto order = m_proxy->sortOrder() == Qt::AscendingOrder && m_proxy->sortColumn() == section
                               ? Qt::DescendingOrder : Qt::AscendingOrder;
        m_proxy->sort(section, m_proxy->councilOrder() ? Qt::AscendingOrder : order);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        m_selectedId = current.data(SloTableModel::SloIdRole).toString();
        showSelected();
        Q_EMIT sloSelected(m_selectedId);
    });
    connect(m_telemetry, &SloTelemetryPanel::seriesSettled, this, &SloDashboard::finishOne);
    connect(m_telemetry, &SloTelemetryPanel::failed, this, &SloDashboard::showMessage);
    connect(m_telemetry, &SloTelemetryPanel::incidentChanged, this, [this](const QString &text) {
        m_incident->setText(text);
        m_incident->setVisible(!text.isEmpty());
    });
}

void SloDashboard::setSliSource(std::unique_ptr<SliSource> source)
{
    m_source = std::move(source);
    connectSource();
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
            showSelected();
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
            showMessage(tr("No SLOs are defined yet."));
        finishOne();
    });
}

void SloDashboard::openCache()
{
    // The last synced SLOs show at once (and offline); live answers replace them as they come.
    if (m_context.storePath.isEmpty() || !QFileInfo::exists(m_context.storePath))
        return;
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
        if (m_liveListed || m_table->rowCount() == 0)
            return;
        m_sourceLabel->setText(tr("Showing the SLOs cached at the last sync; waiting for %1").arg(m_source->describe()));
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        noteCachedData();
    });
    m_cache->refresh();
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
    m_pendingLoads = 1 + m_telemetry->seriesCount();
    m_loadClock.start();
    const qint64 to = keel::clock::nowMs() / kHourMs * kHourMs + kHourMs;
    m_source->refresh();
    m_telemetry->load(to - kTelemetryDays * 24 * kHourMs, to);
}

void SloDashboard::showSelected()
{
    m_telemetry->showSlo(m_table->slo(m_table->rowOf(m_selectedId)), m_table->status(m_selectedId));
}

void SloDashboard::exportReport()
{
    bool ok = false;
    const QString month = QInputDialog::getText(this, tr("Council report"), tr("Month (YYYY-MM):"), QLineEdit::Normal,
                                                keel::clock::todayLocal().toString(u"yyyy-MM"_s), &ok);
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
    if (m_pendingLoads == 0 && lcPerf().isInfoEnabled())
        QTimer::singleShot(0, this, [this] {
            qCInfo(lcPerf).nospace() << "slo frame: painted " << m_loadClock.elapsed() << " ms, since start "
                                     << keel::msSinceProcessStart() << " ms, " << m_table->rowCount() << " SLOs";
        });
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

QString SloDashboard::incidentText() const { return m_telemetry->incidentText(); }
QString SloDashboard::messageText() const { return m_message->text(); }

} // namespace keel::slo
