// A reviewer works a Langfuse annotation queue in the console, end to end: the console signs in
// to a real keel-platform (who the reviewer is, spend, SLOs), takes its review queues from the
// Langfuse TEST DOUBLE (tests/doubles: v4 routes, Basic auth, strict bodies) because the
// connection names Langfuse (--langfuse URL, keys from KEEL_LANGFUSE_*), and an approval typed
// with the keyboard lands in Langfuse as a score on the item's trace with the item COMPLETED.
// The platform's own review queues are not pulled, and missing keys fail the session with a
// message that names Langfuse and says where the keys go.
#include "doubleclient.h"
#include "doubleprocess.h"
#include "platformprocess.h"

#include <consolecontroller.h>
#include <review/reviewitemmodel.h>
#include <review/reviewqueuemodel.h>
#include <review/reviewsession.h>
#include <review/reviewworkspace.h>
#include <shell/mainwindow.h>
#include <sync/syncengine.h>

#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keel;
using Json = nlohmann::json;

namespace {
const char *kPublic = "pk-lf-keel-double";
const char *kSecret = "sk-lf-keel-double";

QString qs(const std::string &s) { return QString::fromStdString(s); }
} // namespace

class TestAppLangfuseReview : public QObject {
    Q_OBJECT
    test::PlatformProcess m_platform{test::PlatformOptions{42, 2, 300, {}, {}}};
    std::unique_ptr<test::DoubleProcess> m_langfuse;
    std::unique_ptr<test::DoubleClient> m_direct;
    QTemporaryDir m_cache;

    Json state() const { return m_direct->get("/__double/state").json()["state"]; }

    app::AppOptions options() const
    {
        app::AppOptions o;
        o.platformUrl = m_platform.baseUrl();
        o.langfuseUrl = m_langfuse->baseUrl();
        o.cacheDir = m_cache.path();
        return o;
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
        QCoreApplication::setApplicationName(u"tst_app_langfusereview"_s);
        QSettings().clear();
        QSettings().setValue(u"review/undoGraceSeconds"_s, 0); // delivery starts at once
        QVERIFY2(m_platform.start(), qPrintable(m_platform.errorString()));
        m_langfuse = std::make_unique<test::DoubleProcess>(u"langfuse"_s, QStringList{u"--langfuse-mode"_s, u"v4"_s});
        QVERIFY2(m_langfuse->start(), qPrintable(m_langfuse->errorString()));
        m_direct = std::make_unique<test::DoubleClient>(m_langfuse->baseUrl(), test::DoubleClient::basic(kPublic, kSecret));
        qputenv("KEEL_TOKEN", m_platform.token(u"reviewer-1"_s).toUtf8());
    }

