// The reviewer's keyboard flow on the real ReviewWorkspace against a real keel-platform:
// approve (A), edit (E, type, Ctrl+Enter), escalate (S, tier + reason, Ctrl+Enter) and
// reject (R, reason, Ctrl+Enter), each landing exactly once in GET /v1/review/feedback.
// Decisions go through the console's shared store::Outbox, as in the app.
#include "reviewtestsupport.h"

#include <review/decisionpanel.h>
#include <review/diffview.h>
#include <review/itempane.h>
#include <review/reviewworkspace.h>
#include <review/reviewitemmodel.h>
#include <review/reviewqueuemodel.h>
#include <review/reviewsession.h>
#include <store/outbox.h>
#include <store/store.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keel;
using keel::review::DecisionPanel;
using keel::review::ReviewWorkspace;

class TestReviewWorkspace : public QObject {
    Q_OBJECT
private:
    test::PlatformProcess m_platform;
    std::unique_ptr<api::PlatformClient> m_client;
    std::unique_ptr<api::PlatformClient> m_observer;
    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<store::Outbox> m_outbox;
    std::unique_ptr<ReviewWorkspace> m_ws;

    SessionContext context(const QString &user, std::vector<std::string> roles)
    {
        SessionContext ctx;
        ctx.client = m_client.get();
        ctx.outbox = m_outbox.get();
        ctx.storePath = m_dir.filePath(u"cache-%1.sqlite"_s.arg(user));
        ctx.platformUrl = m_platform.baseUrl();
        ctx.identity.user = user.toStdString();
        ctx.identity.displayName = user.toStdString();
        ctx.identity.roles = std::move(roles);
        return ctx;
    }

    // Waits until the workspace has an item open and holds its lease; returns its id.
    QString waitForHeldItem()
    {
        [&] { QTRY_VERIFY_WITH_TIMEOUT(m_ws->session()->canDecide(), 15000); }();
        return m_ws->currentItemId();
    }

    QWidget *keyTarget() const { return m_ws->itemsView(); }

    // Waits until the decision saved as `seq` is delivered (as the reviewer sees it).
    bool waitDelivered(qint64 seq)
    {
        bool ok = false;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(m_ws->session()->decision(seq)
                                         && m_ws->session()->decision(seq)->state == review::DeliveryState::Delivered,
                                     15000);
            ok = true;
        }();
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings and app data stay out of the real home
        QVERIFY2(m_platform.start(), qPrintable(m_platform.errorString()));
        m_client = test::clientFor(m_platform, u"reviewer-1"_s);
        m_observer = test::clientFor(m_platform, u"reviewer-1"_s);
        m_store = std::make_unique<store::Store>(m_dir.filePath(u"cache-reviewer-1.sqlite"_s));
        QSignalSpy opened(m_store.get(), &store::Store::opened);
        QVERIFY(opened.wait(10000));
        QVERIFY2(opened.at(0).at(0).toBool(), qPrintable(opened.at(0).at(1).toString()));
        m_outbox = std::make_unique<store::Outbox>(m_store.get(), m_client.get());
        m_outbox->setRetryBackoff(50, 500);
        m_outbox->start();

