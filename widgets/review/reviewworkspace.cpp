#include "reviewworkspace.h"

#include "decisionpanel.h"
#include "itempane.h"

#include <review/decisionlogmodel.h>
#include <review/reviewdb.h>
#include <review/reviewfeed.h>
#include <review/reviewformat.h>
#include <review/reviewitemfilterproxy.h>
#include <review/reviewitemmodel.h>
#include <review/reviewqueuemodel.h>
#include <review/reviewsession.h>
#include <review/leasemessages.h>
#include <logging.h>

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keel::review {

namespace {
QLabel *banner(QWidget *parent, const QString &objectName, const QString &style)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(u"QLabel{padding:6px 10px;border-radius:4px;"_s + style + u"}"_s);
    label->hide();
    return label;
}
} // namespace

ReviewWorkspace::ReviewWorkspace(const keel::SessionContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"reviewWorkspace"_s);
    m_canReview = context.identity.hasRole("reviewer") || context.identity.hasRole("admin");
    m_session = new ReviewSession(context.client, QString::fromStdString(context.identity.user), this);
    m_feed = new ReviewFeed(context.client, this);
    m_queueModel = new ReviewQueueModel(this);
    m_itemModel = new ReviewItemModel(this);
    m_proxy = new ReviewItemFilterProxy(this);
    m_proxy->setSourceModel(m_itemModel);
    m_logModel = new DecisionLogModel(this);
    buildUi();
    buildShortcuts();

    QString dbError;
    if (!m_session->openDatabase(ReviewDb::defaultPathFor(context.storePath), context.outbox, &dbError)) {
        m_errorBanner->setText(tr("Decisions cannot be saved on this computer: %1. Reviewing is disabled until "
                                  "this is fixed (check disk space and permissions of the cache folder).")
                                   .arg(dbError));
        m_errorBanner->show();
        m_canReview = false;
    }
    m_logModel->setEntries(m_session->recentDecisions(50));
    m_logView->setVisible(m_logModel->rowCount() > 0);

    connect(m_feed, &ReviewFeed::queuesLoaded, this, &ReviewWorkspace::onQueuesLoaded);
    connect(m_feed, &ReviewFeed::itemsLoaded, this, &ReviewWorkspace::onItemsLoaded);
    connect(m_feed, &ReviewFeed::loadFailed, this, &ReviewWorkspace::onLoadFailed);
    connect(m_session, &ReviewSession::leaseChanged, this, &ReviewWorkspace::updateLeaseBanner);
    connect(m_session, &ReviewSession::leaseChanged, this, &ReviewWorkspace::updateDecisionControls);
    connect(m_session, &ReviewSession::leaseLost, this, [this] { saveDraftNow(); });
    connect(m_session, &ReviewSession::decisionSaved, this, &ReviewWorkspace::onDecisionSaved);
    connect(m_session, &ReviewSession::decisionStateChanged, this,
            [this](qint64 seq) { onDecisionStateChanged(seq); });
    connect(m_session, &ReviewSession::decisionUndone, this, &ReviewWorkspace::onDecisionUndone);
    connect(m_session, &ReviewSession::decisionNotSaved, this, &ReviewWorkspace::onDecisionNotSaved);
    connect(m_session, &ReviewSession::undoRefused, this, [this](const QString &m) { m_status->setText(m); });
    connect(m_session, &ReviewSession::pendingCountChanged, this, &ReviewWorkspace::updateOfflineBanner);
    connect(m_session, &ReviewSession::offlineChanged, this, &ReviewWorkspace::updateOfflineBanner);
    connect(m_session, &ReviewSession::figuresChanged, this, &ReviewWorkspace::updateFigures);

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ReviewWorkspace::tick);
    m_tick->start();
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(30000);
    connect(m_refreshTimer, &QTimer::timeout, this, &ReviewWorkspace::refresh);
    m_refreshTimer->start();
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(300);
    connect(m_draftTimer, &QTimer::timeout, this, &ReviewWorkspace::saveDraftNow);
    connect(m_panel, &DecisionPanel::draftChanged, m_draftTimer, qOverload<>(&QTimer::start));

    // Keys, clicks and scrolling anywhere in the workspace count as work: the lease on the open
    // item is renewed only while the reviewer is at it.
    qApp->installEventFilter(this);

    updateFigures();
    updateOfflineBanner();
    updateDecisionControls();
    showItemsMessage(tr("Loading review queues…"));
    m_feed->refreshQueues();
}

