#include "consolecontroller.h"

#include "demoplatform.h"
#include "sessionservices.h"
#include "viewfactory.h"

#include <api/connectiontester.h>
#include <spend/spenddashboard.h>
#include <store/database.h>
#include <store/outbox.h>
#include <sync/syncengine.h>
#include <trace/traceexplorer.h>
#include <api/platformclient.h>
#include <review/reviewdb.h>
#include <settings/connectionprofile.h>
#include <settings/langfusecredentials.h>
#include <settings/sourcesecret.h>
#include <sources/langfuse/langfuseconnection.h>
#include <sources/litellm/litellmsource.h>
#include <sources/reviewsourcefactory.h>
#include <shell/connectionbanner.h>
#include <shell/connectiondialog.h>
#include <shell/reviewsourcebox.h>
#include <shell/spendsourcebox.h>
#include <shell/mainwindow.h>

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <clock.h>

using namespace Qt::StringLiterals;

namespace keel::app {

ConsoleController::ConsoleController(AppOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

ConsoleController::~ConsoleController()
{
    teardownSession();
    m_window.reset();
    m_demo.reset();
}

void ConsoleController::teardownSession()
{
    if (!m_services)
        return;
    // Services report their last words while stopping (a cancelled sync says "finished"):
    // nobody may be listening by then. Views hold raw pointers into the services, so the
    // views go first, the services after.
    m_services->sync()->disconnect(this);
    if (m_window)
        m_services->sync()->disconnect(m_window.get());
    if (m_services->outbox()) {
        m_services->outbox()->disconnect(this);
        if (m_window)
            m_services->outbox()->disconnect(m_window.get());
    }
    if (m_window)
        m_window->clearViews();
    m_services.reset();
    m_session = SessionContext{};
}

void ConsoleController::start(bool showWindow)
{
    m_showWindow = showWindow;
    m_window = std::make_unique<widgets::MainWindow>();
    m_profile = new settings::ConnectionProfile(this);
    m_langfuseKeys = new settings::LangfuseCredentials(this);
    m_langfuseSpendKeys = new settings::LangfuseCredentials(this);
    connect(m_window.get(), &widgets::MainWindow::connectRequested, this, [this] { openConnectionDialog({}); });
    connect(m_window.get(), &widgets::MainWindow::wipeCacheRequested, this, &ConsoleController::wipeCacheFromMenu);
    if (showWindow)
        m_window->show();

    if (m_options.demo) {
        m_window->showMessage(tr("Starting the demo platform…"),
                              tr("Keel is starting its bundled reference platform with demo data. "
                                 "The first start generates a month of history and takes a few seconds."),
                              {}, true);
        applySpendOptions(); // the demo's spend from a proxy or Langfuse: only when asked for
        if (m_options.langfuseUrl.isValid()) { // and its review queues from Langfuse
            m_sources.review = settings::DataSources::ReviewKind::Langfuse;
            m_sources.reviewUrl = m_options.langfuseUrl;
        }
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
    {
        QSettings saved;
        m_profile->load(saved);
        m_sources = settings::DataSources::load(saved);
    }
    applySpendOptions();
    if (m_options.langfuseUrl.isValid()) {
        m_sources.review = settings::DataSources::ReviewKind::Langfuse;
        m_sources.reviewUrl = m_options.langfuseUrl;
    }
    if (m_options.noPlatform)
        m_sources.usePlatform = false;
    else if (!m_options.platformUrl.isEmpty())
        m_sources.usePlatform = true;
    if (!m_sources.usePlatform) {
        startWithoutPlatform();
        return;
    }
    if (!m_options.platformUrl.isEmpty())
        m_profile->setPlatformUrl(m_options.platformUrl);
    if (m_profile->platformUrl().isEmpty()) {
        if (!m_showWindow)
            fail(tr("Not connected"), tr("Give --platform URL or --demo."));
        else
            openConnectionDialog(tr("Tell Keel where your platform is and paste your token. To look around first, start Keel with --demo."));
        return;
    }
    // KEEL_TOKEN wins (scripts, CI); otherwise the keychain.
    m_window->showMessage(tr("Signing in…"), tr("Reading the token for %1").arg(m_profile->platformUrl().toDisplayString()), {}, true);
    connect(m_profile, &settings::ConnectionProfile::tokenLoaded, this, [this](bool found, const QString &message) {
        if (found) {
            connectTo(m_profile->connectionSettings());
            return;
        }
        const QString why = message.isEmpty()
            ? tr("No token for %1 is saved in the keychain.").arg(m_profile->platformUrl().toDisplayString())
            : message;
        if (!m_showWindow) {
            fail(tr("No token"), why + u' ' + tr("Set KEEL_TOKEN, or save a token from File › Connect to Platform."));
            return;
        }
        openConnectionDialog(why);
    }, Qt::SingleShotConnection);
    m_profile->loadToken();
}

api::ConnectionSettings ConsoleController::savedConnection()
{
    QSettings s;
    settings::ConnectionProfile profile;
    profile.load(s);
    api::ConnectionSettings out = profile.connectionSettings();
    out.token.clear(); // the dialog asks for it; never prefilled from the environment
    return out;
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

void ConsoleController::startServices(const std::optional<ExternalSpendSource> &spendSource,
                                      std::optional<LangfuseReviewSource> langfuse)
{
    const domain::Identity identity = m_session.identity;
    m_services = std::make_unique<SessionServices>(m_connection, identity, m_options.cacheDir, spendSource, std::move(langfuse));
    m_services->fillContext(m_session);
    m_session.readOnly = m_options.command == AppOptions::Command::Snapshot;
    if (!m_options.demo) {
        QSettings s; // the profile never writes the token there: that lives in the keychain
        if (m_sources.usePlatform)
            m_profile->setPlatformUrl(m_connection.baseUrl); // a session without one keeps the saved URL
        m_profile->setCaBundlePath(m_connection.caBundlePath);
        m_profile->setVerifyTls(m_connection.verifyTls);
        m_profile->save(s);
        m_sources.save(s);
    }
    const QString roles = QString::fromStdString([&] {
        std::string s;
        for (const auto &r : identity.roles)
            s += (s.empty() ? "" : ", ") + r;
        return s;
    }());
    // "alice (reviewer) on https://platform…; …", or without one "alice (reviewer): no platform; …"
    m_window->setIdentity((m_session.platformUrl.isEmpty() ? tr("%1 (%2): %3") : tr("%1 (%2) on %3"))
                              .arg(QString::fromStdString(identity.displayName), roles, sessionPlace()));
    buildViews();
    wireSync();
    Q_EMIT sessionReady();
}

QString ConsoleController::sessionPlace() const
{
    QString where = m_session.platformUrl.isEmpty() ? tr("no platform") : m_session.platformUrl.toDisplayString();
    if (!m_session.spendSource.isEmpty())
        where = tr("%1; spend from %2").arg(where, m_session.spendSource);
    if (!m_session.reviewSourceName.isEmpty())
        where = tr("%1; review queues from %2").arg(where, m_session.reviewSourceName);
    return where;
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
    // The spend dashboard redraws as soon as its roll-ups land, not after the raw requests that
    // sync after them (minutes at 10M requests).
    connect(engine, &sync::SyncEngine::resourceFinished, this, [w](const QString &resource, bool ok) {
        if (!ok || (resource != u"spend_daily"_s && resource != u"budgets"_s))
            return;
        if (auto *spend = qobject_cast<widgets::SpendDashboard *>(w->view(u"spend"_s)))
            spend->reload();
    });
    connect(engine, &sync::SyncEngine::finished, this, [this, w](bool ok, const QString &summary) {
        w->setSyncProgress(false, 0, 0, {});
        // Dashboards that read the cache redraw from what the sync brought.
        if (auto *spend = qobject_cast<widgets::SpendDashboard *>(w->view(u"spend"_s)))
            spend->reload();
        Q_EMIT syncFinished(ok, summary);
        if (ok) {
            m_lastSync = keel::clock::nowLocal();
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
        for (const QString &r : engine->resources()) // what the roles and sources allow
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
    connect(m_window.get(), &widgets::MainWindow::messageActionTriggered, this, &ConsoleController::onMessageAction,
            Qt::UniqueConnection);
    Q_EMIT sessionFailed(title + u": "_s + detail);
}

void ConsoleController::onMessageAction()
{
    openConnectionDialog({});
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
    dialog->setUsePlatform(m_sources.usePlatform);
    dialog->setSloFromPrometheus(settings::DataSources::load(QSettings()).sloFromPrometheus);
    dialog->spendSource()->setSources(m_sources);
    dialog->reviewSource()->setSources(m_sources);
    dialog->setNote(note);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const api::ConnectionSettings settings = dialog->settings();
        const bool usePlatform = dialog->usePlatform();
        if (usePlatform)
            m_profile->setPlatformUrl(settings.baseUrl);
        m_profile->setCaBundlePath(settings.caBundlePath);
        m_profile->setVerifyTls(settings.verifyTls);
        {
            QSettings s;
            const bool prometheus = settings::DataSources::load(s).sloFromPrometheus; // not the dialog's to change
            m_sources = dialog->reviewSource()->sources(dialog->spendSource()->sources());
            m_sources.usePlatform = usePlatform;
            m_sources.sloFromPrometheus = prometheus;
            m_sources.save(s);
        }
        // The token and (if one was typed) the proxy key go to the keychain; the session restarts
        // once both are stored.
        auto pending = std::make_shared<int>(1);
        auto storedOne = [this, settings, pending](bool persisted, const QString &message) {
            if (!persisted)
                m_window->banner()->showMessage(widgets::ConnectionBanner::Level::Info, message);
            if (--*pending == 0)
                restartSession(settings);
        };
        const QString proxyKey = dialog->spendSource()->liteLlmKey();
        if (m_sources.spendFromLiteLlm() && !proxyKey.isEmpty()) {
            ++*pending;
            auto *secret = new settings::SourceSecret(QString::fromLatin1(settings::kLiteLlmSecretKind), m_sources.spendUrl,
                                                      settings::kLiteLlmKeyVariable, this);
            connect(secret, &settings::SourceSecret::stored, this, [this, secret, proxyKey, storedOne](bool persisted, const QString &message) {
                secret->deleteLater();
                m_sessionLiteLlmKey = persisted ? QString() : proxyKey; // no keychain: this session only
                storedOne(persisted, message);
            }, Qt::SingleShotConnection);
            secret->store(proxyKey);
        }
        const QString spendPublic = dialog->spendSource()->langfusePublicKey();
        if (m_sources.spendFromLangfuse() && !spendPublic.isEmpty()) {
            ++*pending;
            m_langfuseSpendKeys->setBaseUrl(m_sources.spendUrl);
            connect(m_langfuseSpendKeys, &settings::LangfuseCredentials::stored, this, storedOne, Qt::SingleShotConnection);
            m_langfuseSpendKeys->store(spendPublic, dialog->spendSource()->langfuseSecretKey());
        }
        const QString langfusePublic = dialog->reviewSource()->publicKey();
        const QString langfuseSecret = dialog->reviewSource()->secretKey();
        if (m_sources.reviewFromLangfuse() && !langfusePublic.isEmpty()) {
            ++*pending;
            m_langfuseKeys->setBaseUrl(m_sources.reviewUrl);
            connect(m_langfuseKeys, &settings::LangfuseCredentials::stored, this, storedOne, Qt::SingleShotConnection);
            m_langfuseKeys->store(langfusePublic, langfuseSecret);
        }
        if (!usePlatform) {
            storedOne(true, {}); // no token to store: the platform is not used
            return;
        }
        connect(m_profile, &settings::ConnectionProfile::tokenStored, this, storedOne, Qt::SingleShotConnection);
        m_profile->storeToken(settings.token);
    });
    dialog->open();
}

void ConsoleController::wipeCacheFromMenu()
{
    if (!m_services) {
        QMessageBox::information(m_window.get(), tr("Wipe Local Cache"), tr("There is no cache open: sign in to a platform first, or run keel --wipe-cache."));
        return;
    }
    // The cache's outbox and every review database beside it, whichever source it delivers to.
    const qint64 pending = (m_services->outbox() ? m_services->outbox()->pendingCount() : 0)
        + review::ReviewDb::undeliveredBeside(m_services->storePath());
    QString text = tr("Delete the local copy of prompts, outputs, telemetry and spend for %1? "
                      "Keel signs in again and syncs afresh.").arg(sessionPlace());
    if (pending > 0)
        text += u"\n\n"_s + tr("%n decision(s) are not delivered yet and would be lost. Wait until they are delivered, or wipe anyway.", nullptr, int(pending));
    const auto answer = QMessageBox::warning(m_window.get(), tr("Wipe Local Cache"), text,
                                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    const QString path = m_services->storePath();
    const api::ConnectionSettings connection = m_connection;
    teardownSession(); // closes the store before its files go
    QString error;
    if (!store::wipeCache(path, &error)) {
        fail(tr("The cache could not be deleted"), error);
        return;
    }
    m_window->banner()->showMessage(widgets::ConnectionBanner::Level::Info, tr("The local cache was deleted."));
    restartSession(connection);
}

void ConsoleController::restartSession(const api::ConnectionSettings &settings)
{
    teardownSession();
    m_demo.reset();
    m_options.demo = false;
    if (!m_sources.usePlatform) {
        startWithoutPlatform();
        return;
    }
    connectTo(settings);
}

} // namespace keel::app
