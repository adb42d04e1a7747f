// ReviewSession: decisions (validate, hand to the outbox, saved/undo/delivery bookkeeping),
// drafts and the reviewer's figures. Leases live in reviewsession.cpp.
#include "reviewsession.h"

#include "decisionqueue.h"
#include "logging.h"
#include "reasoncatalog.h"

#include <QDateTime>
#include <clock.h>

using namespace Qt::StringLiterals;

namespace keel::review {

namespace {
using keel::clock::nowMs;
} // namespace

QString ReviewSession::decide(const DecisionInput &in, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    if (!m_queue)
        return fail(tr("Decisions cannot be saved: the review database is not open."));
    if (!m_hasItem)
        return fail(tr("No item is open."));
    if (m_status != LeaseStatus::Held)
        return fail(m_message.isEmpty() ? tr("You do not hold this item, so it cannot be decided yet.")
                                        : m_message);
    domain::Decision d;
    d.leaseId = m_lease.leaseId;
    d.action = in.action;
    switch (in.action) {
    case domain::DecisionAction::Approve:
        break;
    case domain::DecisionAction::Edit:
        if (in.editedOutput.trimmed().isEmpty())
            return fail(tr("The edited output is empty."));
        if (in.editedOutput == QString::fromStdString(m_item.output))
            return fail(tr("The edit is the same as the original output: approve it instead."));
        d.editedOutput = in.editedOutput.toStdString();
        break;
    case domain::DecisionAction::Escalate:
        if (!ReasonCatalog::isKnown(ReasonCatalog::escalationTiers(), in.escalationTier))
            return fail(tr("Choose an escalation tier."));
        if (!ReasonCatalog::isKnown(ReasonCatalog::escalationReasons(in.escalationTier), in.escalationReason))
            return fail(tr("Choose an escalation reason."));
        d.escalationTier = in.escalationTier.toStdString();
        d.escalationReason = in.escalationReason.toStdString();
        break;
    case domain::DecisionAction::Reject:
        if (!ReasonCatalog::isKnown(ReasonCatalog::rejectReasons(), in.rejectReason))
            return fail(tr("Choose a reject reason."));
        d.rejectReason = in.rejectReason.toStdString();
        break;
    }
    for (const QString &label : in.labels)
        d.labels.push_back(label.toStdString());
    for (auto it = in.rubric.begin(); it != in.rubric.end(); ++it)
        d.rubric[it.key().toStdString()] = it.value();
    d.comment = in.comment.toStdString();
    const QString itemId = QString::fromStdString(m_item.id);
    qint64 worked = m_workTimer.isValid() ? m_workTimer.elapsed() : 0;
    if (m_resumeItemId == itemId)
        worked += m_resumeWorkedMs;
    d.timeSpentMs = worked;

    const QString key = m_queue->enqueue(itemId, d, m_graceMs);
    OutboxEntry e;
    e.itemId = itemId;
    e.queue = QString::fromStdString(m_item.queue);
    e.reviewer = m_reviewer;
    e.action = QString::fromStdString(std::string(domain::toString(in.action)));
    e.createdAt = nowMs();
    e.timeSpentMs = worked;
    e.slaDue = m_item.slaDue;
    e.state = DeliveryState::Pending;
    e.label = QString::fromStdString(m_item.label);
    m_ledger->record(key, e);
    m_saving.insert(key, Saving{m_item, m_lease, worked});
    m_pendingLeases.insert(itemId, m_lease);
    m_resumeItemId.clear();
    notePending(pendingCount());
    qCInfo(lcReview) << "decision handed to the outbox: item" << itemId << "action" << e.action;
    // The item is done from the reviewer's point of view: stop renewing, keep the lease (the
    // platform consumes it with the decision).
    clearItem();
    return key;
}

void ReviewSession::onSaved(const QString &key, qint64 seq)
{
    const auto saving = m_saving.take(key);
    m_ledger->setSeq(key, seq);
    if (saving.item.id.empty())
        return; // saved by an earlier run or another session
    m_last = LastDecision{seq, saving.item, saving.lease, nowMs() + m_graceMs, saving.workedMs, false};
    const QString itemId = QString::fromStdString(saving.item.id);
    Q_EMIT decisionSaved(seq, itemId);
    Q_EMIT decisionStateChanged(seq, DeliveryState::Pending, {});
    Q_EMIT figuresChanged();
    notePending(pendingCount());
}

void ReviewSession::onSaveFailed(const QString &key, const QString &error)
{
    const Saving saving = m_saving.take(key);
    m_ledger->remove(key);
    notePending(pendingCount());
    if (saving.item.id.empty())
        return;
    const QString itemId = QString::fromStdString(saving.item.id);
    m_pendingLeases.remove(itemId);
    qCWarning(lcReview) << "decision not saved for item" << itemId;
    // Nothing is lost: the item comes back with its lease and the draft still in the draft store.
    reopen(saving.item, saving.lease, saving.workedMs);
    Q_EMIT decisionNotSaved(itemId, tr("The decision was not saved on this computer (%1). "
                                       "The item is open again; decide it once more.").arg(error));
}

bool ReviewSession::canUndo() const
{
    return m_queue && m_last.seq > 0 && !m_last.undoRequested && nowMs() < m_last.deadline;
}

bool ReviewSession::undo()
{
    if (!canUndo())
        return false;
    m_last.undoRequested = true;
    m_queue->cancel(m_last.seq);
    return true;
}

void ReviewSession::onCancelResult(qint64 seq, bool cancelled)
{
    if (seq != m_last.seq)
        return;
    const LastDecision last = m_last;
    m_last = {};
    if (!cancelled) {
        Q_EMIT undoRefused(tr("Too late to undo: the decision is already on its way to the platform."));
        return;
    }
    m_ledger->setState(seq, DeliveryState::Cancelled, {});
    const QString itemId = QString::fromStdString(last.item.id);
    m_pendingLeases.remove(itemId);
    reopen(last.item, last.lease, last.workedMs);
    qCInfo(lcReview) << "decision undone: seq" << seq;
    Q_EMIT decisionUndone(seq, itemId);
    Q_EMIT decisionStateChanged(seq, DeliveryState::Cancelled, {});
    Q_EMIT figuresChanged();
    notePending(pendingCount());
}

void ReviewSession::reopen(const domain::ReviewItem &item, const domain::Lease &lease, qint64 workedMs)
{
    leave(); // the next item, opened at once after the decision
    m_hasItem = true;
    m_item = item;
    ++m_generation;
    m_workTimer.start();
    m_resumeItemId = QString::fromStdString(item.id);
    m_resumeWorkedMs = workedMs;
    Q_EMIT itemChanged();
    setHeld(lease);
    // The lease may have run out or been taken meanwhile; renewing now finds out.
    if (m_autoRenew)
        renew();
}

void ReviewSession::onStateChanged(qint64 seq, const QString &itemId, const QString &state, const QString &message)
{
    const DeliveryState s = deliveryStateFromString(state);
    // A failure's message already says what it means for the reviewer's work, redo or not
    // (explainDecisionFailure).
    const QString &text = message;
    if (m_ledger)
        m_ledger->setState(seq, s, text);
    if (s == DeliveryState::Delivered || s == DeliveryState::Failed) {
        m_pendingLeases.remove(itemId);
        if (s == DeliveryState::Delivered && m_drafts)
            m_drafts->remove(m_reviewer, itemId); // delivered: the draft has done its job
    }
    Q_EMIT decisionStateChanged(seq, s, text);
    notePending(pendingCount());
}

void ReviewSession::notePending(int pending)
{
    if (pending == m_lastPending)
        return;
    m_lastPending = pending;
    Q_EMIT pendingCountChanged(pending);
}

std::optional<ReviewDraft> ReviewSession::draft(const QString &itemId) const
{
    return m_drafts ? m_drafts->load(m_reviewer, itemId) : std::nullopt;
}

bool ReviewSession::saveDraft(const ReviewDraft &draft)
{
    return m_drafts && m_drafts->save(m_reviewer, draft);
}

int ReviewSession::pendingCount() const
{
    // From the ledger, which changes in step with this session's signals (the outbox's own
    // count follows a pump cycle later), plus decisions whose commit is still in flight.
    return m_ledger ? m_ledger->pendingCount(m_reviewer) + int(m_saving.size()) : 0;
}

bool ReviewSession::isOffline() const
{
    return m_queue && m_queue->isOffline();
}

QString ReviewSession::offlineReason() const
{
    return m_queue ? m_queue->offlineReason() : QString();
}

QList<OutboxEntry> ReviewSession::recentDecisions(int limit) const
{
    return m_ledger ? m_ledger->recent(m_reviewer, limit) : QList<OutboxEntry>();
}

std::optional<OutboxEntry> ReviewSession::decision(qint64 seq) const
{
    return m_ledger ? m_ledger->bySeq(seq) : std::nullopt;
}

ReviewerFigures ReviewSession::figures() const
{
    if (!m_ledger)
        return {};
    const auto [dayStart, dayEnd] = localDayBounds(nowMs());
    QList<DecisionTiming> timings;
    for (const OutboxEntry &e : m_ledger->since(m_reviewer, dayStart))
        timings.append({e.createdAt, e.timeSpentMs, e.slaDue});
    return computeReviewerFigures(timings, dayStart, dayEnd);
}

} // namespace keel::review
