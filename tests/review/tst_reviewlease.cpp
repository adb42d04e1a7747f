// Leases against a platform whose leases last 2 s: auto-renewal keeps an open item held well
// past its first expiry; without renewal the lease runs out in the middle of an edit, the
// reviewer is told why, the draft is kept, and reopening the item brings the draft back.
#include "reviewtestsupport.h"

#include <review/decisionpanel.h>
#include <review/reviewitemmodel.h>
#include <review/reviewsession.h>
#include <review/reviewworkspace.h>

#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keel;
using Status = keel::review::ReviewSession::LeaseStatus;
using keel::review::DecisionPanel;

class TestReviewLease : public QObject {
    Q_OBJECT
private:
    test::PlatformProcess m_platform{[] {
        test::PlatformOptions o;
        o.extraArgs = {u"--lease-seconds"_s, u"2"_s};
        return o;
    }()};
    std::unique_ptr<api::PlatformClient> m_client;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings and app data stay out of the real home
        QVERIFY2(m_platform.start(), qPrintable(m_platform.errorString()));
        m_client = test::clientFor(m_platform, u"reviewer-1"_s);
    }

    void autoRenewKeepsTheItem()
    {
        QTemporaryDir dir;
        review::ReviewSession session(m_client.get(), u"reviewer-1"_s);
        QVERIFY(session.openDatabase(dir.filePath(u"r.sqlite"_s)));
        const auto item = test::pendingItems(*m_client, {}, 1).value(0);
        session.openItem(item);
        QTRY_COMPARE_WITH_TIMEOUT(session.leaseStatus(), Status::Held, 10000);
        const qint64 firstExpiry = session.leaseExpiresAt();
        // Two full lease lengths later the item is still ours, on a renewed lease.
        QTRY_VERIFY_WITH_TIMEOUT(session.leaseExpiresAt() > firstExpiry + 4000, 15000);
        QCOMPARE(session.leaseStatus(), Status::Held);
        session.leave();
    }

    void idleReviewerLetsTheLeaseGo()
    {
        QTemporaryDir dir;
        review::ReviewSession session(m_client.get(), u"reviewer-1"_s);
        QVERIFY(session.openDatabase(dir.filePath(u"r.sqlite"_s)));
        session.setIdleLimitMs(500); // nobody touches anything after opening the item
        const auto item = test::pendingItems(*m_client, {}, 1).value(0);
        QSignalSpy lost(&session, &review::ReviewSession::leaseLost);
        session.openItem(item);
        QTRY_COMPARE_WITH_TIMEOUT(session.leaseStatus(), Status::Held, 10000);
        QVERIFY(lost.wait(10000));
        QVERIFY2(lost.at(0).at(0).toString().contains(u"other reviewers"_s), qPrintable(lost.at(0).at(0).toString()));
        // The platform agrees: another reviewer can now take it.
        auto other = test::clientFor(m_platform, u"reviewer-2"_s);
        QTRY_VERIFY_WITH_TIMEOUT(test::post(*other, u"/v1/review/items/%1/claim"_s.arg(QString::fromStdString(item.id))).ok(),
                                 10000);
    }

    void leaseExpiresDuringEdit()
    {
        QTemporaryDir dir;
        SessionContext ctx;
        ctx.client = m_client.get();
        ctx.storePath = dir.filePath(u"cache.sqlite"_s);
        ctx.identity.user = "reviewer-1";
        ctx.identity.roles = {"reviewer"};
        review::ReviewWorkspace ws(ctx);
        ws.session()->setAutoRenew(false); // as if the console could not renew (asleep, cut off)
        ws.session()->setGracePeriodMs(0);
        QSignalSpy ready(&ws, &review::ReviewWorkspace::ready);
        ws.resize(1400, 900);
        ws.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ws));
        QVERIFY(ready.wait(15000));
        QTRY_VERIFY_WITH_TIMEOUT(ws.session()->canDecide(), 10000);
        const QString id = ws.currentItemId();
        ws.itemsView()->setFocus();
        QSignalSpy lost(ws.session(), &review::ReviewSession::leaseLost);
        QTest::keyClick(ws.itemsView(), Qt::Key_E);
        DecisionPanel *panel = ws.decisionPanel();
        QCOMPARE(panel->mode(), DecisionPanel::Mode::Edit);
        panel->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(panel->editor(), u" DRAFT-KEPT"_s);
        const QString edited = panel->editor()->toPlainText();

        QVERIFY(lost.wait(10000));
        QCOMPARE(ws.session()->leaseStatus(), Status::Lost);
        QVERIFY2(ws.leaseBannerText().contains(u"expired"_s), qPrintable(ws.leaseBannerText()));
        QVERIFY2(ws.leaseBannerText().contains(u"draft is kept"_s), qPrintable(ws.leaseBannerText()));
        QCOMPARE(panel->editor()->toPlainText(), edited); // still on screen
        const auto draft = ws.session()->draft(id);       // and on disk
        QVERIFY(draft);
        QCOMPARE(draft->editedOutput, edited);

        // Submitting now is refused in words; nothing is queued.
        QTest::keyClick(panel->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(ws.session()->pendingCount(), 0);
        auto *error = panel->findChild<QLabel *>(u"decisionError"_s);
        QVERIFY(error && !error->isHidden());

        // O claims it again (Esc first: letters type into the editor) and the edit is still there.
        QTest::keyClick(panel->editor(), Qt::Key_Escape);
        QCOMPARE(panel->mode(), DecisionPanel::Mode::Idle);
        QTest::keyClick(ws.itemsView(), Qt::Key_O);
        QCOMPARE(ws.currentItemId(), id);
        QTRY_VERIFY_WITH_TIMEOUT(ws.session()->canDecide(), 10000);
        QCOMPARE(panel->mode(), DecisionPanel::Mode::Edit);
        QCOMPARE(panel->editor()->toPlainText(), edited);
        QVERIFY(panel->editor()->hasFocus());
        QSignalSpy saved(ws.session(), &review::ReviewSession::decisionSaved);
        QTest::keyClick(panel->editor(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(saved.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(test::countFor(test::feedback(*m_client), id) == 1, 15000);
        for (const auto &r : test::feedback(*m_client))
            if (r.itemId == id.toStdString())
                QCOMPARE(QString::fromStdString(r.editedOutput), edited);
    }
};

QTEST_MAIN(TestReviewLease)
#include "tst_reviewlease.moc"
