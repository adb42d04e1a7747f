#include "consolecontroller.h"

#include "demoplatform.h"
#include "sessionservices.h"
#include "viewfactory.h"

#include <api/connectiontester.h>
#include <spend/spenddashboard.h>
#include <store/outbox.h>
#include <sync/syncengine.h>
#include <trace/traceexplorer.h>
#include <api/platformclient.h>
#include <shell/connectionbanner.h>
#include <shell/mainwindow.h>

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace keel::app {

ConsoleController::ConsoleController(AppOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

ConsoleController::~ConsoleController()
{
    // Views hold raw pointers into the services: delete the window before the services.
    m_window.reset();
    m_services.reset();
    m_demo.reset();
}

void ConsoleController::start(bool showWindow)
{
    m_showWindow = showWindow;
    m_window = std::make_unique<widgets::MainWindow>();
    connect(m_window.get(), &widgets::MainWindow::connectRequested, this, &ConsoleController::openConnectionDialog);
    if (showWindow)
        m_window->show();

    if (m_options.demo) {
        m_window->showMessage(tr("Starting the demo platform…"),
                              tr("Keel is starting its bundled reference platform with demo data. "
                                 "The first start generates a month of history and takes a few seconds."),
                              {}, true);
        m_demo = std::make_unique<DemoPlatform>(m_options.demoUser);
        connect(m_demo.get(), &DemoPlatform::started, this, &ConsoleController::connectTo);
        connect(m_demo.get(), &DemoPlatform::failed, this, [this](const QString &message) {
            fail(tr("The demo platform did not start"), message);
        });
        m_demo->start();
        return;
    }
    QUrl url = m_options.platformUrl;
    if (url.isEmpty())
        url = QSettings().value(u"connection/url"_s).toUrl();
    const QString token = qEnvironmentVariable("KEEL_TOKEN");
    if (url.isEmpty()) {
        fail(tr("Not connected"), tr("Tell Keel where your platform is: File › Connect to Platform (Ctrl+Shift+O), "
                                     "or start it with --platform URL, or try it with --demo."));
        return;
    }
    connectTo(url, token);
}

void ConsoleController::connectTo(const QUrl &url, const QString &token)
{
    m_token = token;
    m_window->showMessage(tr("Signing in…"), tr("Connecting to %1").arg(url.toDisplayString()), {}, true);
    api::ConnectionSettings settings;
    settings.baseUrl = url;
    settings.token = token;
    m_tester = new api::ConnectionTester(this);
    connect(m_tester, &api::ConnectionTester::finished, this,
            [this, url](api::ConnectionTester::Outcome outcome, const QString &message, const domain::Identity &identity) {
                m_tester->deleteLater();
                if (outcome != api::ConnectionTester::Outcome::Ok) {
                    fail(tr("Could not sign in to %1").arg(url.toDisplayString()), message);
                    return;
                }
                m_session.platformUrl = url;
                onSignedIn(identity);
            });
    m_tester->start(settings);
}

void ConsoleController::onSignedIn(const domain::Identity &identity)
{
    m_session.identity = identity;
    m_services = std::make_unique<SessionServices>(m_session.platformUrl, m_token, identity, m_options.cacheDir);
    m_services->fillContext(m_session);
    if (!m_options.demo)
        QSettings().setValue(u"connection/url"_s, m_session.platformUrl);
    const QString roles = QString::fromStdString([&] {
        std::string s;
        for (const auto &r : identity.roles)
            s += (s.empty() ? "" : ", ") + r;
        return s;
    }());
    m_window->setIdentity(tr("%1 (%2) on %3")
                              .arg(QString::fromStdString(identity.displayName), roles,
                                   m_session.platformUrl.toDisplayString()));
    buildViews();
    wireSync();
    Q_EMIT sessionReady();
}

void ConsoleController::wireSync()
{
    sync::SyncEngine *engine = m_services->sync();
    widgets::MainWindow *w = m_window.get();
    connect(w, &widgets::MainWindow::syncNowRequested, engine, &sync::SyncEngine::syncNow);
    connect(w, &widgets::MainWindow::cancelSyncRequested, engine, &sync::SyncEngine::cancel);
    connect(engine, &sync::SyncEngine::started, w, [w] { w->setSyncProgress(true, 0, 0, tr("Syncing…")); });
    connect(engine, &sync::SyncEngine::progress, w,
            [w](const QString &resource, qint64 records, double perSecond, qint64) {
                w->setSyncProgress(true, 0, 0, tr("Syncing %1: %L2 records (%L3/s)")
                                                   .arg(resource).arg(records).arg(qRound64(perSecond)));
            });
    connect(engine, &sync::SyncEngine::finished, this, [this, w](bool ok, const QString &summary) {
        w->setSyncProgress(false, 0, 0, {});
        // Dashboards that read the cache redraw from what the sync brought.
        if (auto *spend = qobject_cast<widgets::SpendDashboard *>(w->view(u"spend"_s)))
            spend->reload();
        Q_EMIT syncFinished(ok, summary);
        if (ok) {
            m_lastSync = QDateTime::currentDateTime();
            w->setLastSynced(tr("Synced %1").arg(QLocale().toString(m_lastSync.time(), QLocale::ShortFormat)));
            w->banner()->clear();
        } else {
            const QString when = m_lastSync.isValid()
                ? tr("Showing cached data from %1.").arg(QLocale().toString(m_lastSync, QLocale::ShortFormat))
                : tr("Showing cached data.");
            w->banner()->showMessage(widgets::ConnectionBanner::Level::Warning,
                                     tr("Sync did not finish: %1 %2 Keel retries every 5 minutes.").arg(summary, when),
                                     tr("Retry Now"));
        }
    });
    connect(w->banner(), &widgets::ConnectionBanner::actionTriggered, engine, &sync::SyncEngine::syncNow);
    if (m_services->outbox()) {
        connect(m_services->outbox(), &store::Outbox::pendingCountChanged, w, [w](int pending) {
            w->setOutboxPending(pending);
        });
    }
    // A correlation id clicked anywhere opens the trace explorer on it.
    auto *trace = qobject_cast<trace::TraceExplorer *>(w->view(u"trace"_s));
    if (auto *spend = qobject_cast<widgets::SpendDashboard *>(w->view(u"spend"_s)); spend && trace) {
        connect(spend, &widgets::SpendDashboard::correlationIdActivated, this, [w, trace](const QString &id) {
            w->showView(u"trace"_s);
            trace->showCorrelationId(id);
        });
    }
    if (!m_syncResources.isEmpty()) {
        // Headless: only what the command needs, of what the roles may read; no schedule.
        QStringList wanted;
        for (const QString &r : SessionServices::resourcesFor(m_session.identity))
            if (m_syncResources.contains(r))
                wanted << r;
        engine->setInterval(0);
        engine->setResources(wanted);
        if (wanted.isEmpty()) {
            QMetaObject::invokeMethod(this, [this] { Q_EMIT syncFinished(true, {}); }, Qt::QueuedConnection);
            return;
        }
    }
    engine->syncNow();
}

void ConsoleController::buildViews()
{
    const QList<ViewSpec> specs = createViews(m_session, m_window.get());
    for (const ViewSpec &spec : specs) {
        m_window->addView(spec.id, spec.title, spec.toolTip, spec.widget);
        watchReady(spec.id, spec.widget);
    }
    m_window->showViews();
    if (!m_options.view.isEmpty())
        m_window->showView(m_options.view);
    if (!m_options.correlationId.isEmpty()) {
        if (auto *trace = qobject_cast<trace::TraceExplorer *>(m_window->view(u"trace"_s))) {
            trace->showCorrelationId(m_options.correlationId);
            if (m_options.view.isEmpty())
                m_window->showView(u"trace"_s);
        }
    }
}

void ConsoleController::watchReady(const QString &id, QObject *view)
{
    // Views declare `void ready()`; a relay turns it into viewReady(id) without the frame
    // having to know each view's class.
    if (view->metaObject()->indexOfSignal("ready()") < 0) {
        QMetaObject::invokeMethod(this, [this, id] { Q_EMIT viewReady(id); }, Qt::QueuedConnection);
        return;
    }
    auto *relay = new ReadyRelay(id, view);
    connect(view, SIGNAL(ready()), relay, SLOT(onReady()));
    connect(relay, &ReadyRelay::ready, this, &ConsoleController::viewReady);
}

void ConsoleController::fail(const QString &title, const QString &detail)
{
    m_window->showMessage(title, detail, tr("Connect to Platform…"));
    connect(m_window.get(), &widgets::MainWindow::messageActionTriggered, this,
            &ConsoleController::openConnectionDialog, Qt::UniqueConnection);
    Q_EMIT sessionFailed(title + u": "_s + detail);
}

void ConsoleController::openConnectionDialog()
{
    // The connection dialog arrives with the settings work; until then say how to connect.
    m_window->banner()->showMessage(widgets::ConnectionBanner::Level::Info,
                                    tr("Start Keel with --platform URL and the KEEL_TOKEN environment variable, or with --demo."));
}

} // namespace keel::app
