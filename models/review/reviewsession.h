#pragma once
// One reviewer's working session on the review queue. Opening an item claims it; the lease is
// renewed while the item stays open and released on leave. A decision is committed to the
// outbox first (decisionSaved() only after the commit), can be undone during a short grace
// period, and is then delivered with its Idempotency-Key. Widgets talk only to this object.
#include "decisionledger.h"
#include "decisionoutbox.h"
#include "draftstore.h"
#include "reviewerstats.h"

#include <domain/review.h>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace keel::api { class PlatformClient; struct ApiResponse; }
namespace keel::store { class Outbox; }
namespace keel::sources { class FeedbackSink; }

namespace keel::review {

class DecisionQueue;

struct DecisionInput {
    domain::DecisionAction action = domain::DecisionAction::Approve;
    QString editedOutput;       // edit
    QString escalationTier;     // escalate
    QString escalationReason;   // escalate
    QString rejectReason;       // reject
    QStringList labels;
    QMap<QString, int> rubric;
    QString comment;            // also the escalation note
};

class ReviewSession : public QObject {
    Q_OBJECT
public:
    enum class LeaseStatus {
        None,        // no item open
        Claiming,    // claim in flight
        Held,        // we hold the lease: the item may be decided
        HeldByOther, // 409: read-only, leaseHolder()/leaseExpiresAt() say who and until when
        Lost,        // we held it and lost it (410, 409 on renew, or it ran out locally)
        Forbidden,   // 403: no review rights
        Unavailable, // offline, or the item is gone
    };
    Q_ENUM(LeaseStatus)

    ReviewSession(api::PlatformClient *client, const QString &reviewer, QObject *parent = nullptr);
    ~ReviewSession() override;

    // Decisions go to this sink (e.g. Langfuse) instead of the platform; call before
    // openDatabase(). The sink's decisions always use the review database's own outbox (the
    // shared store::Outbox speaks only the Platform API). A sink without leases (Langfuse) makes
    // an opened item Held at once, locally, with leaseMessage() saying the source has no locks.
    void setFeedbackSink(sources::FeedbackSink *sink) { m_sink = sink; }
    bool hasLeases() const;

    // Opens (creating if needed) the review database (drafts, ledger). Decisions go to
    // sharedOutbox (the console's store::Outbox, which the app starts) when given, else to the
    // review database's own outbox, delivered from here.
    bool openDatabase(const QString &path, store::Outbox *sharedOutbox = nullptr, QString *error = nullptr);
    QString reviewer() const { return m_reviewer; }

    void setGracePeriodMs(int ms) { m_graceMs = ms; }
    int gracePeriodMs() const { return m_graceMs; }
    void setAutoRenew(bool on);   // on by default; a test turns it off to let a lease run out
    // The lease is renewed only while the reviewer works: after idleLimitMs without
    // noteActivity() it is left to expire, so an abandoned desk does not hoard items.
    void setIdleLimitMs(qint64 ms) { m_idleLimitMs = ms; }
    void noteActivity() { m_activity.start(); }

    // --- the open item and its lease ---
    void openItem(const domain::ReviewItem &item);
    void leave();                 // releases the lease unless a decision on it is still pending
    bool hasItem() const { return m_hasItem; }
    const domain::ReviewItem &item() const { return m_item; }
    LeaseStatus leaseStatus() const { return m_status; }
    bool canDecide() const { return m_status == LeaseStatus::Held; }
    QString leaseHolder() const { return m_holder; }
    qint64 leaseExpiresAt() const { return m_expiresAt; } // ms; 0 when unknown
    QString leaseMessage() const { return m_message; }     // why it is read-only or lost

    // --- decisions ---
    // Validates and hands the decision to the outbox; returns its idempotency key, or an empty
    // string with *error. The item is closed at once (the view opens the next one);
    // decisionSaved() follows once it is durable, or decisionNotSaved() and the item reopens.
    QString decide(const DecisionInput &input, QString *error = nullptr);
    bool canUndo() const;
    qint64 undoDeadline() const { return m_last.deadline; }
    bool undo();                  // asks to cancel the last decision; decisionUndone() or undoRefused()
    QString lastDecidedItemId() const { return QString::fromStdString(m_last.item.id); }

