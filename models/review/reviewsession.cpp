#include "reviewsession.h"

#include "decisiondelivery.h"
#include "leasemessages.h"
#include "logging.h"
#include "reasoncatalog.h"

#include <api/platformclient.h>
#include <domain/codec.h>

#include <QDateTime>
#include <QUuid>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace keel::review {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString itemPath(const std::string &itemId, const QString &tail)
{
    return u"/v1/review/items/"_s
        + QString::fromUtf8(QUrl::toPercentEncoding(QString::fromStdString(itemId))) + tail;
}

QByteArray leaseBody(const std::string &leaseId)
{
    return QByteArray::fromStdString(nlohmann::json{{"lease_id", leaseId}}.dump());
}
} // namespace

ReviewSession::ReviewSession(api::PlatformClient *client, const QString &reviewer, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_reviewer(reviewer)
{
    m_renewTimer.setSingleShot(true);
    m_expiryTimer.setSingleShot(true);
    connect(&m_renewTimer, &QTimer::timeout, this, &ReviewSession::renew);
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] {
        if (m_status == LeaseStatus::Held)
            loseLease(leaseExpiredLocallyMessage());
    });
}

ReviewSession::~ReviewSession()
{
    // Leave the lease to expire rather than block shutdown on a release round trip; the
    // delivery stops so its in-flight entry goes back to pending for the next start.
    if (m_delivery)
        m_delivery->stop();
}

bool ReviewSession::openDatabase(const QString &path, QString *error)
{
    auto db = std::make_unique<ReviewDb>();
    if (!db->open(path, error))
        return false;
    m_delivery.reset();
    m_db = std::move(db);
    m_outbox = std::make_unique<DecisionOutbox>(*m_db);
    m_drafts = std::make_unique<DraftStore>(*m_db);
    m_delivery = std::make_unique<DecisionDelivery>(m_outbox.get(), m_client);
    connect(m_delivery.get(), &DecisionDelivery::entryChanged, this, &ReviewSession::onDeliveryChanged);
    connect(m_delivery.get(), &DecisionDelivery::offlineChanged, this, &ReviewSession::offlineChanged);
    m_delivery->start();
    m_lastPending = pendingCount();
    Q_EMIT pendingCountChanged(m_lastPending);
    return true;
}

void ReviewSession::setAutoRenew(bool on)
{
    m_autoRenew = on;
    if (!on)
        m_renewTimer.stop();
    else if (m_status == LeaseStatus::Held)
        scheduleRenew();
}

void ReviewSession::openItem(const domain::ReviewItem &item)
{
    if (m_hasItem && m_item.id == item.id && m_status != LeaseStatus::Lost
        && m_status != LeaseStatus::Unavailable && m_status != LeaseStatus::HeldByOther) {
        m_item = item; // a refresh of the item being worked on
        return;
    }
    leave();
    m_hasItem = true;
    m_item = item;
    ++m_generation;
    m_workTimer.start();
    Q_EMIT itemChanged();
    claim();
}

void ReviewSession::leave()
{
    if (!m_hasItem)
        return;
    if (m_status == LeaseStatus::Held && !m_pendingLeases.contains(QString::fromStdString(m_item.id)))
        release(QString::fromStdString(m_item.id), QString::fromStdString(m_lease.leaseId));
    clearItem();
}

void ReviewSession::clearItem()
{
    ++m_generation;
    m_renewTimer.stop();
    m_expiryTimer.stop();
    m_hasItem = false;
    m_item = {};
    m_lease = {};
    m_holder.clear();
    m_expiresAt = 0;
    setStatus(LeaseStatus::None, {});
    Q_EMIT itemChanged();
}

void ReviewSession::claim()
{
    setStatus(LeaseStatus::Claiming, {});
    api::ApiRequest request;
    request.method = "POST";
    request.path = itemPath(m_item.id, u"/claim"_s);
    const quint64 generation = m_generation;
    api::ApiReply *reply = m_client->send(request);
    connect(reply, &api::ApiReply::finished, this,
            [this, generation](const api::ApiResponse &r) { onClaimed(generation, r); });
}