    void missingKeysNameLangfuseAndWhereTheyGo()
    {
        qunsetenv("KEEL_LANGFUSE_PUBLIC_KEY");
        qunsetenv("KEEL_LANGFUSE_SECRET_KEY");
        app::ConsoleController controller(options());
        QSignalSpy failed(&controller, &app::ConsoleController::sessionFailed);
        QSignalSpy ready(&controller, &app::ConsoleController::sessionReady);
        controller.start(false);
        QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty() || !ready.isEmpty(); }, 60000));
        QVERIFY2(ready.isEmpty(), "a session without the Langfuse keys must not start");
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(u"Langfuse at "_s + m_langfuse->baseUrl().toDisplayString()), qPrintable(message));
        QVERIFY2(message.contains(u"KEEL_LANGFUSE_PUBLIC_KEY"_s), qPrintable(message));
    }

    void reviewerApprovesALangfuseItemWithTheKeyboard()
    {
        qputenv("KEEL_LANGFUSE_PUBLIC_KEY", kPublic);
        qputenv("KEEL_LANGFUSE_SECRET_KEY", kSecret);
        app::ConsoleController controller(options());
        QSignalSpy failed(&controller, &app::ConsoleController::sessionFailed);
        QSignalSpy ready(&controller, &app::ConsoleController::sessionReady);
        controller.start(true);
        QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty() || !ready.isEmpty(); }, 60000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        const QString sourceName = u"Langfuse at "_s + m_langfuse->baseUrl().toDisplayString();
        widgets::MainWindow *window = controller.window();
        window->resize(1600, 1000);
        QVERIFY2(statusText(window).contains(u"review queues from "_s + sourceName), qPrintable(statusText(window)));
        QCOMPARE(controller.session().reviewSourceName, sourceName);
        QVERIFY(controller.session().reviewFeed && controller.session().feedbackSink);
        // Request records (and so correlation ids) are the platform's: its traces, not Langfuse's.
        QVERIFY(!controller.session().traceSource);
        QVERIFY(controller.window()->view(u"trace"_s));
        // The platform's review queues are not pulled: Langfuse feeds the workspace.
        for (const QString &resource : controller.session().sync->resources())
            QVERIFY2(!resource.startsWith(u"review_"_s), qPrintable(resource));

        auto *ws = qobject_cast<review::ReviewWorkspace *>(window->view(u"review"_s));
        QVERIFY(ws);
        window->showView(u"review"_s);
        const Json queues = state()["queues"];
        QTRY_COMPARE_WITH_TIMEOUT(ws->queuesView()->model()->rowCount(), int(queues.size()), 30000);
        // The queue of trace items named "Support answers…" in the double's seed.
        std::string queueId;
        for (const auto &q : queues)
            if (q["name"].get<std::string>().rfind("Support answers", 0) == 0)
                queueId = q["id"].get<std::string>();
        QVERIFY(!queueId.empty());
        bool listed = false;
        for (int r = 0; r < ws->queuesView()->model()->rowCount(); ++r)
            listed |= ws->queuesView()->model()->index(r, 0).data(review::ReviewQueueModel::QueueIdRole).toString() == qs(queueId);
        QVERIFY(listed);
        ws->selectQueue(qs(queueId));
        QTRY_VERIFY_WITH_TIMEOUT(ws->itemModel()->rowCount() > 1, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(ws->session()->canDecide(), 30000);
        QVERIFY2(ws->leaseBannerText().startsWith(sourceName + u" has no item locks"_s), qPrintable(ws->leaseBannerText()));

        const QString key = ws->currentItemId(); // "<queueId>:<itemId>"
        QVERIFY2(key.startsWith(qs(queueId) + u':'), qPrintable(key));
        const std::string itemId = key.mid(int(queueId.size()) + 1).toStdString();
        std::string objectId; // the trace, observation or session the item points at
        const Json items = state()["items"]; // named: a range-for over state()["items"] would dangle
        for (const auto &i : items)
            if (i["id"] == itemId) {
                QCOMPARE(qs(i["status"].get<std::string>()), u"PENDING"_s);
                objectId = i["objectId"].get<std::string>();
            }
        QVERIFY2(!objectId.empty(), qPrintable(key));
        // The open item reads as Langfuse names it: the trace and the queue's name, no composite
        // key; no risk or confidence badge, since Langfuse scores neither.
        std::string queueName;
        for (const auto &q : queues)
            if (q["id"] == queueId)
                queueName = q["name"].get<std::string>();
        const auto *title = ws->findChild<QLabel *>(u"itemTitle"_s);
        QVERIFY(title);
        QCOMPARE(title->text(), u"Trace "_s + qs(objectId).left(13) + (objectId.size() > 16 ? u"\u2026"_s : QString())
                                    + u" · "_s + qs(queueName));
        QVERIFY(!ws->findChild<QLabel *>(u"riskBadge"_s)->isVisibleTo(ws));
        QVERIFY(ws->itemsView()->isColumnHidden(review::ReviewItemModel::Risk));
        QVERIFY(ws->itemsView()->isColumnHidden(review::ReviewItemModel::Confidence));
        QVERIFY(!ws->itemsView()->isColumnHidden(review::ReviewItemModel::Model));
        QVERIFY(!ws->findChild<QLabel *>(u"confidenceBadge"_s)->isVisibleTo(ws));
        QVERIFY2(!ws->findChild<QLabel *>(u"itemMeta"_s)->text().contains(u"template"_s),
                 qPrintable(ws->findChild<QLabel *>(u"itemMeta"_s)->text()));

        QSignalSpy saved(ws->session(), &review::ReviewSession::decisionSaved);
        ws->itemsView()->setFocus();
        QTest::keyClick(ws->itemsView(), Qt::Key_A);
        QVERIFY(saved.wait(10000));
        const qint64 seq = saved.first().first().toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(ws->session()->decision(seq)
                                     && ws->session()->decision(seq)->state == review::DeliveryState::Delivered,
                                 30000);

        // In Langfuse: the item is COMPLETED and its object carries the reviewer's one score.
        const Json after = state();
        bool completed = false;
        for (const auto &i : after["items"])
            if (i["id"] == itemId)
                completed = i["status"] == "COMPLETED";
        QVERIFY(completed);
        int scores = 0;
        for (const auto &s : after["scores"])
            if (s["queueId"] == queueId
                && (s["traceId"] == objectId || s.value("observationId", Json()) == objectId
                    || s.value("sessionId", Json()) == objectId))
                ++scores;
        QCOMPARE(scores, 1);
        // The decision log names the item as its pane did.
        const auto *log = ws->findChild<QListView *>(u"decisionLog"_s);
        QVERIFY(log);
        QVERIFY2(log->model()->index(0, 0).data().toString().startsWith(u"Approved Trace "_s),
                 qPrintable(log->model()->index(0, 0).data().toString()));
        // The next item opens for the reviewer.
        QTRY_VERIFY_WITH_TIMEOUT(ws->session()->canDecide() && ws->currentItemId() != key, 30000);

        if (const QString dir = qEnvironmentVariable("KEEL_SCREENSHOT_DIR"); !dir.isEmpty()) {
            // docs/screenshots/review-langfuse.png is made this way (docs/connectors-langfuse.md).
            QTest::qWait(300);
            QVERIFY(window->grab().save(dir + u"/review-langfuse.png"_s));
        }
    }
};

QTEST_MAIN(TestAppLangfuseReview)
#include "tst_app_langfusereview.moc"