    // --- drafts ---
    std::optional<ReviewDraft> draft(const QString &itemId) const;
    bool saveDraft(const ReviewDraft &draft);

    // --- delivery and figures ---
    int pendingCount() const;
    bool isOffline() const;
    QString offlineReason() const;
    QList<OutboxEntry> recentDecisions(int limit) const;
    std::optional<OutboxEntry> decision(qint64 seq) const;
    ReviewerFigures figures() const;
    DecisionQueue *decisionQueue() const { return m_queue; }
    void retryDeliveryNow();

Q_SIGNALS:
    void itemChanged();
    void leaseChanged();
    void leaseLost(const QString &message);
    void decisionSaved(qint64 seq, const QString &itemId);
    void decisionNotSaved(const QString &itemId, const QString &message);
    void undoRefused(const QString &message);
    void decisionStateChanged(qint64 seq, keel::review::DeliveryState state, const QString &message);
    void decisionUndone(qint64 seq, const QString &itemId);
    void pendingCountChanged(int count);
    void offlineChanged(bool offline);
    void figuresChanged();

private:
    void claim();
    void holdLocally(); // a source without leases: nothing to claim, renew or release
    void renew();
    void release(const QString &itemId, const QString &leaseId);
    void onClaimed(quint64 generation, const api::ApiResponse &response);
    void onRenewed(quint64 generation, const api::ApiResponse &response);
    void setHeld(const domain::Lease &lease);
    void setStatus(LeaseStatus status, const QString &message);
    void loseLease(const QString &message);
    void scheduleRenew();
    void clearItem();
    void onSaved(const QString &key, qint64 seq);
    void onSaveFailed(const QString &key, const QString &error);
    void onCancelResult(qint64 seq, bool cancelled);
    void onStateChanged(qint64 seq, const QString &itemId, const QString &state, const QString &message);
    void reopen(const domain::ReviewItem &item, const domain::Lease &lease, qint64 workedMs);
    void notePending(int pending);

    api::PlatformClient *m_client;
    sources::FeedbackSink *m_sink = nullptr;
    QString m_reviewer;
    std::unique_ptr<ReviewDb> m_db;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<DecisionLedger> m_ledger;
    std::unique_ptr<DecisionQueue> m_ownedQueue;
    DecisionQueue *m_queue = nullptr;

    bool m_hasItem = false;
    domain::ReviewItem m_item;
    quint64 m_generation = 0;   // replies for an item no longer open are dropped
    LeaseStatus m_status = LeaseStatus::None;
    domain::Lease m_lease;
    QString m_holder;
    qint64 m_expiresAt = 0;
    QString m_message;
    QElapsedTimer m_workTimer;  // the reviewer's time on this item
    QTimer m_renewTimer;
    QTimer m_expiryTimer;
    bool m_autoRenew = true;
    qint64 m_idleLimitMs = 10 * 60 * 1000;
    QElapsedTimer m_activity;
    bool m_idle = false;
    int m_graceMs = 5000;

    struct Saving {               // handed to the outbox, commit not yet confirmed
        domain::ReviewItem item;
        domain::Lease lease;
        qint64 workedMs = 0;
    };
    QHash<QString, Saving> m_saving; // by idempotency key
    struct LastDecision {
        qint64 seq = 0;
        domain::ReviewItem item;
        domain::Lease lease;
        qint64 deadline = 0;
        qint64 workedMs = 0;
        bool undoRequested = false;
    } m_last;
    QString m_resumeItemId;        // an undone item's accumulated time counts on
    qint64 m_resumeWorkedMs = 0;
    QHash<QString, domain::Lease> m_pendingLeases; // decided items whose decision is not yet delivered
    int m_lastPending = -1;
};

} // namespace keel::review