        m_ws = std::make_unique<ReviewWorkspace>(context(u"reviewer-1"_s, {"reviewer"}));
        QSignalSpy ready(m_ws.get(), &ReviewWorkspace::ready);
        m_ws->session()->setGracePeriodMs(400);
        m_ws->resize(1600, 1000);
        m_ws->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_ws.get()));
        m_ws->activateWindow();
        QVERIFY(ready.wait(15000) || m_ws->isReady());
        // Work the busiest queue so every step below has a next item.
        auto *queues = m_ws->queuesView()->model();
        QString busiest;
        qlonglong most = -1;
        for (int r = 0; r < queues->rowCount(); ++r) {
            const QModelIndex idx = queues->index(r, 0);
            if (idx.data(review::ReviewQueueModel::PendingRole).toLongLong() > most) {
                most = idx.data(review::ReviewQueueModel::PendingRole).toLongLong();
                busiest = idx.data(review::ReviewQueueModel::QueueIdRole).toString();
            }
        }
        QVERIFY(most >= 8);
        m_ws->selectQueue(busiest);
        QTRY_VERIFY_WITH_TIMEOUT(m_ws->itemModel()->rowCount() >= 8, 10000);
        m_ws->itemsView()->setFocus();
    }

    void cleanupTestCase()
    {
        m_ws.reset();
        m_outbox.reset();
        m_store.reset();
    }

    void approveWithA()
    {
        const QString id = waitForHeldItem();
        QVERIFY(!id.isEmpty());
        QSignalSpy saved(m_ws->session(), &review::ReviewSession::decisionSaved);
        QTest::keyClick(keyTarget(), Qt::Key_A);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.at(0).at(1).toString(), id);
        // The next item opens at once, without waiting for delivery.
        QVERIFY(m_ws->currentItemId() != id);
        QVERIFY(!m_ws->currentItemId().isEmpty());
        QVERIFY(waitDelivered(saved.at(0).at(0).toLongLong()));
        QCOMPARE(m_ws->session()->pendingCount(), 0);
        const auto records = test::feedback(*m_observer);
        QCOMPARE(test::countFor(records, id), 1);
        for (const auto &r : records)
            if (r.itemId == id.toStdString())
                QCOMPARE(QString::fromStdString(r.action), u"approve"_s);
    }

    void editWithE()
    {
        const QString id = waitForHeldItem();
        DecisionPanel *panel = m_ws->decisionPanel();
        const QString original = m_ws->itemPane()->outputView()->toPlainText();
        QTest::keyClick(keyTarget(), Qt::Key_E);
        QCOMPARE(panel->mode(), DecisionPanel::Mode::Edit);
        QCOMPARE(panel->editor()->toPlainText(), original); // seeded with the output
        QVERIFY(panel->editor()->hasFocus());
        panel->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(panel->editor(), u" Verified by a human."_s);
        // Typing letters in the editor never triggers the letter shortcuts.
        QCOMPARE(m_ws->currentItemId(), id);
        QTRY_VERIFY_WITH_TIMEOUT(panel->diffView()->toPlainText().contains(u"Verified"_s), 5000);
        QSignalSpy saved(m_ws->session(), &review::ReviewSession::decisionSaved);
        QTest::keyClick(panel->editor(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.at(0).at(1).toString(), id);
        QVERIFY(waitDelivered(saved.at(0).at(0).toLongLong()));
        QCOMPARE(m_ws->session()->pendingCount(), 0);
        const auto records = test::feedback(*m_observer);
        QCOMPARE(test::countFor(records, id), 1);
        for (const auto &r : records) {
            if (r.itemId != id.toStdString())
                continue;
            QCOMPARE(QString::fromStdString(r.action), u"edit"_s);
            QCOMPARE(QString::fromStdString(r.editedOutput), original + u" Verified by a human."_s);
        }
    }

    void escalateWithS()
    {
        const QString id = waitForHeldItem();
        DecisionPanel *panel = m_ws->decisionPanel();
        m_ws->itemsView()->setFocus();
        QTest::keyClick(keyTarget(), Qt::Key_S);
        QCOMPARE(panel->mode(), DecisionPanel::Mode::Escalate);
        // Submitting without a tier is refused with a message; nothing is saved.
        QTest::keyClick(panel->tierBox(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_ws->currentItemId(), id);
        QCOMPARE(m_ws->session()->pendingCount(), 0);
        QTest::keyClick(panel->tierBox(), Qt::Key_Down);   // first tier
        QCOMPARE(panel->tierBox()->currentData().toString(), u"tier2"_s);
        QTest::keyClick(panel->escalationReasonBox(), Qt::Key_Down); // first reason of that tier
        const QString reason = panel->escalationReasonBox()->currentData().toString();
        QVERIFY(!reason.isEmpty());
        panel->commentEdit()->setFocus();
        QTest::keyClicks(panel->commentEdit(), u"customer threatens legal action"_s);
        QSignalSpy saved(m_ws->session(), &review::ReviewSession::decisionSaved);
        QTest::keyClick(panel->commentEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(saved.wait(10000));
        QVERIFY(waitDelivered(saved.at(0).at(0).toLongLong()));
        QCOMPARE(m_ws->session()->pendingCount(), 0);
        const auto records = test::feedback(*m_observer);
        QCOMPARE(test::countFor(records, id), 1);
        for (const auto &r : records) {
            if (r.itemId != id.toStdString())
                continue;
            QCOMPARE(QString::fromStdString(r.action), u"escalate"_s);
            QCOMPARE(QString::fromStdString(r.escalationTier), u"tier2"_s);
            QCOMPARE(QString::fromStdString(r.escalationReason), reason);
            QCOMPARE(QString::fromStdString(r.comment), u"customer threatens legal action"_s);
        }
    }

    void rejectWithR()
    {
        const QString id = waitForHeldItem();
        DecisionPanel *panel = m_ws->decisionPanel();
        m_ws->itemsView()->setFocus();
        QTest::keyClick(keyTarget(), Qt::Key_R);
        QCOMPARE(panel->mode(), DecisionPanel::Mode::Reject);
        QTest::keyClick(panel->rejectReasonBox(), Qt::Key_Down);
        const QString reason = panel->rejectReasonBox()->currentData().toString();
        QCOMPARE(reason, u"hallucination"_s);
        // Labels and rubric scores travel with any decision.
        QCheckBox *label = nullptr;
        for (QCheckBox *box : panel->findChildren<QCheckBox *>())
            if (box->property("code").toString() == u"missing_citation")
                label = box;
        QVERIFY(label);
        label->setFocus();
        QTest::keyClick(label, Qt::Key_Space);
        QVERIFY(label->isChecked());
        QComboBox *accuracy = nullptr;
        for (QComboBox *box : panel->findChildren<QComboBox *>())
            if (box->property("code").toString() == u"accuracy")
                accuracy = box;
        QVERIFY(accuracy);
        accuracy->setFocus();
        QTest::keyClick(accuracy, Qt::Key_Down);
        QTest::keyClick(accuracy, Qt::Key_Down); // "Accuracy 2"
        panel->rejectReasonBox()->setFocus();
        QSignalSpy saved(m_ws->session(), &review::ReviewSession::decisionSaved);
        QTest::keyClick(panel->rejectReasonBox(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(saved.wait(10000));
        QVERIFY(waitDelivered(saved.at(0).at(0).toLongLong()));
        QCOMPARE(m_ws->session()->pendingCount(), 0);
        const auto records = test::feedback(*m_observer);
        QCOMPARE(test::countFor(records, id), 1);
        for (const auto &r : records) {
            if (r.itemId != id.toStdString())
                continue;
            QCOMPARE(QString::fromStdString(r.action), u"reject"_s);
            QCOMPARE(QString::fromStdString(r.rejectReason), u"hallucination"_s);
            QCOMPARE(r.labels, std::vector<std::string>{"missing_citation"});
            QCOMPARE(r.rubric.size(), std::size_t(1));
            QCOMPARE(r.rubric.at("accuracy"), 2);
            QCOMPARE(QString::fromStdString(r.reviewer), u"reviewer-1"_s);
            QVERIFY(r.timeSpentMs >= 0);
        }
    }

    void undoWithinGrace()
    {
        const QString id = waitForHeldItem();
        m_ws->session()->setGracePeriodMs(5000);
        QSignalSpy saved(m_ws->session(), &review::ReviewSession::decisionSaved);
        QSignalSpy undone(m_ws->session(), &review::ReviewSession::decisionUndone);
        QTest::keyClick(keyTarget(), Qt::Key_A);
        QVERIFY(saved.wait(10000));
        QVERIFY(m_ws->currentItemId() != id);
        QTest::keyClick(keyTarget(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(undone.wait(10000));
        QCOMPARE(m_ws->currentItemId(), id); // the undone item is open again, still ours
        QTRY_VERIFY_WITH_TIMEOUT(m_ws->session()->canDecide(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_ws->session()->pendingCount(), 0, 10000);
        QCOMPARE(test::countFor(test::feedback(*m_observer), id), 0);
        m_ws->session()->setGracePeriodMs(400);
    }

    void navigationAndCheatSheet()
    {
        waitForHeldItem();
        m_ws->itemsView()->setFocus();
        const int row = m_ws->itemsView()->currentIndex().row();
        QCOMPARE(m_ws->decisionPanel()->mode(), DecisionPanel::Mode::Idle);
        QVERIFY2(m_ws->itemsView()->model()->rowCount() > row + 1, "need a next item");
        QTest::keyClick(keyTarget(), Qt::Key_J);
        QCOMPARE(m_ws->itemsView()->currentIndex().row(), row + 1);
        QTest::keyClick(keyTarget(), Qt::Key_K);
        QCOMPARE(m_ws->itemsView()->currentIndex().row(), row);
        QTest::keyClick(keyTarget(), Qt::Key_Down);
        QCOMPARE(m_ws->itemsView()->currentIndex().row(), row + 1);
        QTest::keyClick(keyTarget(), Qt::Key_Up);
        QCOMPARE(m_ws->itemsView()->currentIndex().row(), row);
        // In the queue list the arrows move between queues, not items.
        m_ws->queuesView()->setFocus();
        const int queueRow = m_ws->queuesView()->currentIndex().row();
        QTest::keyClick(m_ws->queuesView(), queueRow > 0 ? Qt::Key_Up : Qt::Key_Down);
        QVERIFY(m_ws->queuesView()->currentIndex().row() != queueRow);
        QTest::keyClick(m_ws->queuesView(), queueRow > 0 ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(m_ws->queuesView()->currentIndex().row(), queueRow);
        QTRY_VERIFY_WITH_TIMEOUT(m_ws->itemModel()->rowCount() > row + 1, 10000);
        m_ws->itemsView()->setFocus();
        QTest::keyClick(keyTarget(), Qt::Key_Question);
        QDialog *sheet = m_ws->findChild<QDialog *>(u"reviewCheatSheet"_s);
        QVERIFY(sheet);
        auto *table = sheet->findChild<QTableWidget *>(u"shortcutTable"_s);
        QVERIFY(table);
        QStringList keys;
        for (int r = 0; r < table->rowCount(); ++r)
            keys << table->item(r, 0)->text();
        for (const QString &k : {u"A"_s, u"E"_s, u"S or X"_s, u"R"_s, u"Ctrl+Z"_s, u"J or Down"_s, u"?"_s})
            QVERIFY2(keys.contains(k), qPrintable(k));
        sheet->close();
    }

    void roleWithoutReviewRightsSeesNoActions()
    {
        auto finops = test::clientFor(m_platform, u"finops"_s);
        SessionContext ctx = context(u"finops"_s, {"finops"});
        ctx.client = finops.get();
        ctx.outbox = nullptr;
        ReviewWorkspace ws(ctx);
        QSignalSpy ready(&ws, &ReviewWorkspace::ready);
        QVERIFY(ready.wait(15000));
        QVERIFY(!ws.canReview());
        QVERIFY(ws.decisionPanel()->isHidden());
        auto *roles = ws.findChild<QLabel *>(u"roleBanner"_s);
        QVERIFY(roles && !roles->isHidden());
        QVERIFY(roles->text().contains(u"finops"_s));
        QVERIFY(!ws.session()->hasItem()); // reading an item never claims it without review rights
    }

    void serverForbiddenIsShownClearly()
    {
        // The console believes the account may review, the platform says 403 on the claim.
        auto finops = test::clientFor(m_platform, u"finops"_s);
        SessionContext ctx = context(u"finops-as-reviewer"_s, {"reviewer"});
        ctx.client = finops.get();
        ctx.outbox = nullptr;
        ReviewWorkspace ws(ctx);
        QSignalSpy ready(&ws, &ReviewWorkspace::ready);
        QVERIFY(ready.wait(15000));
        QTRY_COMPARE_WITH_TIMEOUT(ws.session()->leaseStatus(), review::ReviewSession::LeaseStatus::Forbidden, 10000);
        QVERIFY2(ws.leaseBannerText().contains(u"403"_s), qPrintable(ws.leaseBannerText()));
        QVERIFY(!ws.session()->canDecide());
    }

    // Last: stops and restarts the platform.
    void offlineBannerCountsWaitingDecisions()
    {
        const QString id = waitForHeldItem();
        m_ws->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_ws.get()));
        m_ws->itemsView()->setFocus();
        m_platform.stop();
        QSignalSpy saved(m_ws->session(), &review::ReviewSession::decisionSaved);
        QTest::keyClick(keyTarget(), Qt::Key_A);
        QVERIFY(saved.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_ws->offlineBannerText().isEmpty(), 15000);
        QVERIFY2(m_ws->offlineBannerText().contains(u"1 decision"_s), qPrintable(m_ws->offlineBannerText()));
        QVERIFY2(m_ws->offlineBannerText().contains(u"nothing is lost"_s), qPrintable(m_ws->offlineBannerText()));

        QVERIFY2(m_platform.start(), qPrintable(m_platform.errorString()));
        m_client->setSettings(test::settingsFor(m_platform, u"reviewer-1"_s));
        m_observer->setSettings(test::settingsFor(m_platform, u"reviewer-1"_s));
        m_ws->session()->retryDeliveryNow();
        QVERIFY(waitDelivered(saved.at(0).at(0).toLongLong()));
        QTRY_VERIFY_WITH_TIMEOUT(m_ws->offlineBannerText().isEmpty(), 10000);
        QCOMPARE(test::countFor(test::feedback(*m_observer), id), 1);
    }
};

QTEST_MAIN(TestReviewWorkspace)
#include "tst_reviewworkspace.moc"
