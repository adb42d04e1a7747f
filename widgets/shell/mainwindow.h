#pragma once
// The console's frame: a navigation rail of views (each role sees its own), a banner for
// connection and delivery state, a status bar with identity, last sync and sync progress.
// Views are handed in by the app; the frame knows nothing about their data.
#include <QMainWindow>
#include <QPointer>

class QListWidget;
class QStackedWidget;
class QLabel;
class QProgressBar;
class QToolButton;
class QAction;

namespace keel::widgets {

class ConnectionBanner;
class MessagePage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a view to the rail; Ctrl+<n> opens the n-th view.
    void addView(const QString &id, const QString &title, const QString &toolTip, QWidget *view);
    void showView(const QString &id);
    void clearViews(); // before signing in again (another platform or identity)
    QString currentViewId() const;
    QWidget *view(const QString &id) const;

    // Covers the view area with a full-page state (starting, connecting, no access, failure).
    void showMessage(const QString &title, const QString &detail, const QString &actionText = {}, bool busy = false);
    void showViews();

    ConnectionBanner *banner() const { return m_banner; }
    void setIdentity(const QString &text);
    void setLastSynced(const QString &text);
    void setOutboxPending(int pending); // decisions saved locally, not yet delivered
    void setSyncProgress(bool running, int done, int total, const QString &detail);

Q_SIGNALS:
    void connectRequested();
    void syncNowRequested();
    void cancelSyncRequested();
    void wipeCacheRequested();
    void messageActionTriggered();
    void currentViewChanged(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    QWidget *pageOf(QWidget *view) const;
    void saveScreenshot();
    void showShortcuts();
    QListWidget *m_rail;
    QStackedWidget *m_stack;
    MessagePage *m_message;
    ConnectionBanner *m_banner;
    QLabel *m_identity;
    QLabel *m_lastSynced;
    QLabel *m_outbox;
    QString m_lastSyncedText;
    QProgressBar *m_syncProgress;
    QToolButton *m_cancelSync;
    QMenu *m_viewMenu = nullptr;
    QStringList m_viewIds;
    QList<QAction *> m_viewActions;
};

} // namespace keel::widgets