bool ReviewWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (auto *w = qobject_cast<QWidget *>(watched); w && (w == this || isAncestorOf(w)))
            m_session->noteActivity();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

ReviewWorkspace::~ReviewWorkspace()
{
    qApp->removeEventFilter(this);
    saveDraftNow();
    if (m_session)
        m_session->leave();
}

void ReviewWorkspace::buildUi()
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(12, 10, 12, 10);
    root->setSpacing(8);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Review"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    header->addWidget(title);
    auto *who = new QLabel(tr("signed in as %1").arg(QString::fromStdString(m_context.identity.displayName.empty()
                                                                                ? m_context.identity.user
                                                                                : m_context.identity.displayName)),
                           this);
    who->setTextFormat(Qt::PlainText);
    who->setStyleSheet(u"color:#5f6368;"_s);
    header->addWidget(who);
    header->addStretch(1);
    m_figures = new QLabel(this);
    m_figures->setObjectName(u"reviewerFigures"_s);
    m_figures->setTextFormat(Qt::PlainText);
    header->addWidget(m_figures);
    root->addLayout(header);

    m_offlineBanner = banner(this, u"offlineBanner"_s, u"background:#fff1cc;color:#6b4700;"_s);
    m_errorBanner = banner(this, u"errorBanner"_s, u"background:#fde2e1;color:#8a1c1c;"_s);
    m_roleBanner = banner(this, u"roleBanner"_s, u"background:#e8eaed;color:#202124;"_s);
    root->addWidget(m_offlineBanner);
    root->addWidget(m_errorBanner);
    root->addWidget(m_roleBanner);
    if (!m_canReview) {
        QStringList roles;
        for (const auto &r : m_context.identity.roles)
            roles.append(QString::fromStdString(r));
        m_roleBanner->setText(tr("Your account has the roles %1: you can read the review queues, but only "
                                 "reviewers and admins can decide items.")
                                  .arg(roles.isEmpty() ? tr("(none)") : roles.join(u", "_s)));
        m_roleBanner->show();
    }

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);

    m_queuesView = new QTreeView(split);
    m_queuesView->setObjectName(u"queuesView"_s);
    m_queuesView->setRootIsDecorated(false);
    m_queuesView->setModel(m_queueModel);
    m_queuesView->setUniformRowHeights(true);
    m_queuesView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_queuesView->setMinimumWidth(260);
    connect(m_queuesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.data(ReviewQueueModel::QueueIdRole).toString();
                if (!id.isEmpty() && id != m_currentQueue)
                    selectQueue(id);
            });

    auto *middle = new QWidget(split);
    auto *midLayout = new QVBoxLayout(middle);
    midLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_filterText = new QLineEdit(middle);
    m_filterText->setObjectName(u"itemFilter"_s);
    m_filterText->setPlaceholderText(tr("Filter by model, use case, policy flag or id (Ctrl+F)"));
    m_filterText->setClearButtonEnabled(true);
    connect(m_filterText, &QLineEdit::textChanged, m_proxy, &ReviewItemFilterProxy::setText);
    m_riskFilter = new QComboBox(middle);
    m_riskFilter->addItem(tr("Any risk"), 0.0);
    m_riskFilter->addItem(tr("Risk ≥ 40%"), 0.4);
    m_riskFilter->addItem(tr("Risk ≥ 70%"), 0.7);
    connect(m_riskFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setMinRisk(m_riskFilter->currentData().toDouble()); });
    m_confidenceFilter = new QComboBox(middle);
    m_confidenceFilter->addItem(tr("Any confidence"), 1.0);
    m_confidenceFilter->addItem(tr("Confidence < 80%"), 0.7999);
    m_confidenceFilter->addItem(tr("Confidence < 50%"), 0.4999);
    connect(m_confidenceFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setMaxConfidence(m_confidenceFilter->currentData().toDouble()); });
    filters->addWidget(m_filterText, 1);
    filters->addWidget(m_riskFilter);
    filters->addWidget(m_confidenceFilter);
    midLayout->addLayout(filters);
    m_itemsStack = new QStackedWidget(middle);
    m_itemsView = new QTableView(m_itemsStack);
    m_itemsView->setObjectName(u"itemsView"_s);
    m_itemsView->setModel(m_proxy);
    m_itemsView->setSortingEnabled(true);
    m_itemsView->sortByColumn(ReviewItemModel::SlaDue, Qt::AscendingOrder);
    m_itemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_itemsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_itemsView->verticalHeader()->hide();
    m_itemsView->horizontalHeader()->setStretchLastSection(true);
    m_itemsView->setWordWrap(false);
    m_itemsStack->addWidget(m_itemsView);
    m_itemsMessage = new QLabel(m_itemsStack);
    m_itemsMessage->setObjectName(u"itemsMessage"_s);
    m_itemsMessage->setTextFormat(Qt::PlainText);
    m_itemsMessage->setWordWrap(true);
    m_itemsMessage->setAlignment(Qt::AlignCenter);
    m_itemsMessage->setStyleSheet(u"color:#5f6368;padding:24px;"_s);
    m_itemsStack->addWidget(m_itemsMessage);
    midLayout->addWidget(m_itemsStack, 1);
    connect(m_itemsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewWorkspace::onCurrentItemChanged);

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_leaseBanner = banner(right, u"leaseBanner"_s, u"background:#e8f0fe;color:#174ea6;"_s);
    rightLayout->addWidget(m_leaseBanner);
    m_pane = new ItemPane(right);
    rightLayout->addWidget(m_pane, 1);
    m_panel = new DecisionPanel(right);
    m_panel->setObjectName(u"decisionPanel"_s);
    m_panel->setVisible(m_canReview);
    rightLayout->addWidget(m_panel, 0);
    m_status = new QLabel(right);
    m_status->setObjectName(u"reviewStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    rightLayout->addWidget(m_status);
    m_logView = new QListView(right);
    m_logView->setObjectName(u"decisionLog"_s);
    m_logView->setModel(m_logModel);
    m_logView->setMaximumHeight(110);
    m_logView->setFocusPolicy(Qt::NoFocus);
    m_logView->setVisible(false); // shown once there is a decision to follow
    rightLayout->addWidget(m_logView);

    split->addWidget(m_queuesView);
    split->addWidget(middle);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 6);
    split->setSizes({300, 560, 900});
    root->addWidget(split, 1);

    connect(m_panel, &DecisionPanel::approveRequested, this,
            [this] { submit(int(domain::DecisionAction::Approve)); });
    connect(m_panel, &DecisionPanel::editRequested, m_panel, &DecisionPanel::beginEdit);
    connect(m_panel, &DecisionPanel::escalateRequested, m_panel, &DecisionPanel::beginEscalate);
    connect(m_panel, &DecisionPanel::rejectRequested, m_panel, &DecisionPanel::beginReject);
    connect(m_panel, &DecisionPanel::submitRequested, this, [this] { submit(-1); });
    connect(m_panel, &DecisionPanel::undoRequested, this, [this] { m_session->undo(); });
}

