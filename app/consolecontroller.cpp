#include "consolecontroller.h"

#include "demoplatform.h"
#include "sessionservices.h"
#include "tokenstore.h"
#include "viewfactory.h"

#include <api/connectiontester.h>
#include <spend/spenddashboard.h>
#include <store/outbox.h>
#include <sync/syncengine.h>
#include <trace/traceexplorer.h>
#include <api/platformclient.h>
#include <shell/connectionbanner.h>
#include <shell/connectiondialog.h>
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
    m_tokens = new TokenStore(this);
    connect(m_window.get(), &widgets::MainWindow::connectRequested, this, [this] { openConnectionDialog({}); });
    if (showWindow)
        m_window->show();

    if (m_options.demo) {
        m_window->showMessage(tr("Starting the demo platform…"),
                              tr("Keel is starting its bundled reference platform with demo data. "
                                 "The first start generates a month of history and takes a few seconds."),
                              {}, true);
        m_demo = std::make_unique<DemoPlatform>(m_options.demoUser);
        connect(m_demo.get(), &DemoPlatform::started, this, [this](const QUrl &url, const QString &token) {
            api::ConnectionSettings settings;
            settings.baseUrl = url;
            settings.token = token;
            connectTo(settings);
        });
        connect(m_demo.get(), &DemoPlatform::failed, this, [this](const QString &message) {
            fail(tr("The demo platform did not start"), message);
        });
        m_demo->start();
        return;
    }
    api::ConnectionSettings settings = savedConnection();
    if (!m_options.platformUrl.isEmpty())
        settings.baseUrl = m_options.platformUrl;
    if (settings.baseUrl.isEmpty()) {
        if (!m_showWindow)
            fail(tr("Not connected"), tr("Give --platform URL or --demo."));
        else
            openConnectionDialog(tr("Tell Keel where your platform is and paste your token. To look around first, start Keel with --demo."));
        return;
    }
    // The environment wins (scripts, CI); otherwise the keychain.
    settings.token = qEnvironmentVariable("KEEL_TOKEN");
    if (!settings.token.isEmpty()) {
        connectTo(settings);
        return;
    }
    m_window->showMessage(tr("Signing in…"), tr("Reading the token for %1 from the keychain").arg(settings.baseUrl.toDisplayString()), {}, true);
    connect(m_tokens, &TokenStore::readFinished, this,
            [this, settings](bool found, const QString &token, bool, const QString &message) mutable {
                if (found) {
                    settings.token = token;
                    connectTo(settings);
                    return;
                }
                const QString why = message.isEmpty()
                    ? tr("No token for %1 is saved in the keychain.").arg(settings.baseUrl.toDisplayString())
                    : message;
                if (!m_showWindow) {
                    fail(tr("No token"), why + u' ' + tr("Set KEEL_TOKEN, or save a token from File › Connect to Platform."));
                    return;
                }
                openConnectionDialog(why);
            }, Qt::SingleShotConnection);
    m_tokens->read(settings.baseUrl);
}

api::ConnectionSettings ConsoleController::savedConnection()
{
    QSettings s;
    api::ConnectionSettings settings;
    settings.baseUrl = s.value(u"connection/url"_s).toUrl();
    settings.caBundlePath = s.value(u"connection/caBundle"_s).toString();
    settings.verifyTls = s.value(u"connection/verifyTls"_s, true).toBool();
    return settings;
}

void ConsoleController::connectTo(const api::ConnectionSettings &settings)
{
    m_connection = settings;
    m_window->showMessage(tr("Signing in…"), tr("Connecting to %1").arg(settings.baseUrl.toDisplayString()), {}, true);
    m_tester = new api::ConnectionTester(this);
    connect(m_tester, &api::ConnectionTester::finished, this,
            [this](api::ConnectionTester::Outcome outcome, const QString &message, const domain::Identity &identity) {
                m_tester->deleteLater();
                if (outcome != api::ConnectionTester::Outcome::Ok) {
                    fail(tr("Could not sign in to %1").arg(m_connection.baseUrl.toDisplayString()), message);
                    return;
                }
                m_session.platformUrl = m_connection.baseUrl;
                onSignedIn(identity);
            });
    m_tester->start(settings);
}

void ConsoleController::onSignedIn(const domain::Identity &identity)
{
    m_session.identity = identity;
    m_services = std::make_unique<SessionServices>(m_connection, identity, m_options.cacheDir);
    m_services->fillContext(m_session);
    if (!m_options.demo) {
        QSettings s; // never the token: that lives in the keychain
        s.setValue(u"connection/url"_s, m_connection.baseUrl);
        s.setValue(u"connection/caBundle"_s, m_connection.caBundlePath);
        s.setValue(u"connection/verifyTls"_s, m_connection.verifyTls);
    }
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
    m_window->showMessage(title, detail, m_showWindow ? tr("Connect to Platform…") : QString());
    connect(m_window.get(), &widgets::MainWindow::messageActionTriggered, this, [this] { openConnectionDialog({}); },
            Qt::UniqueConnection);
    Q_EMIT sessionFailed(title + u": "_s + detail);
}

void ConsoleController::openConnectionDialog(const QString &note)
{
    if (!m_showWindow)
        return;
    auto *dialog = new widgets::ConnectionDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    api::ConnectionSettings prefill = m_connection.baseUrl.isEmpty() ? savedConnection() : m_connection;
    if (m_options.demo)
        prefill = savedConnection(); // never offer the demo's throwaway address and token
    dialog->setSettings(prefill);
    dialog->setNote(note);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const api::ConnectionSettings settings = dialog->settings();
        connect(m_tokens, &TokenStore::writeFinished, this, [this, settings](bool ok, bool sessionOnly, const QString &message) {
            if (!ok || sessionOnly)
                m_window->banner()->showMessage(ok ? widgets::ConnectionBanner::Level::Info : widgets::ConnectionBanner::Level::Warning,
                                                message);
            restartSession(settings);
        }, Qt::SingleShotConnection);
        m_tokens->write(settings.baseUrl, settings.token);
    });
    dialog->open();
}

void ConsoleController::restartSession(const api::ConnectionSettings &settings)
{
    m_window->clearViews();
    m_services.reset();
    m_session = SessionContext{};
    m_demo.reset();
    m_options.demo = false;
    connectTo(settings);
}

} // namespace keel::app