void ReviewSession::onClaimed(quint64 generation, const api::ApiResponse &r)
{
    if (generation != m_generation)
        return; // the reviewer moved on; the lease will expire on its own or was released
    if (r.ok()) {
        auto lease = domain::decodeLease(std::string_view(r.body.constData(), std::size_t(r.body.size())));
        if (!lease) {
            setStatus(LeaseStatus::Unavailable,
                      tr("The platform's answer to the claim was not understood: %1")
                          .arg(QString::fromStdString(lease.error().toString())));
            return;
        }
        setHeld(lease.value());
        return;
    }
    if (r.httpStatus == 409) {
        m_holder = QString::fromStdString(r.error.problem.holder);
        const QDateTime until = QDateTime::fromString(QString::fromStdString(r.error.problem.expiresAt),
                                                      Qt::ISODateWithMs);
        m_expiresAt = until.isValid() ? until.toMSecsSinceEpoch() : 0;
        setStatus(LeaseStatus::HeldByOther, explainClaimFailure(r));
        return;
    }
    if (r.httpStatus == 403) {
        setStatus(LeaseStatus::Forbidden, forbiddenMessage());
        return;
    }
    setStatus(LeaseStatus::Unavailable, explainClaimFailure(r));
}

void ReviewSession::setHeld(const domain::Lease &lease)
{
    m_lease = lease;
    m_holder = QString::fromStdString(lease.holder);
    m_expiresAt = lease.expiresAt;
    m_expiryTimer.start(int(std::clamp<qint64>(m_expiresAt - nowMs(), 0, 24 * 3600 * 1000)));
    setStatus(LeaseStatus::Held, {});
    scheduleRenew();
}

void ReviewSession::scheduleRenew()
{
    if (!m_autoRenew || m_status != LeaseStatus::Held)
        return;
    // Renew at half of what is left, so one failed attempt still leaves time for another.
    const qint64 left = m_expiresAt - nowMs();
    m_renewTimer.start(int(std::clamp<qint64>(left / 2, 250, 5 * 60 * 1000)));
}

void ReviewSession::renew()
{
    if (m_status != LeaseStatus::Held || !m_autoRenew)
        return;
    api::ApiRequest request;
    request.method = "POST";
    request.path = itemPath(m_item.id, u"/lease/renew"_s);
    request.body = leaseBody(m_lease.leaseId);
    const quint64 generation = m_generation;
    api::ApiReply *reply = m_client->send(request);
    connect(reply, &api::ApiReply::finished, this,
            [this, generation](const api::ApiResponse &r) { onRenewed(generation, r); });
}

void ReviewSession::onRenewed(quint64 generation, const api::ApiResponse &r)
{
    if (generation != m_generation || m_status != LeaseStatus::Held)
        return;
    if (r.ok()) {
        auto lease = domain::decodeLease(std::string_view(r.body.constData(), std::size_t(r.body.size())));
        if (lease) {
            setHeld(lease.value());
            Q_EMIT leaseChanged();
            return;
        }
    }
    if (r.httpStatus == 409 || r.httpStatus == 410 || r.httpStatus == 403 || r.httpStatus == 404) {
        if (r.httpStatus == 409) {
            m_holder = QString::fromStdString(r.error.problem.holder);
        }
        loseLease(explainLeaseLoss(r));
        return;
    }
    // Network trouble: keep the lease we have and try again; the expiry timer decides.
    m_renewTimer.start(int(std::clamp<qint64>((m_expiresAt - nowMs()) / 2, 250, 30000)));
}

void ReviewSession::loseLease(const QString &message)
{
    m_renewTimer.stop();
    m_expiryTimer.stop();
    qCInfo(lcReview) << "lease lost on item" << QString::fromStdString(m_item.id);
    setStatus(LeaseStatus::Lost, message);
    Q_EMIT leaseLost(message);
}

void ReviewSession::release(const QString &itemId, const QString &leaseId)
{
    if (leaseId.isEmpty())
        return;
    api::ApiRequest request;
    request.method = "POST";
    request.path = itemPath(itemId.toStdString(), u"/lease/release"_s);
    request.body = leaseBody(leaseId.toStdString());
    m_client->send(request); // best effort: an unreleased lease simply expires
}

void ReviewSession::setStatus(LeaseStatus status, const QString &message)
{
    m_status = status;
    m_message = message;
    Q_EMIT leaseChanged();
}

