// A team without a Keel platform: review queues from Langfuse, spend from a LiteLLM proxy, and
// nothing else. The console signs in to nobody (--no-platform), builds only the views those
// sources feed, syncs only what they serve, and a reviewer's keyboard approval still lands in
// Langfuse. Both servers are TEST DOUBLES (tests/doubles, keel-connector-double). A listening
// socket stands where the saved profile says a platform is, to prove nothing knocks on it.
#include "doubleclient.h"
#include "doubleprocess.h"

#include <consolecontroller.h>
#include <review/reviewitemmodel.h>
#include <review/reviewqueuemodel.h>
#include <review/reviewsession.h>
#include <review/reviewworkspace.h>
#include <shell/mainwindow.h>
#include <spend/spenddashboard.h>
#include <spend/spendkpiheader.h>
#include <sources/tracesource.h>
#include <sync/syncengine.h>
#include <trace/traceexplorer.h>

#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace keel;
using Json = nlohmann::json;

namespace {
const char *kPublic = "pk-lf-keel-double";
const char *kSecret = "sk-lf-keel-double";
const char *kProxyKey = "sk-keel-double-master";

QString qs(const std::string &s) { return QString::fromStdString(s); }

// A TCP listener on 127.0.0.1 that only counts who connects (plain sockets: the test PCH has no
// QtNetwork, and nothing here needs more than accept()).
class KnockCounter {
public:
    bool listen()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(m_fd, 8) != 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
            return false;
        m_port = ntohs(addr.sin_port);
        m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] {
            const int client = ::accept(m_fd, nullptr, nullptr);
            if (client >= 0) {
                ++m_knocks;
                ::close(client);
            }
        });
        return true;
    }
    ~KnockCounter()
    {
        m_notifier.reset();
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int port() const { return m_port; }
    int knocks() const { return m_knocks; }

private:
    int m_fd = -1;
    int m_port = 0;
    int m_knocks = 0;
    std::unique_ptr<QSocketNotifier> m_notifier;
};
} // namespace

class TestAppPlatformless : public QObject {
    Q_OBJECT
    std::unique_ptr<test::DoubleProcess> m_langfuse;
    std::unique_ptr<test::DoubleProcess> m_proxy;
    std::unique_ptr<test::DoubleClient> m_direct;
    KnockCounter m_savedPlatform; // where the saved profile points: must never be contacted
    QTemporaryDir m_cache;

    app::AppOptions options() const
    {
        app::AppOptions o;
        o.noPlatform = true;
        o.langfuseUrl = m_langfuse->baseUrl();
        o.liteLlmUrl = m_proxy->baseUrl();
        o.cacheDir = m_cache.path();
        return o;
    }

    // A trace the Langfuse double holds: the object of a queue item that points at one.
    std::string someTraceId() const
    {
        const Json items = m_direct->get("/__double/state").json()["state"]["items"];
        for (const auto &i : items)
            if (i["objectType"] == "TRACE")
                return i["objectId"].get<std::string>();
        return {};
    }

    // The trace explorer of `window` opens `traceId` from Langfuse.
    static void opensFromLangfuse(widgets::MainWindow *window, const std::string &traceId, const QString &sourceName)
    {
        auto *explorer = qobject_cast<trace::TraceExplorer *>(window->view(u"trace"_s));
        QVERIFY(explorer);
        QSignalSpy done(explorer, &trace::TraceExplorer::lookupFinished);
        window->showView(u"trace"_s);
        explorer->showCorrelationId(qs(traceId));
        QVERIFY(done.wait(60000));
        QCOMPARE(explorer->state(), trace::TraceExplorer::State::Found);
        QVERIFY2(explorer->statusText().contains(sourceName), qPrintable(explorer->statusText()));
    }

