#pragma once
// The reviewer's home view: queues → items → the item, with keyboard-first decisions.
// Built from a SessionContext; emits ready() once the first load has finished (data, empty or
// error state shown), so `keel snapshot --view review` knows when to grab it.
#include <domain/review.h>
#include <session.h>

#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTableView;
class QTimer;
class QTreeView;
class QComboBox;

namespace keel::review {

class DecisionLogModel;
class DecisionPanel;
class ItemPane;
class ReviewFeed;
class ReviewItemFilterProxy;
class ReviewItemModel;
class ReviewQueueModel;
class ReviewSession;

class ReviewWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit ReviewWorkspace(const keel::SessionContext &context, QWidget *parent = nullptr);
    ~ReviewWorkspace() override;

    bool isReady() const { return m_ready; }
    bool canReview() const { return m_canReview; }
    ReviewSession *session() const { return m_session; }
    ReviewFeed *feed() const { return m_feed; }
    ItemPane *itemPane() const { return m_pane; }
    DecisionPanel *decisionPanel() const { return m_panel; }
    QTableView *itemsView() const { return m_itemsView; }
    QTreeView *queuesView() const { return m_queuesView; }
    ReviewItemModel *itemModel() const { return m_itemModel; }
    QString currentItemId() const;
    QString leaseBannerText() const;
    QString offlineBannerText() const;

    void selectQueue(const QString &queueId);
    void refresh();              // F5: queues, then the selected queue's items (merged)
    void nextItem();
    void previousItem();
    void reclaim();              // O: claim the open item again after its lease was lost

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void ready();
    void itemOpened(const QString &itemId);

private:
    void buildUi();
    void buildShortcuts();
    void arrow(int step);
    void onQueuesLoaded(const QList<domain::ReviewQueue> &queues);
    void onItemsLoaded(const QString &queueId, const QList<domain::ReviewItem> &items);
    void onLoadFailed(const QString &what, const QString &message, int httpStatus);
    void onCurrentItemChanged();
    void openRow(int proxyRow);
    void submit(int action); // domain::DecisionAction, or -1 for the open form
    void onDecisionSaved(qint64 seq, const QString &itemId);
    void onDecisionStateChanged(qint64 seq);
    void onDecisionUndone(qint64 seq, const QString &itemId);
    void onDecisionNotSaved(const QString &itemId, const QString &message);
    void restoreSessionItem();
    QString queueNameOf(const domain::ReviewItem &item) const; // the queue list's name for its queue
    QString itemName(const QString &itemId) const; // its source's name for it (label), else the id
    void updateScoreColumns();
    void saveDraftNow();
    void updateLeaseBanner();
    void updateOfflineBanner();
    void updateFigures();
    void updateDecisionControls();
    void showItemsMessage(const QString &message);
    void tick();
    void markReady();

    keel::SessionContext m_context;
    bool m_canReview = false;
    bool m_ready = false;
    bool m_firstQueues = true;
    QString m_currentQueue;
    QString m_loadedQueue;       // items in the model belong to this queue
    QSet<QString> m_decidedHere; // decided in this session: hidden until the platform agrees
    QString m_openItemId;

    ReviewSession *m_session = nullptr;
    ReviewFeed *m_feed = nullptr;
    ReviewQueueModel *m_queueModel = nullptr;
    ReviewItemModel *m_itemModel = nullptr;
    ReviewItemFilterProxy *m_proxy = nullptr;
    DecisionLogModel *m_logModel = nullptr;

    QLabel *m_offlineBanner = nullptr;
    QLabel *m_errorBanner = nullptr;
    QLabel *m_roleBanner = nullptr;
    QLabel *m_leaseBanner = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_status = nullptr;
    QTreeView *m_queuesView = nullptr;
    QTableView *m_itemsView = nullptr;
    QStackedWidget *m_itemsStack = nullptr;
    QLabel *m_itemsMessage = nullptr;
    QLineEdit *m_filterText = nullptr;
    QComboBox *m_riskFilter = nullptr;
    QComboBox *m_confidenceFilter = nullptr;
    ItemPane *m_pane = nullptr;
    DecisionPanel *m_panel = nullptr;
    QListView *m_logView = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_draftTimer = nullptr;
    QList<QObject *> m_idleShortcuts;  // letters and arrows: only while no form is open
    QList<QObject *> m_formShortcuts;  // Ctrl+Enter, Esc: only while a form is open
};

} // namespace keel::review
