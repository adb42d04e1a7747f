#pragma once
// Wires one console session: find the platform (demo, --platform, saved profile), sign in,
// open the cache, start sync and delivery, and build the views the identity's roles allow.
#include "commandline.h"
#include "sessionservices.h"

#include <api/apitypes.h>
#include <session.h>
#include <settings/datasources.h>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

namespace keel::api { class PlatformClient; class ConnectionTester; }
namespace keel::settings { class ConnectionProfile; class LangfuseCredentials; }
namespace keel::widgets { class MainWindow; }

namespace keel::app {

class DemoPlatform;

// Forwards a view's ready() as ready(id).
class ReadyRelay : public QObject {
    Q_OBJECT
public:
    ReadyRelay(QString id, QObject *parent) : QObject(parent), m_id(std::move(id)) {}
public Q_SLOTS:
    void onReady() { Q_EMIT ready(m_id); }
Q_SIGNALS:
    void ready(const QString &id);
private:
    QString m_id;
};

class ConsoleController : public QObject {
    Q_OBJECT
public:
    explicit ConsoleController(AppOptions options, QObject *parent = nullptr);
    ~ConsoleController() override;

    // Starts connecting; with showWindow=false (headless commands) no window is shown, but it
    // is still built so snapshot can render it offscreen.
    void start(bool showWindow);
    // Headless commands pull only what they need; empty = everything the roles allow.
    void setSyncResources(const QStringList &resources) { m_syncResources = resources; }
    widgets::MainWindow *window() const { return m_window.get(); }
    const SessionContext &session() const { return m_session; }

Q_SIGNALS:
    void sessionReady();                 // signed in, views built
    void sessionFailed(const QString &message);
    void viewReady(const QString &viewId); // a view finished its first load
    void syncFinished(bool ok, const QString &summary);

private:
    void connectTo(const api::ConnectionSettings &settings);
    void startWithoutPlatform(); // DataSources::usePlatform false: no sign-in, a local identity
    void applySpendOptions();    // --litellm / --langfuse-spend over the saved spend source
    static api::ConnectionSettings savedConnection();
    void restartSession(const api::ConnectionSettings &settings);
    void wipeCacheFromMenu();
    void teardownSession();
    void onMessageAction();
    void onSignedIn(const domain::Identity &identity);
    void resolveReviewSource(const std::optional<ExternalSpendSource> &spendSource);
    void resolveLangfuseSpend(); // spend from a Langfuse project: its keys, then the review source
    void startServices(const std::optional<ExternalSpendSource> &spendSource, std::optional<LangfuseReviewSource> langfuse);
    void fail(const QString &title, const QString &detail);
    void buildViews();
    void watchReady(const QString &id, QObject *view);
    void wireSync();
    QString sessionPlace() const; // "https://platform…; spend from LiteLLM at …" or "no platform; …"
    void openConnectionDialog(const QString &note);

    AppOptions m_options;
    std::unique_ptr<widgets::MainWindow> m_window;
    std::unique_ptr<DemoPlatform> m_demo;
    std::unique_ptr<SessionServices> m_services;
    QPointer<api::ConnectionTester> m_tester;
    SessionContext m_session;
    api::ConnectionSettings m_connection;
    settings::ConnectionProfile *m_profile = nullptr;
    settings::DataSources m_sources; // which source feeds spend and review (saved, or --litellm / --langfuse)
    QString m_sessionLiteLlmKey;     // the proxy key, when no keychain could keep it
    settings::LangfuseCredentials *m_langfuseKeys = nullptr; // kept: it holds session-only keys
    settings::LangfuseCredentials *m_langfuseSpendKeys = nullptr; // for spend from a Langfuse host
    bool m_showWindow = true;
    QDateTime m_lastSync;
    QStringList m_syncResources;
};

} // namespace keel::app