    static QString statusText(widgets::MainWindow *window)
    {
        QStringList texts;
        for (QLabel *label : window->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings stay out of the real home
        QCoreApplication::setOrganizationName(u"KeelTest"_s);
        QCoreApplication::setApplicationName(u"tst_app_platformless"_s);
        QSettings().clear();
        QSettings().setValue(u"review/undoGraceSeconds"_s, 0); // delivery starts at once
        QVERIFY(m_savedPlatform.listen());
        QSettings().setValue(u"connection/platform_url"_s, u"http://127.0.0.1:%1"_s.arg(m_savedPlatform.port()));
        qputenv("KEEL_TOKEN", "would-be-sent-to-a-platform");

        m_langfuse = std::make_unique<test::DoubleProcess>(u"langfuse"_s, QStringList{u"--langfuse-mode"_s, u"v4"_s});
        QVERIFY2(m_langfuse->start(), qPrintable(m_langfuse->errorString()));
        m_direct = std::make_unique<test::DoubleClient>(m_langfuse->baseUrl(), test::DoubleClient::basic(kPublic, kSecret));
        m_proxy = std::make_unique<test::DoubleProcess>(u"litellm"_s);
        QVERIFY2(m_proxy->start(), qPrintable(m_proxy->errorString()));
        qputenv("KEEL_LANGFUSE_PUBLIC_KEY", kPublic);
        qputenv("KEEL_LANGFUSE_SECRET_KEY", kSecret);
        qputenv("KEEL_LITELLM_KEY", kProxyKey);
    }

    void withoutAnySourceTheSessionSaysWhatItNeeds()
    {
        app::AppOptions o;
        o.noPlatform = true;
        o.cacheDir = m_cache.path();
        app::ConsoleController controller(o);
        QSignalSpy failed(&controller, &app::ConsoleController::sessionFailed);
        QSignalSpy ready(&controller, &app::ConsoleController::sessionReady);
        controller.start(false);
        QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty() || !ready.isEmpty(); }, 30000));
        QVERIFY(ready.isEmpty());
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(u"--langfuse"_s) && message.contains(u"--litellm"_s), qPrintable(message));
        QCOMPARE(m_savedPlatform.knocks(), 0);
    }

    void reviewAndSpendComeFromTheirSourcesAlone()
    {
        app::ConsoleController controller(options());
        QSignalSpy failed(&controller, &app::ConsoleController::sessionFailed);
        QSignalSpy ready(&controller, &app::ConsoleController::sessionReady);
        QSignalSpy synced(&controller, &app::ConsoleController::syncFinished);
        controller.start(true);
        QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty() || !ready.isEmpty(); }, 60000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        const SessionContext &session = controller.session();
        QVERIFY(!session.client);
        QVERIFY(session.platformUrl.isEmpty());
        QVERIFY(!session.outbox); // decisions go to the Langfuse review database's own outbox
        QVERIFY(session.identity.hasRole("reviewer"));
        QVERIFY(session.identity.hasRole("finops"));
        QVERIFY(!session.identity.hasRole("admin"));
        widgets::MainWindow *window = controller.window();
        window->resize(1600, 1000);
        const QString status = statusText(window);
        QVERIFY2(status.contains(u"): no platform; "_s), qPrintable(status));
        QVERIFY2(status.contains(u"spend from LiteLLM at "_s + m_proxy->baseUrl().toDisplayString()), qPrintable(status));
        QVERIFY2(status.contains(u"review queues from Langfuse at "_s + m_langfuse->baseUrl().toDisplayString()), qPrintable(status));
        // Only the views another source feeds: no SLOs (no Prometheus set up); traces from the
        // Langfuse project the review items point into.
        QVERIFY(window->view(u"review"_s));
        QVERIFY(window->view(u"spend"_s));
        QVERIFY(!window->view(u"slo"_s));
        QVERIFY(window->view(u"trace"_s));
        QVERIFY(session.traceSource);
        const QString langfuseName = u"Langfuse at "_s + m_langfuse->baseUrl().toDisplayString();
        QCOMPARE(session.traceSource->describe(), langfuseName);
        // The sync pulls what the proxy serves, nothing the platform would.
        QStringList resources = session.sync->resources();
        resources.sort();
        QCOMPARE(resources, (QStringList{u"budgets"_s, u"requests"_s, u"spend_daily"_s}));
        QVERIFY(synced.wait(120000) || !synced.isEmpty());
        QVERIFY2(synced.first().first().toBool(), qPrintable(synced.first().value(1).toString()));

        auto *spend = qobject_cast<widgets::SpendDashboard *>(window->view(u"spend"_s));
        QVERIFY(spend);
        QTRY_VERIFY_WITH_TIMEOUT(spend->state() == widgets::SpendDashboard::State::Ready, 30000);
        QVERIFY(spend->snapshot().totals.current.cost > 0);
        QVERIFY2(!spend->stateMessage().contains(u"Offline"_s), qPrintable(spend->stateMessage()));

        // A keyboard approval lands in Langfuse as a score, the item COMPLETED.
        auto *ws = qobject_cast<review::ReviewWorkspace *>(window->view(u"review"_s));
        QVERIFY(ws);
        window->showView(u"review"_s);
        const Json queues = m_direct->get("/__double/state").json()["state"]["queues"];
        QTRY_COMPARE_WITH_TIMEOUT(ws->queuesView()->model()->rowCount(), int(queues.size()), 30000);
        std::string queueId;
        for (const auto &q : queues)
            if (q["name"].get<std::string>().rfind("Support answers", 0) == 0)
                queueId = q["id"].get<std::string>();
        QVERIFY(!queueId.empty());
        ws->selectQueue(qs(queueId));
        QTRY_VERIFY_WITH_TIMEOUT(ws->itemModel()->rowCount() > 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(ws->session()->canDecide(), 30000);
        const QString key = ws->currentItemId();
        const std::string itemId = key.mid(int(queueId.size()) + 1).toStdString();
        QSignalSpy saved(ws->session(), &review::ReviewSession::decisionSaved);
        ws->itemsView()->setFocus();
        QTest::keyClick(ws->itemsView(), Qt::Key_A);
        QVERIFY(saved.wait(10000));
        const qint64 seq = saved.first().first().toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(ws->session()->decision(seq)
                                     && ws->session()->decision(seq)->state == review::DeliveryState::Delivered,
                                 30000);
        const Json items = m_direct->get("/__double/state").json()["state"]["items"];
        bool completed = false;
        for (const auto &i : items)
            if (i["id"] == itemId)
                completed = i["status"] == "COMPLETED";
        QVERIFY(completed);
        const std::string traceId = someTraceId();
        QVERIFY(!traceId.empty());
        opensFromLangfuse(window, traceId, langfuseName);
        if (QTest::currentTestFailed())
            return;
        if (const QString dir = qEnvironmentVariable("KEEL_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(300); // docs/connectors-langfuse.md, "Traces from Langfuse"
            QVERIFY(window->grab().save(dir + u"/trace-langfuse.png"_s));
        }

        if (const QString dir = qEnvironmentVariable("KEEL_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window->showView(u"spend"_s);
            QTest::qWait(500);
            QVERIFY(window->grab().save(dir + u"/spend-without-platform.png"_s));
        }
        QCOMPARE(m_savedPlatform.knocks(), 0);
        // The choice is remembered, and the saved platform URL is kept for when it is wanted again.
        QCOMPARE(QSettings().value(u"sources/platform"_s).toString(), u"none"_s);
        QVERIFY(QSettings().value(u"connection/platform_url"_s).toString().endsWith(QString::number(m_savedPlatform.port())));
    }

    void spendCanComeFromLangfuse()
    {
        // A team on Langfuse alone: its project feeds review and spend (--langfuse-spend).
        app::AppOptions o = options();
        o.liteLlmUrl.clear();
        o.langfuseSpendUrl = m_langfuse->baseUrl();
        app::ConsoleController controller(o);
        QSignalSpy failed(&controller, &app::ConsoleController::sessionFailed);
        QSignalSpy ready(&controller, &app::ConsoleController::sessionReady);
        QSignalSpy synced(&controller, &app::ConsoleController::syncFinished);
        controller.start(true);
        QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty() || !ready.isEmpty(); }, 60000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const QString sourceName = u"Langfuse at "_s + m_langfuse->baseUrl().toDisplayString();
        QCOMPARE(controller.session().spendSource, sourceName);
        widgets::MainWindow *window = controller.window();
        window->resize(1600, 1000);
        QVERIFY2(statusText(window).contains(u"spend from "_s + sourceName), qPrintable(statusText(window)));
        QVERIFY(synced.wait(120000) || !synced.isEmpty());
        QVERIFY2(synced.first().first().toBool(), qPrintable(synced.first().value(1).toString()));
        auto *spend = qobject_cast<widgets::SpendDashboard *>(window->view(u"spend"_s));
        QVERIFY(spend);
        window->showView(u"spend"_s);
        QTRY_VERIFY_WITH_TIMEOUT(spend->state() == widgets::SpendDashboard::State::Ready, 30000);
        QVERIFY(spend->snapshot().totals.current.cost > 0);
        QVERIFY(spend->snapshot().budgets.isEmpty()); // Langfuse has none, and the view says so
        const auto *noBudgets = spend->findChild<QLabel *>(u"noBudgetsNote"_s);
        QVERIFY(noBudgets);
        QTRY_VERIFY(noBudgets->isVisibleTo(spend));
        QVERIFY2(noBudgets->text().startsWith(sourceName + u" keeps no budgets"_s), qPrintable(noBudgets->text()));
        QCOMPARE(spend->kpiHeader()->tileText(3).value(2), sourceName + u" keeps no budgets"_s);
        if (const QString dir = qEnvironmentVariable("KEEL_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(500);
            QVERIFY(window->grab().save(dir + u"/spend-langfuse.png"_s));
        }
        // Request records are Langfuse generations: their correlation ids open as Langfuse traces.
        QVERIFY(controller.session().traceSource);
        opensFromLangfuse(window, someTraceId(), sourceName);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_savedPlatform.knocks(), 0);
    }

    void theSavedChoiceStartsWithoutAPlatformToo()
    {
        // No --no-platform this time: the saved "sources/platform=none" of the last session decides.
        app::AppOptions o = options();
        o.noPlatform = false;
        app::ConsoleController controller(o);
        QSignalSpy failed(&controller, &app::ConsoleController::sessionFailed);
        QSignalSpy ready(&controller, &app::ConsoleController::sessionReady);
        controller.start(false);
        QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty() || !ready.isEmpty(); }, 60000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(!controller.session().client);
        // The approval of the earlier session is in the decision log under its item's name.
        auto *ws = qobject_cast<review::ReviewWorkspace *>(controller.window()->view(u"review"_s));
        QVERIFY(ws);
        const auto *log = ws->findChild<QListView *>(u"decisionLog"_s);
        QVERIFY(log && log->model()->rowCount() > 0);
        QVERIFY2(log->model()->index(0, 0).data().toString().startsWith(u"Approved Trace "_s),
                 qPrintable(log->model()->index(0, 0).data().toString()));
        QCOMPARE(m_savedPlatform.knocks(), 0);
    }
};

QTEST_MAIN(TestAppPlatformless)
#include "tst_app_platformless.moc"