QString ReviewWorkspace::currentItemId() const
{
    return m_openItemId;
}

QString ReviewWorkspace::leaseBannerText() const
{
    return m_leaseBanner->isVisible() || !m_leaseBanner->text().isEmpty() ? m_leaseBanner->text() : QString();
}

QString ReviewWorkspace::offlineBannerText() const
{
    return m_offlineBanner->isHidden() ? QString() : m_offlineBanner->text();
}

void ReviewWorkspace::markReady()
{
    if (m_ready)
        return;
    m_ready = true;
    Q_EMIT ready();
}

void ReviewWorkspace::refresh()
{
    m_feed->refreshQueues();
    if (!m_currentQueue.isEmpty())
        m_feed->loadItems(m_currentQueue);
}

void ReviewWorkspace::selectQueue(const QString &queueId)
{
    if (queueId == m_currentQueue)
        return;
    saveDraftNow();
    m_currentQueue = queueId;
    const int row = m_queueModel->rowOf(queueId);
    if (row >= 0 && m_queuesView->currentIndex().row() != row)
        m_queuesView->setCurrentIndex(m_queueModel->index(row, 0));
    showItemsMessage(tr("Loading items…"));
    m_feed->loadItems(queueId);
}

void ReviewWorkspace::onQueuesLoaded(const QList<domain::ReviewQueue> &queues)
{
    m_errorBanner->hide();
    m_queueModel->setQueues(queues);
    if (!m_firstQueues)
        return;
    m_firstQueues = false;
    if (queues.isEmpty()) {
        showItemsMessage(tr("There are no review queues on the platform yet. Nothing needs a human right now."));
        markReady();
        return;
    }
    // Start where the work is: the first queue with pending items.
    QString pick = QString::fromStdString(queues.first().id);
    for (const auto &q : queues) {
        if (q.pending > 0) {
            pick = QString::fromStdString(q.id);
            break;
        }
    }
    selectQueue(pick);
}

