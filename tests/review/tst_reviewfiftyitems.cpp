// A reviewer works 50 items of the demo-sized queue with the keyboard alone (A approves, the
// next item opens at once) and every decision lands exactly once in the platform's feedback.
#include "reviewtestsupport.h"

#include <review/reviewitemmodel.h>
#include <review/reviewqueuemodel.h>
#include <review/reviewsession.h>
#include <review/reviewworkspace.h>
#include <store/outbox.h>
#include <store/store.h>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace keel;

class TestReviewFiftyItems : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fiftyDecisionsByKeyboardLandOnceEach()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The size `keel --demo` starts its platform with.
        test::PlatformProcess platform(test::PlatformOptions{42, 35, 6000, {}, {}});
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        auto client = test::clientFor(platform, u"reviewer-2"_s);
        QTemporaryDir dir;
        store::Store store(dir.filePath(u"cache.sqlite"_s));
        QSignalSpy opened(&store, &store::Store::opened);
        QVERIFY(opened.wait(10000));
        store::Outbox outbox(&store, client.get());
        outbox.setRetryBackoff(50, 500);
        outbox.start();

        SessionContext ctx;
        ctx.client = client.get();
        ctx.outbox = &outbox;
        ctx.storePath = store.path();
        ctx.platformUrl = platform.baseUrl();
        ctx.identity.user = "reviewer-2";
        ctx.identity.displayName = "Robin Reviewer";
        ctx.identity.roles = {"reviewer"};
        review::ReviewWorkspace ws(ctx);
        QSignalSpy ready(&ws, &review::ReviewWorkspace::ready);
        ws.session()->setGracePeriodMs(200);
        ws.resize(1600, 1000);
        ws.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ws));
        QVERIFY(ready.wait(20000) || ws.isReady());

        auto *queues = ws.queuesView()->model();
        QString busiest;
        qlonglong most = -1;
        for (int r = 0; r < queues->rowCount(); ++r) {
            const QModelIndex idx = queues->index(r, 0);
            if (idx.data(review::ReviewQueueModel::PendingRole).toLongLong() > most) {
                most = idx.data(review::ReviewQueueModel::PendingRole).toLongLong();
                busiest = idx.data(review::ReviewQueueModel::QueueIdRole).toString();
            }
        }
        QVERIFY2(most >= 50, qPrintable(u"busiest queue has %1 pending"_s.arg(most)));
        ws.selectQueue(busiest);
        QTRY_VERIFY_WITH_TIMEOUT(ws.itemModel()->rowCount() >= 50, 20000);
        ws.itemsView()->setFocus();

        QSet<QString> decided;
        QSignalSpy saved(ws.session(), &review::ReviewSession::decisionSaved);
        for (int i = 0; i < 50; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(ws.session()->canDecide(), 15000);
            const QString id = ws.currentItemId();
            QVERIFY2(!decided.contains(id), qPrintable(u"item %1 opened twice"_s.arg(id)));
            QTest::keyClick(ws.itemsView(), Qt::Key_A);
            QTRY_COMPARE_WITH_TIMEOUT(saved.count(), i + 1, 10000);
            decided.insert(id);
        }
        QCOMPARE(decided.size(), 50);
        QTRY_COMPARE_WITH_TIMEOUT(outbox.pendingCount(), 0, 60000);

        const auto records = test::feedback(*client);
        int mine = 0;
        for (const QString &id : std::as_const(decided)) {
            QCOMPARE(test::countFor(records, id), 1);
            ++mine;
        }
        QCOMPARE(mine, 50);
    }
};

QTEST_MAIN(TestReviewFiftyItems)
#include "tst_reviewfiftyitems.moc"
