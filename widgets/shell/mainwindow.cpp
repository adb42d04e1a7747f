#include "mainwindow.h"
#include <plaintext.h>

#include "connectionbanner.h"
#include "messagepage.h"

#include <common/plainmessage.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keel::widgets {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_rail(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new MessagePage(this))
    , m_banner(new ConnectionBanner(this))
    , m_identity(new QLabel(this))
    , m_lastSynced(new QLabel(this))
    , m_outbox(new QLabel(this))
    , m_syncProgress(new QProgressBar(this))
    , m_cancelSync(new QToolButton(this))
{
    setWindowTitle(tr("Keel"));
    // The status bar shows the platform's display name and sync messages: server words, never markup.
    for (QLabel *label : {m_identity, m_lastSynced, m_outbox})
        label->setTextFormat(Qt::PlainText);
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_banner);
    auto *row = new QHBoxLayout;
    row->setSpacing(0);
    m_rail->setAccessibleName(tr("Views"));
    m_rail->setFixedWidth(150);
    m_rail->setFrameShape(QFrame::NoFrame);
    m_rail->setSpacing(2);
    m_rail->setStyleSheet(u"QListWidget { padding-top: 8px; } QListWidget::item { padding: 10px 14px; }"_s);
    row->addWidget(m_rail);
    row->addWidget(m_stack, 1);
    outer->addLayout(row, 1);
    setCentralWidget(central);
    m_stack->addWidget(m_message);
    connect(m_message, &MessagePage::actionTriggered, this, &MainWindow::messageActionTriggered);
    connect(m_rail, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_viewIds.size())
            return;
        showView(m_viewIds.at(row));
    });

    m_syncProgress->setMaximumWidth(160);
    m_syncProgress->setAccessibleName(tr("Sync progress"));
    m_syncProgress->hide();
    m_cancelSync->setText(tr("Cancel"));
    m_cancelSync->setToolTip(tr("Cancel the running sync (Esc in the status bar)"));
    m_cancelSync->hide();
    connect(m_cancelSync, &QToolButton::clicked, this, &MainWindow::cancelSyncRequested);
    statusBar()->addWidget(m_identity);
    statusBar()->addPermanentWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_cancelSync);
    statusBar()->addPermanentWidget(m_outbox);
    statusBar()->addPermanentWidget(m_lastSynced);
    m_outbox->hide();

    buildMenus();
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1440, 900);
    restoreState(settings.value(u"window/state"_s).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAct = file->addAction(tr("&Connect to Platform…"), this, &MainWindow::connectRequested);
    connectAct->setShortcut(QKeySequence(u"Ctrl+Shift+O"_s));
    QAction *sync = file->addAction(tr("&Sync Now"), this, &MainWindow::syncNowRequested);
    sync->setShortcut(QKeySequence::Refresh);
    file->addAction(tr("Cancel S&ync"), this, &MainWindow::cancelSyncRequested);
    file->addSeparator();
    file->addAction(tr("Save &Screenshot…"), this, &MainWindow::saveScreenshot)->setShortcut(QKeySequence(u"Ctrl+Shift+S"_s));
    file->addAction(tr("&Wipe Local Cache…"), this, &MainWindow::wipeCacheRequested);
    file->addSeparator();
    file->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts)->setShortcut(QKeySequence(u"F1"_s));
    help->addAction(tr("&About Keel"), this, [this] {
        QMessageBox::about(this, tr("About Keel"),
                           tr("Keel %1 — operations console for an AI platform: review queue, spend and SLOs.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::addView(const QString &id, const QString &title, const QString &toolTip, QWidget *view)
{
    view->setObjectName(id);
    m_viewIds << id;
    // In a scroll area, so a small screen (or `keel snapshot --size`) gets scroll bars
    // instead of a window larger than asked for.
    auto *scroll = new QScrollArea(m_stack);
    scroll->setObjectName(id + u"-scroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(view);
    m_stack->addWidget(scroll);
    auto *item = new QListWidgetItem(title, m_rail);
    item->setToolTip(toolTip);
    const int n = m_viewIds.size();
    QAction *act = m_viewMenu->addAction(title, this, [this, id] { showView(id); });
    act->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(n)));
    act->setToolTip(toolTip);
    addAction(act);
    m_viewActions << act;
}

void MainWindow::clearViews()
{
    for (QAction *a : std::as_const(m_viewActions)) {
        removeAction(a);
        delete a;
    }
    m_viewActions.clear();
    for (const QString &id : std::as_const(m_viewIds)) {
        if (QWidget *page = pageOf(view(id))) {
            m_stack->removeWidget(page);
            delete page; // and the view inside it
        }
    }
    m_viewIds.clear();
    m_rail->clear();
}

void MainWindow::showView(const QString &id)
{
    const int idx = m_viewIds.indexOf(id);
    if (idx < 0)
        return;
    if (m_rail->currentRow() != idx)
        m_rail->setCurrentRow(idx);
    QWidget *w = view(id);
    QWidget *page = pageOf(w);
    if (m_stack->currentWidget() != page) {
        m_stack->setCurrentWidget(page);
        w->setFocus();
        Q_EMIT currentViewChanged(id);
    }
}

QString MainWindow::currentViewId() const
{
    const auto *scroll = qobject_cast<QScrollArea *>(m_stack->currentWidget());
    return scroll && scroll->widget() ? scroll->widget()->objectName() : QString();
}

QWidget *MainWindow::view(const QString &id) const
{
    for (int i = 0; i < m_stack->count(); ++i) {
        const auto *scroll = qobject_cast<QScrollArea *>(m_stack->widget(i));
        if (scroll && scroll->widget() && scroll->widget()->objectName() == id)
            return scroll->widget();
    }
    return nullptr;
}

QWidget *MainWindow::pageOf(QWidget *view) const
{
    for (int i = 0; i < m_stack->count(); ++i) {
        const auto *scroll = qobject_cast<QScrollArea *>(m_stack->widget(i));
        if (scroll && scroll->widget() == view)
            return m_stack->widget(i);
    }
    return nullptr;
}

void MainWindow::showMessage(const QString &title, const QString &detail, const QString &actionText, bool busy)
{
    m_message->show(title, detail, actionText, busy);
    m_stack->setCurrentWidget(m_message);
    m_rail->setEnabled(false);
}

void MainWindow::showViews()
{
    m_rail->setEnabled(true);
    if (m_viewIds.isEmpty()) {
        showMessage(tr("Nothing to show for this identity"),
                    tr("Your roles give access to no view. Ask an administrator for the reviewer, finops or council role."));
        return;
    }
    const int row = std::max(0, m_rail->currentRow());
    m_rail->setCurrentRow(row);
    m_stack->setCurrentWidget(pageOf(view(m_viewIds.at(row))));
}

void MainWindow::setIdentity(const QString &text)
{
    m_identity->setText(text);
}

void MainWindow::setLastSynced(const QString &text)
{
    m_lastSyncedText = text;
    m_lastSynced->setText(text);
}

void MainWindow::setOutboxPending(int pending)
{
    m_outbox->setVisible(pending > 0);
    m_outbox->setText(tr("%n decision(s) waiting to be delivered", nullptr, pending));
}

void MainWindow::setSyncProgress(bool running, int done, int total, const QString &detail)
{
    m_syncProgress->setVisible(running);
    m_cancelSync->setVisible(running);
    m_syncProgress->setRange(0, total > 0 ? total : 0);
    if (total > 0)
        m_syncProgress->setValue(std::min(done, total));
    m_syncProgress->setToolTip(plainToolTip(detail));
    // A busy bar draws no text, so the words go in the status bar beside it.
    m_lastSynced->setText(running ? detail : m_lastSyncedText);
}

void MainWindow::saveScreenshot()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Screenshot"), u"keel.png"_s, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!grab().save(path, "PNG"))
        showPlainWarning(this, tr("Screenshot not saved"), tr("Could not write %1.").arg(path));
}

void MainWindow::showShortcuts()
{
    QDialog dlg(this);
    dlg.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(&dlg);
    auto *table = new QTableWidget(&dlg);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QList<QAction *> acts;
    for (QAction *menuAct : menuBar()->actions())
        if (menuAct->menu())
            acts += menuAct->menu()->actions();
    for (QAction *a : std::as_const(acts)) {
        if (a->shortcut().isEmpty())
            continue;
        const int r = table->rowCount();
        table->insertRow(r);
        table->setItem(r, 0, new QTableWidgetItem(a->text().remove(u'&')));
        table->setItem(r, 1, new QTableWidgetItem(a->shortcut().toString(QKeySequence::NativeText)));
    }
    table->resizeColumnsToContents();
    layout->addWidget(new QLabel(tr("Each view lists its own keys too: press ? in the review workspace."), &dlg));
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dlg);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    layout->addWidget(buttons);
    dlg.resize(480, 420);
    dlg.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    QMainWindow::closeEvent(event);
}

} // namespace keel::widgets