void ReviewWorkspace::onItemsLoaded(const QString &queueId, const QList<domain::ReviewItem> &items)
{
    if (queueId != m_currentQueue)
        return;
    QList<domain::ReviewItem> visible;
    QSet<QString> stillOpen;
    for (const auto &it : items) {
        const QString id = QString::fromStdString(it.id);
        stillOpen.insert(id);
        if (!m_decidedHere.contains(id))
            visible.append(it);
    }
    // Once the platform no longer lists an item as open, it no longer needs hiding.
    for (auto it = m_decidedHere.begin(); it != m_decidedHere.end();)
        it = stillOpen.contains(*it) ? std::next(it) : m_decidedHere.erase(it);
    if (m_loadedQueue != queueId) {
        m_itemModel->resetItems(visible);
        m_loadedQueue = queueId;
    } else {
        m_itemModel->mergeItems(visible);
    }
    if (m_proxy->rowCount() == 0) {
        showItemsMessage(m_itemModel->rowCount() == 0
                             ? tr("This queue is empty: every item has been decided. Pick another queue on the "
                                  "left; new items appear here as they arrive.")
                             : tr("No item matches the filter. Clear the filter to see all %n item(s).", nullptr,
                                  m_itemModel->rowCount()));
        if (!m_session->hasItem())
            m_pane->clearItem();
    } else {
        m_itemsStack->setCurrentWidget(m_itemsView);
        if (!m_itemsView->currentIndex().isValid())
            m_itemsView->setCurrentIndex(m_proxy->index(0, 0));
    }
    markReady();
}

void ReviewWorkspace::onLoadFailed(const QString &what, const QString &message, int httpStatus)
{
    Q_UNUSED(httpStatus);
    m_errorBanner->setText(message + u' ' + tr("Press F5 to try again."));
    m_errorBanner->show();
    if (what == u"queues" && m_queueModel->rowCount() == 0)
        showItemsMessage(tr("The review queues could not be loaded. Check the connection, then press F5."));
    else if (what == u"items" && m_itemModel->rowCount() == 0)
        showItemsMessage(tr("The items of this queue could not be loaded. Press F5 to try again."));
    markReady();
}

void ReviewWorkspace::showItemsMessage(const QString &message)
{
    m_itemsMessage->setText(message);
    m_itemsStack->setCurrentWidget(m_itemsMessage);
}

void ReviewWorkspace::onCurrentItemChanged()
{
    openRow(m_itemsView->currentIndex().row());
}

void ReviewWorkspace::openRow(int proxyRow)
{
    const QModelIndex proxyIndex = m_proxy->index(proxyRow, 0);
    if (!proxyIndex.isValid())
        return;
    const domain::ReviewItem *item = m_itemModel->item(m_proxy->mapToSource(proxyIndex).row());
    if (!item)
        return;
    const QString id = QString::fromStdString(item->id);
    if (id == m_openItemId && m_session->hasItem())
        return;
    saveDraftNow();
    m_openItemId = id;
    m_pane->showItem(*item);
    if (m_canReview) {
        m_session->openItem(*item);
        m_panel->setItem(id, QString::fromStdString(item->output), m_session->draft(id));
    }
    m_status->clear();
    updateDecisionControls();
    updateLeaseBanner();
    Q_EMIT itemOpened(id);
}

void ReviewWorkspace::nextItem()
{
    const int row = m_itemsView->currentIndex().row();
    if (row + 1 < m_proxy->rowCount())
        m_itemsView->setCurrentIndex(m_proxy->index(row + 1, 0));
}

void ReviewWorkspace::previousItem()
{
    const int row = m_itemsView->currentIndex().row();
    if (row > 0)
        m_itemsView->setCurrentIndex(m_proxy->index(row - 1, 0));
}

} // namespace keel::review
