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
#include <QSettings>
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


ReviewWorkspace::ReviewWorkspace(const keel::SessionContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"reviewWorkspace"_s);
    m_canReview = context.identity.hasRole("reviewer") || context.identity.hasRole("admin");
    m_session = new ReviewSession(context.client, QString::fromStdString(context.identity.user), this);
    m_session->setFeedbackSink(context.feedbackSink); // null: the platform
    // Undo grace in seconds: a preference, 5 s unless the reviewer set another (0 sends at once).
    m_session->setGracePeriodMs(
        1000 * std::clamp(QSettings().value(u"review/undoGraceSeconds"_s, 5).toInt(), 0, 60));
    m_feed = context.reviewFeed ? new ReviewFeed(context.reviewFeed, this) : new ReviewFeed(context.client, this);
    m_feed->setCachePath(context.storePath); // offline: the queue as last synced
    m_queueModel = new ReviewQueueModel(this);
    m_itemModel = new ReviewItemModel(this);
    m_proxy = new ReviewItemFilterProxy(this);
    m_proxy->setSourceModel(m_itemModel);
    m_logModel = new DecisionLogModel(this);
    buildUi();
    buildShortcuts();

    QString dbError;
    if (!m_session->openDatabase(ReviewDb::defaultPathFor(context.storePath, context.reviewSourceKey), context.outbox, &dbError)) {
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
    QSettings().setValue(u"review/lastQueue"_s, queueId);
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
    // Back to the queue the reviewer worked last, if it still has work.
    const QString last = QSettings().value(u"review/lastQueue"_s).toString();
    for (const auto &q : queues)
        if (QString::fromStdString(q.id) == last && q.pending > 0)
            pick = last;
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
    // Status lines and the decision log name a decided item the way its pane did.
    m_logModel->nameItem(id, QString::fromStdString(item->label));
    m_pane->showItem(*item, queueNameOf(*item));
    if (m_canReview) {
        if (!m_context.readOnly) // a snapshot shows the item without claiming it
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
