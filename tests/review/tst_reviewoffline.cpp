// The platform stops while a reviewer decides 20 items, then comes back on the same data
// directory at a new address: every decision is delivered exactly once. Once through the
// console's shared store::Outbox (20 sessions sharing it, as 20 items decided in a row) and once
// through the review database's own outbox.
#include "reviewtestsupport.h"

#include <domain/codec.h>
#include <review/decisionqueue.h>
#include <review/localdecisionqueue.h>
#include <review/reviewdb.h>
#include <review/reviewsession.h>
#include <store/outbox.h>
#include <store/store.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keel;
using Status = keel::review::ReviewSession::LeaseStatus;

namespace {
constexpr int kItems = 20;
}

class TestReviewOffline : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sharedOutboxDeliversAllAfterRestart()
    {
        QTemporaryDir platformDir;
        test::PlatformOptions options;
        options.dataDir = platformDir.path();
        test::PlatformProcess platform(options);
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        auto client = test::clientFor(platform, u"reviewer-1"_s);
        const auto items = test::pendingItems(*client, {}, kItems);
        QCOMPARE(items.size(), kItems);

        QTemporaryDir dir;
        store::Store cache(dir.filePath(u"cache.sqlite"_s));
        QSignalSpy opened(&cache, &store::Store::opened);
        QVERIFY(opened.wait(10000) && opened.at(0).at(0).toBool());
        store::Outbox outbox(&cache, client.get());
        outbox.setRetryBackoff(50, 300);
        outbox.start();

        // Open every item (each claim succeeds while the platform is up).
        std::vector<std::unique_ptr<review::ReviewSession>> sessions;
        for (const auto &item : items) {
            auto s = std::make_unique<review::ReviewSession>(client.get(), u"reviewer-1"_s);
            QVERIFY(s->openDatabase(dir.filePath(u"review.sqlite"_s), &outbox));
            s->setGracePeriodMs(0);
            s->openItem(item);
            sessions.push_back(std::move(s));
        }
        for (auto &s : sessions)
            QTRY_COMPARE_WITH_TIMEOUT(s->leaseStatus(), Status::Held, 10000);

        platform.stop();
        QSignalSpy saved(&outbox, &store::Outbox::saved);
        for (auto &s : sessions) {
            s->setAutoRenew(false); // nothing to renew against while the platform is down
            QString error;
            QVERIFY2(!s->decide({}, &error).isEmpty(), qPrintable(error));
        }
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), kItems, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(sessions.front()->isOffline(), 10000);
        QCOMPARE(sessions.front()->pendingCount(), kItems); // the banner's figure

        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        client->setSettings(test::settingsFor(platform, u"reviewer-1"_s)); // new port after restart
        sessions.front()->retryDeliveryNow();
        QTRY_VERIFY_WITH_TIMEOUT(outbox.pendingCount() == 0 && sessions.front()->pendingCount() == 0, 30000);
        QVERIFY(!sessions.front()->isOffline());
        const auto records = test::feedback(*client);
        for (const auto &item : items)
            QCOMPARE(test::countFor(records, QString::fromStdString(item.id)), 1);
    }

    void reviewDbOutboxDeliversAllAfterRestart()
    {
        QTemporaryDir platformDir;
        test::PlatformOptions options;
        options.dataDir = platformDir.path();
        test::PlatformProcess platform(options);
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        auto client = test::clientFor(platform, u"reviewer-1"_s);
        const auto items = test::pendingItems(*client, {}, kItems);
        QCOMPARE(items.size(), kItems);
        QList<domain::Decision> decisions;
        for (const auto &item : items) {
            const auto r = test::post(*client, u"/v1/review/items/%1/claim"_s.arg(QString::fromStdString(item.id)));
            QVERIFY(r.ok());
            auto lease = domain::decodeLease(std::string_view(r.body.constData(), std::size_t(r.body.size())));
            QVERIFY(lease);
            domain::Decision d;
            d.leaseId = lease.value().leaseId;
            d.action = domain::DecisionAction::Reject;
            d.rejectReason = "off_topic";
            decisions.append(d);
        }
        platform.stop();

        QTemporaryDir dir;
        review::ReviewDb db;
        QVERIFY(db.open(dir.filePath(u"review.sqlite"_s)));
        review::LocalDecisionQueue queue(&db, client.get());
        QSignalSpy saved(&queue, &review::DecisionQueue::saved);
        QSignalSpy offline(&queue, &review::DecisionQueue::offlineChanged);
        for (int i = 0; i < kItems; ++i)
            queue.enqueue(QString::fromStdString(items.at(i).id), decisions.at(i), 0);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), kItems, 10000);
        QVERIFY(offline.wait(10000) || queue.isOffline());
        QVERIFY(queue.isOffline());
        QCOMPARE(queue.pendingCount(), kItems);

        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        client->setSettings(test::settingsFor(platform, u"reviewer-1"_s));
        queue.retryNow();
        QTRY_COMPARE_WITH_TIMEOUT(queue.pendingCount(), 0, 30000);
        QVERIFY(!queue.isOffline());
        const auto records = test::feedback(*client);
        for (const auto &item : items)
            QCOMPARE(test::countFor(records, QString::fromStdString(item.id)), 1);
    }
};

QTEST_GUILESS_MAIN(TestReviewOffline)
#include "tst_reviewoffline.moc"
