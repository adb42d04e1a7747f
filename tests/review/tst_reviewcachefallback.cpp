// Offline, the review workspace's feed serves the queue as last synced and says so.
#include "platformprocess.h"

#include <api/platformclient.h>
#include <review/reviewfeed.h>
#include <store/store.h>
#include <sync/syncengine.h>

#include <QtTest>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

class TestReviewCacheFallback : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void offlineFeedServesTheSyncedQueue()
    {
        QTemporaryDir dir;
        keel::test::PlatformProcess platform(keel::test::PlatformOptions{42, 7, 2000, {}, {}});
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        keel::api::ConnectionSettings settings;
        settings.baseUrl = platform.baseUrl();
        settings.token = platform.token(u"reviewer-1"_s);
        settings.maxRetries = 0;
        keel::api::PlatformClient client(settings);
        const QString path = dir.filePath(u"cache.sqlite"_s);

        // Online: queues and items come from the platform; the sync fills the cache.
        {
            keel::store::Store store(path);
            keel::sync::SyncEngine engine(&client, &store);
            engine.setInterval(0);
            engine.setResources({u"review_queues"_s, u"review_items"_s});
            QSignalSpy synced(&engine, &keel::sync::SyncEngine::finished);
            engine.syncNow();
            QVERIFY(synced.wait(60000));
            QVERIFY2(synced.at(0).at(0).toBool(), qPrintable(synced.at(0).at(1).toString()));
            store.flush();
        }
        keel::review::ReviewFeed online(&client);
        QSignalSpy onlineQueues(&online, &keel::review::ReviewFeed::queuesLoaded);
        online.refreshQueues();
        QVERIFY(onlineQueues.wait(30000));
        const auto queues = onlineQueues.at(0).at(0).value<QList<keel::domain::ReviewQueue>>();
        QVERIFY(!queues.isEmpty());
        // The queue with the most open items.
        QString busiest;
        qint64 most = -1;
        for (const auto &q : queues)
            if (q.pending > most) {
                most = q.pending;
                busiest = QString::fromStdString(q.id);
            }
        QSignalSpy onlineItems(&online, &keel::review::ReviewFeed::itemsLoaded);
        online.loadItems(busiest);
        QVERIFY(onlineItems.wait(30000));
        const auto liveItems = onlineItems.at(0).at(1).value<QList<keel::domain::ReviewItem>>();
        QVERIFY(!liveItems.isEmpty());

        // Offline: the platform is gone; the feed falls back to the cache and says so.
        platform.stop();
        keel::review::ReviewFeed offline(&client);
        offline.setCachePath(path);
        QSignalSpy queuesLoaded(&offline, &keel::review::ReviewFeed::queuesLoaded);
        QSignalSpy failed(&offline, &keel::review::ReviewFeed::loadFailed);
        offline.refreshQueues();
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 30000);
        QCOMPARE(queuesLoaded.count(), 1);
        QCOMPARE(queuesLoaded.at(0).at(0).value<QList<keel::domain::ReviewQueue>>().size(), queues.size());
        QVERIFY2(failed.at(0).at(1).toString().startsWith(u"Offline"_s), qPrintable(failed.at(0).at(1).toString()));

        QSignalSpy itemsLoaded(&offline, &keel::review::ReviewFeed::itemsLoaded);
        offline.loadItems(busiest);
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 2, 30000);
        QCOMPARE(itemsLoaded.count(), 1);
        const auto cachedItems = itemsLoaded.at(0).at(1).value<QList<keel::domain::ReviewItem>>();
        QCOMPARE(cachedItems.size(), liveItems.size());
        QSet<QString> liveIds;
        for (const auto &it : liveItems)
            liveIds.insert(QString::fromStdString(it.id));
        for (const auto &it : cachedItems) {
            QVERIFY(liveIds.contains(QString::fromStdString(it.id)));
            QVERIFY(!it.output.empty()); // the text a reviewer reads is there offline
        }

        // Without a cache the failure is just a failure.
        keel::review::ReviewFeed bare(&client);
        QSignalSpy bareFailed(&bare, &keel::review::ReviewFeed::loadFailed);
        QSignalSpy bareLoaded(&bare, &keel::review::ReviewFeed::queuesLoaded);
        bare.refreshQueues();
        QVERIFY(bareFailed.wait(30000));
        QCOMPARE(bareLoaded.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReviewCacheFallback)
#include "tst_reviewcachefallback.moc"
