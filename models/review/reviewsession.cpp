#include "reviewsession.h"

#include "leasemessages.h"
#include "localdecisionqueue.h"
#include "storedecisionqueue.h"
#include "logging.h"
#include "reasoncatalog.h"

#include <api/platformclient.h>
#include <sources/feedbacksink.h>
#include <domain/codec.h>

#include <QDateTime>
#include <QUuid>

#include <nlohmann/json.hpp>
#include <clock.h>

using namespace Qt::StringLiterals;

namespace keel::review {

namespace {
using keel::clock::nowMs;

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
            loseLease(m_idle ? idleReleaseMessage(m_idleLimitMs) : leaseExpiredLocallyMessage());
    });
    m_activity.start();
}

ReviewSession::~ReviewSession()
{
    // A held lease is left to expire rather than blocking shutdown on a release round trip.
    m_ownedQueue.reset();
}

bool ReviewSession::openDatabase(const QString &path, store::Outbox *sharedOutbox, QString *error)
{
    auto db = std::make_unique<ReviewDb>();
    if (!db->open(path, error))
        return false;
    m_ownedQueue.reset();
    m_queue = nullptr;
    m_db = std::move(db);
    m_drafts = std::make_unique<DraftStore>(*m_db);
    m_drafts->purgeOlderThan(nowMs() - qint64(7) * 24 * 3600 * 1000);
    m_ledger = std::make_unique<DecisionLedger>(*m_db);
    if (m_sink)
        m_ownedQueue = std::make_unique<LocalDecisionQueue>(m_db.get(), m_sink);
    else if (sharedOutbox)
        m_ownedQueue = std::make_unique<StoreDecisionQueue>(sharedOutbox);
    else
        m_ownedQueue = std::make_unique<LocalDecisionQueue>(m_db.get(), m_client);
    m_queue = m_ownedQueue.get();
    connect(m_queue, &DecisionQueue::saved, this, &ReviewSession::onSaved);
    connect(m_queue, &DecisionQueue::saveFailed, this, &ReviewSession::onSaveFailed);
    connect(m_queue, &DecisionQueue::cancelResult, this, &ReviewSession::onCancelResult);
    connect(m_queue, &DecisionQueue::stateChanged, this, &ReviewSession::onStateChanged);
    connect(m_queue, &DecisionQueue::pendingCountChanged, this, [this] { notePending(pendingCount()); });
    connect(m_queue, &DecisionQueue::offlineChanged, this, &ReviewSession::offlineChanged);
    m_queue->queryStates(m_ledger->pendingSeqs(m_reviewer));
    return true;
}

void ReviewSession::retryDeliveryNow()
{
    if (m_queue)
        m_queue->retryNow();
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
    m_activity.start(); // opening an item is work
    m_idle = false;
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

bool ReviewSession::hasLeases() const
{
    return !m_sink || m_sink->hasLeases();
}

void ReviewSession::holdLocally()
{
    m_lease = {};
    m_lease.itemId = m_item.id;
    m_lease.holder = m_reviewer.toStdString();
    m_holder = m_reviewer;
    m_expiresAt = 0;
    m_renewTimer.stop();
    m_expiryTimer.stop();
    setStatus(LeaseStatus::Held, noLocksMessage(m_sink->describe()));
}

void ReviewSession::claim()
{
    if (!hasLeases()) {
        holdLocally();
        return;
    }
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
    if (!hasLeases()) {
        holdLocally();
        return;
    }
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
    if (m_status != LeaseStatus::Held || !m_autoRenew || !hasLeases())
        return;
    if (m_activity.isValid() && m_activity.elapsed() > m_idleLimitMs) {
        // Away from the desk: let the lease lapse (the expiry timer reports it) so others can work.
        qCInfo(lcReview) << "reviewer idle; not renewing the lease on" << QString::fromStdString(m_item.id);
        m_idle = true;
        return;
    }
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

} // namespace keel::review
