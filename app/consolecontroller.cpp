#include "consolecontroller.h"

#include "demoplatform.h"
#include "sessionservices.h"
#include "viewfactory.h"

#include <api/connectiontester.h>
#include <api/platformclient.h>
#include <shell/connectionbanner.h>
#include <shell/mainwindow.h>

#include <QApplication>
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
    m_services = std::make_unique<SessionServices>(m_session.platformUrl, m_token, m_options.cacheDir);
    m_session.client = m_services->client();
    m_session.storePath = m_services->storePath();
    m_session.identity = identity;
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
    Q_EMIT sessionReady();
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
