// ReviewWorkspace: deciding (submit, undo, the next item at once), drafts, and the banners and
// figures that tell the reviewer where their work stands. Layout and loading live in
// reviewworkspace.cpp, the keyboard map in reviewworkspaceshortcuts.cpp.
#include "reviewworkspace.h"

#include "decisionpanel.h"
#include "itempane.h"

#include <review/decisionlogmodel.h>
#include <review/reviewformat.h>
#include <review/reviewitemfilterproxy.h>
#include <review/reviewitemmodel.h>
#include <review/reviewqueuemodel.h>
#include <review/reviewsession.h>

#include <QDateTime>
#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <clock.h>

using namespace Qt::StringLiterals;

namespace keel::review {

void ReviewWorkspace::reclaim()
{
    using S = ReviewSession::LeaseStatus;
    const S status = m_session->leaseStatus();
    if (!m_canReview || !m_session->hasItem()
        || (status != S::Lost && status != S::Unavailable && status != S::HeldByOther))
        return;
    saveDraftNow();
    const domain::ReviewItem item = m_session->item();
    const QString id = QString::fromStdString(item.id);
    m_session->openItem(item); // claims again; the draft stays in the panel and on disk
    m_panel->setItem(id, QString::fromStdString(item.output), m_session->draft(id));
    m_status->clear();
    updateLeaseBanner();
    updateDecisionControls();
}

void ReviewWorkspace::submit(int action)
{
    if (!m_canReview || !m_session->hasItem())
        return;
    const DecisionInput in = action < 0 ? m_panel->inputForMode()
                                        : m_panel->input(domain::DecisionAction(action));
    saveDraftNow();
    const int row = m_itemsView->currentIndex().row();
    const QString itemId = m_openItemId;
    QString error;
    if (m_session->decide(in, &error).isEmpty()) {
        m_panel->showError(error);
        return;
    }
    // The next item opens at once; the decided one leaves the list (it comes back on undo).
    m_decidedHere.insert(itemId);
    m_openItemId.clear();
    m_panel->cancelMode();
    m_itemModel->removeItem(itemId);
    if (m_proxy->rowCount() > 0) {
        m_itemsView->setCurrentIndex(m_proxy->index(std::min(row, m_proxy->rowCount() - 1), 0));
    } else {
        m_pane->clearItem();
        m_panel->clearItem();
        showItemsMessage(tr("Queue done: nothing left to review here. Pick another queue on the left."));
    }
    m_itemsView->setFocus();
}

void ReviewWorkspace::onDecisionSaved(qint64 seq, const QString &itemId)
{
    // "Saved" is said only now, after the outbox commit.
    m_status->setText(m_session->gracePeriodMs() > 0
                          ? tr("Saved %1. Ctrl+Z undoes it for %2 s, then it is sent.")
                                .arg(itemName(itemId))
                                .arg(m_session->gracePeriodMs() / 1000.0, 0, 'f', 0)
                          : tr("Saved %1; sending.").arg(itemName(itemId)));
    onDecisionStateChanged(seq);
    updateDecisionControls();
}

void ReviewWorkspace::onDecisionStateChanged(qint64 seq)
{
    if (const auto entry = m_session->decision(seq))
        m_logModel->upsert(*entry);
    m_logView->setVisible(m_logModel->rowCount() > 0);
    updateFigures();
    updateOfflineBanner();
    updateDecisionControls();
}

void ReviewWorkspace::updateScoreColumns()
{
    const bool scored = m_itemModel->anyScored() || m_itemModel->rowCount() == 0;
    if (!scored) { // a hidden filter must not go on hiding every unscored item
        m_riskFilter->setCurrentIndex(0);
        m_confidenceFilter->setCurrentIndex(0);
    }
    m_itemsView->setColumnHidden(ReviewItemModel::Risk, !scored);
    m_itemsView->setColumnHidden(ReviewItemModel::Confidence, !scored);
    m_riskFilter->setVisible(scored);
    m_confidenceFilter->setVisible(scored);
}

QString ReviewWorkspace::itemName(const QString &itemId) const
{
    return m_logModel->nameOf(itemId);
}

QString ReviewWorkspace::queueNameOf(const domain::ReviewItem &item) const
{
    const domain::ReviewQueue *queue = m_queueModel->queue(m_queueModel->rowOf(QString::fromStdString(item.queue)));
    return queue && !queue->name.empty() ? QString::fromStdString(queue->name) : QString();
}

void ReviewWorkspace::restoreSessionItem()
{
    // The session reopened an item (undo, or the outbox could not save): show it again.
    const domain::ReviewItem item = m_session->item();
    const QString id = QString::fromStdString(item.id);
    m_decidedHere.remove(id);
    m_itemModel->upsertItem(item);
    m_openItemId = id;
    m_pane->showItem(item, queueNameOf(item));
    m_panel->setItem(id, QString::fromStdString(item.output), m_session->draft(id));
    const QModelIndex src = m_itemModel->index(m_itemModel->rowOf(id), 0);
    m_itemsView->setCurrentIndex(m_proxy->mapFromSource(src));
    m_itemsStack->setCurrentWidget(m_itemsView);
    updateLeaseBanner();
    updateDecisionControls();
    Q_EMIT itemOpened(id);
}

void ReviewWorkspace::onDecisionUndone(qint64 seq, const QString &itemId)
{
    restoreSessionItem();
    m_logModel->setEntries(m_session->recentDecisions(50));
    if (const int row = m_logModel->rowOf(seq); row >= 0)
        m_logView->setRowHidden(row, true);
    m_status->setText(tr("Undone: %1 is open again.").arg(itemId));
}

void ReviewWorkspace::onDecisionNotSaved(const QString &itemId, const QString &message)
{
    Q_UNUSED(itemId);
    restoreSessionItem();
    m_panel->showError(message);
}

void ReviewWorkspace::saveDraftNow()
{
    m_draftTimer->stop();
    if (!m_canReview || m_openItemId.isEmpty())
        return;
    ReviewDraft draft = m_panel->draft();
    if (draft.itemId == m_openItemId)
        m_session->saveDraft(draft);
}

void ReviewWorkspace::updateLeaseBanner()
{
    using S = ReviewSession::LeaseStatus;
    QString text;
    QString style = u"background:#e8f0fe;color:#174ea6;"_s;
    const qint64 left = m_session->leaseExpiresAt() - keel::clock::nowMs();
    switch (m_session->leaseStatus()) {
    case S::None:
        break;
    case S::Claiming:
        text = tr("Claiming this item…");
        break;
    case S::Held:
        // A source without leases (Langfuse) says so instead of a countdown.
        text = m_session->hasLeases() ? tr("You hold this item · lease %1 (renewed automatically while it is open)")
                                            .arg(formatCountdown(left))
                                      : m_session->leaseMessage();
        break;
    case S::HeldByOther:
        text = m_session->leaseMessage();
        if (left > 0)
            text += u' ' + tr("(%1)").arg(formatCountdown(left));
        style = u"background:#fff1cc;color:#6b4700;"_s;
        break;
    case S::Lost:
    case S::Forbidden:
    case S::Unavailable:
        text = m_session->leaseMessage();
        style = u"background:#fde2e1;color:#8a1c1c;"_s;
        break;
    }
    m_leaseBanner->setText(text);
    m_leaseBanner->setStyleSheet(u"QLabel{padding:6px 10px;border-radius:4px;"_s + style + u"}"_s);
    m_leaseBanner->setVisible(!text.isEmpty());
}

void ReviewWorkspace::updateOfflineBanner()
{
    const int pending = m_session->pendingCount();
    if (m_session->isOffline()) {
        m_offlineBanner->setText(tr("Offline: %n decision(s) saved on this computer will be sent when the platform "
                                    "answers again. Keep working; nothing is lost.", nullptr, pending)
                                 + u' ' + m_session->offlineReason());
        m_offlineBanner->show();
    } else {
        m_offlineBanner->hide();
    }
}

void ReviewWorkspace::updateFigures()
{
    const ReviewerFigures f = m_session->figures();
    m_figures->setText(tr("Today: %1 decided · median %2 s/item · %3 SLA breach(es) · %4 waiting to send")
                           .arg(f.decidedToday)
                           .arg(f.decidedToday > 0 ? QString::number(qRound(f.medianSecondsPerItem)) : u"–"_s)
                           .arg(f.slaBreaches)
                           .arg(m_session->pendingCount()));
}

void ReviewWorkspace::updateDecisionControls()
{
    m_panel->setDecisionsEnabled(m_canReview && m_session->canDecide());
    const bool undo = m_session->canUndo();
    const qint64 left = m_session->undoDeadline() - keel::clock::nowMs();
    m_panel->setUndoAvailable(undo, undo ? tr("Undo %1 (%2)").arg(m_session->lastDecidedItemId(),
                                                                  formatCountdown(left))
                                         : QString());
}

void ReviewWorkspace::tick()
{
    const qint64 now = keel::clock::nowMs();
    m_queueModel->setNow(now);
    m_itemModel->setNow(now);
    m_pane->setNow(now);
    updateLeaseBanner();
    updateDecisionControls();
}

} // namespace keel::review