qint64 ReviewSession::decide(const DecisionInput &in, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return qint64(0);
    };
    if (!m_outbox)
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
    const qint64 worked = m_workTimer.isValid() ? m_workTimer.elapsed() : 0;
    d.timeSpentMs = m_last.item.id == m_item.id ? m_last.workedMs + worked : worked;

    const qint64 now = nowMs();
    OutboxEntry e;
    e.itemId = QString::fromStdString(m_item.id);
    e.queue = QString::fromStdString(m_item.queue);
    e.reviewer = m_reviewer;
    e.action = QString::fromUtf8(domain::toString(in.action).data(), qsizetype(domain::toString(in.action).size()));
    e.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    e.body = QByteArray::fromStdString(domain::toJson(d).dump());
    e.createdAt = now;
    e.deliverAfter = now + m_graceMs;
    e.timeSpentMs = d.timeSpentMs;
    e.slaDue = m_item.slaDue;
    QString dbError;
    const qint64 seq = m_outbox->enqueue(e, &dbError);
    if (seq <= 0)
        return fail(tr("The decision could not be saved locally: %1").arg(dbError));

    qCInfo(lcReview) << "decision saved: seq" << seq << "item" << e.itemId << "action" << e.action;
    m_pendingLeases.insert(e.itemId, m_lease);
    m_last = LastDecision{seq, m_item, m_lease, e.deliverAfter, d.timeSpentMs};
    // The item is done from the reviewer's point of view: stop renewing, keep the lease
    // (the platform consumes it with the decision).
    clearItem();
    Q_EMIT decisionSaved(seq, e.itemId);
    Q_EMIT decisionStateChanged(seq, DeliveryState::Pending, {});
    Q_EMIT figuresChanged();
    const int pending = pendingCount();
    if (pending != m_lastPending) {
        m_lastPending = pending;
        Q_EMIT pendingCountChanged(pending);
    }
    m_delivery->kick();
    return seq;
}

bool ReviewSession::canUndo() const
{
    if (!m_outbox || m_last.seq == 0 || nowMs() >= m_last.deadline)
        return false;
    const auto e = m_outbox->entry(m_last.seq);
    return e && e->state == DeliveryState::Pending;
}

bool ReviewSession::undo()
{
    if (!canUndo() || !m_outbox->cancel(m_last.seq))
        return false;
    const LastDecision last = m_last;
    m_last.seq = 0;
    m_pendingLeases.remove(QString::fromStdString(last.item.id));
    leave(); // the next item that opened at once
    m_hasItem = true;
    m_item = last.item;
    ++m_generation;
    m_workTimer.start();
    m_last.workedMs = last.workedMs; // time already spent keeps counting
    m_last.item = last.item;
    Q_EMIT itemChanged();
    setHeld(last.lease);
    // The lease may have been consumed or lost meanwhile; renewing now finds out.
    if (m_autoRenew)
        renew();
    qCInfo(lcReview) << "decision undone: seq" << last.seq;
    Q_EMIT decisionUndone(last.seq, QString::fromStdString(last.item.id));
    Q_EMIT decisionStateChanged(last.seq, DeliveryState::Cancelled, {});
    Q_EMIT figuresChanged();
    m_lastPending = pendingCount();
    Q_EMIT pendingCountChanged(m_lastPending);
    return true;
}

void ReviewSession::onDeliveryChanged(qint64 seq, DeliveryState state, const QString &message)
{
    if (state == DeliveryState::Delivered || state == DeliveryState::Failed) {
        if (const auto e = m_outbox->entry(seq)) {
            m_pendingLeases.remove(e->itemId);
            if (state == DeliveryState::Delivered)
                m_drafts->remove(e->reviewer, e->itemId); // delivered: the draft has done its job
        }
    }
    Q_EMIT decisionStateChanged(seq, state, message);
    const int pending = pendingCount();
    if (pending != m_lastPending) {
        m_lastPending = pending;
        Q_EMIT pendingCountChanged(pending);
    }
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
    return m_outbox ? m_outbox->pendingCount() : 0;
}

bool ReviewSession::isOffline() const
{
    return m_delivery && m_delivery->isOffline();
}

QString ReviewSession::offlineReason() const
{
    return m_delivery ? m_delivery->offlineReason() : QString();
}

QList<OutboxEntry> ReviewSession::recentDecisions(int limit) const
{
    return m_outbox ? m_outbox->recent(limit) : QList<OutboxEntry>();
}

std::optional<OutboxEntry> ReviewSession::decision(qint64 seq) const
{
    return m_outbox ? m_outbox->entry(seq) : std::nullopt;
}

ReviewerFigures ReviewSession::figures() const
{
    if (!m_outbox)
        return {};
    const auto [dayStart, dayEnd] = localDayBounds(nowMs());
    QList<DecisionTiming> timings;
    for (const OutboxEntry &e : m_outbox->decidedSince(m_reviewer, dayStart))
        if (e.state != DeliveryState::Failed)
            timings.append({e.createdAt, e.timeSpentMs, e.slaDue});
    return computeReviewerFigures(timings, dayStart, dayEnd);
}

} // namespace keel::review
