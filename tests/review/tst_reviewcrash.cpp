// The console is killed (SIGKILL) after the UI said "saved" and before the decision was sent;
// a new console on the same files delivers it, exactly once. The "console" is this test binary
// started again as a child process (KEEL_REVIEW_CHILD set), so the kill is a real process death.
#include "reviewtestsupport.h"

#include <review/decisionledger.h>
#include <review/reviewdb.h>
#include <review/reviewsession.h>
#include <store/outbox.h>
#include <store/store.h>

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace keel;
using Status = keel::review::ReviewSession::LeaseStatus;

namespace {

// Child: open the item, approve it, print "saved <seq>" once it is durable, then wait to be killed.
// mode "review-db": ReviewSession on its own outbox; the kill falls inside the 3 s undo grace.
// mode "shared": ReviewSession on a store::Outbox that is never started, so nothing is sent.
int runChild()
{
    const QString mode = qEnvironmentVariable("KEEL_REVIEW_CHILD");
    api::ConnectionSettings settings;
    settings.baseUrl = QUrl(qEnvironmentVariable("KEEL_CHILD_URL"));
    settings.token = qEnvironmentVariable("KEEL_CHILD_TOKEN");
    api::PlatformClient client(settings);
    const QString dir = qEnvironmentVariable("KEEL_CHILD_DIR");
    std::unique_ptr<store::Store> cache;
    std::unique_ptr<store::Outbox> outbox;
    if (mode == u"shared") {
        cache = std::make_unique<store::Store>(dir + u"/cache.sqlite"_s);
        outbox = std::make_unique<store::Outbox>(cache.get(), &client);
    }
    review::ReviewSession session(&client, u"reviewer-1"_s);
    if (!session.openDatabase(dir + u"/review.sqlite"_s, outbox.get()))
        return 2;
    session.setGracePeriodMs(3000);
    domain::ReviewItem item;
    item.id = qEnvironmentVariable("KEEL_CHILD_ITEM").toStdString();
    QObject::connect(&session, &review::ReviewSession::leaseChanged, &session, [&] {
        if (session.leaseStatus() == Status::Held)
            session.decide({});
        else if (session.leaseStatus() != Status::Claiming && session.leaseStatus() != Status::None)
            QCoreApplication::exit(3);
    });
    QObject::connect(&session, &review::ReviewSession::decisionSaved, &session, [](qint64 seq) {
        std::printf("saved %lld\n", static_cast<long long>(seq));
        std::fflush(stdout);
    });
    session.openItem(item);
    return QCoreApplication::exec();
}

} // namespace

class TestReviewCrash : public QObject {
    Q_OBJECT
private:
    // Runs the child until it reports "saved", then SIGKILLs it.
    bool killChildAfterSaved(const QString &mode, const test::PlatformProcess &platform, const QString &dir,
                             const QString &itemId)
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"KEEL_REVIEW_CHILD"_s, mode);
        env.insert(u"KEEL_CHILD_URL"_s, platform.baseUrl().toString());
        env.insert(u"KEEL_CHILD_TOKEN"_s, platform.token(u"reviewer-1"_s));
        env.insert(u"KEEL_CHILD_DIR"_s, dir);
        env.insert(u"KEEL_CHILD_ITEM"_s, itemId);
        child.setProcessEnvironment(env);
        child.setProgram(QCoreApplication::applicationFilePath());
        child.start();
        if (!child.waitForStarted(10000))
            return false;
        QByteArray out;
        while (!out.contains("saved ")) {
            if (!child.waitForReadyRead(20000)) {
                qWarning("child printed %s; stderr %s", out.constData(), child.readAllStandardError().constData());
                return false;
            }
            out += child.readAllStandardOutput();
        }
        child.kill();
        child.waitForFinished(5000);
        return child.exitStatus() == QProcess::CrashExit;
    }

private Q_SLOTS:
    void killedAfterSaved_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addRow("review-db outbox") << u"review-db"_s;
        QTest::addRow("shared store outbox") << u"shared"_s;
    }
    void killedAfterSaved()
    {
        QFETCH(QString, mode);
        test::PlatformProcess platform;
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        auto client = test::clientFor(platform, u"reviewer-1"_s);
        const domain::ReviewItem item = test::pendingItems(*client, {}, 1).value(0);
        const QString itemId = QString::fromStdString(item.id);
        QTemporaryDir dir;
        QVERIFY(killChildAfterSaved(mode, platform, dir.path(), itemId));
        QCOMPARE(test::countFor(test::feedback(*client), itemId), 0); // killed before it was sent

        // A new console on the same files: the entry waits out what is left of its grace period
        // (nobody can undo it any more) and is sent once.
        std::unique_ptr<store::Store> cache;
        std::unique_ptr<store::Outbox> outbox;
        if (mode == u"shared") {
            cache = std::make_unique<store::Store>(dir.filePath(u"cache.sqlite"_s));
            outbox = std::make_unique<store::Outbox>(cache.get(), client.get());
            outbox->setRetryBackoff(50, 300);
        }
        {
            review::ReviewSession session(client.get(), u"reviewer-1"_s);
            QVERIFY(session.openDatabase(dir.filePath(u"review.sqlite"_s), outbox.get()));
            QCOMPARE(session.pendingCount(), 1); // the reviewer sees it is still to be sent
            if (outbox)
                outbox->start(); // the app starts the shared outbox; the review-db one starts itself
            QTRY_VERIFY_WITH_TIMEOUT(test::countFor(test::feedback(*client), itemId) == 1, 45000);
            QTRY_COMPARE_WITH_TIMEOUT(session.pendingCount(), 0, 10000);
        }
        // And a third start sends nothing again.
        review::ReviewSession again(client.get(), u"reviewer-1"_s);
        QVERIFY(again.openDatabase(dir.filePath(u"review.sqlite"_s), outbox.get()));
        QCOMPARE(again.pendingCount(), 0);
        QCOMPARE(test::countFor(test::feedback(*client), itemId), 1);
    }

    // The console quit after the shared outbox delivered a decision but before the review
    // ledger heard of it: the next start asks the outbox and the "waiting to send" figure is right.
    void ledgerCatchesUpWithTheOutbox()
    {
        test::PlatformProcess platform;
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        auto client = test::clientFor(platform, u"reviewer-1"_s);
        const domain::ReviewItem item = test::pendingItems(*client, {}, 1).value(0);
        QTemporaryDir dir;
        store::Store cache(dir.filePath(u"cache.sqlite"_s));
        store::Outbox outbox(&cache, client.get());
        outbox.start();
        qint64 seq = 0;
        {
            review::ReviewSession session(client.get(), u"reviewer-1"_s);
            QVERIFY(session.openDatabase(dir.filePath(u"review.sqlite"_s), &outbox));
            session.setGracePeriodMs(0);
            session.openItem(item);
            QTRY_COMPARE_WITH_TIMEOUT(session.leaseStatus(), Status::Held, 10000);
            QSignalSpy saved(&session, &review::ReviewSession::decisionSaved);
            QVERIFY(!session.decide({}).isEmpty());
            QVERIFY(saved.wait(10000));
            seq = saved.at(0).at(0).toLongLong();
            QTRY_COMPARE_WITH_TIMEOUT(session.pendingCount(), 0, 15000);
        }
        {
            // What a quit at the wrong moment leaves behind.
            review::ReviewDb db;
            QVERIFY(db.open(dir.filePath(u"review.sqlite"_s)));
            QVERIFY(review::DecisionLedger(db).setState(seq, review::DeliveryState::Pending, {}));
        }
        review::ReviewSession session(client.get(), u"reviewer-1"_s);
        QVERIFY(session.openDatabase(dir.filePath(u"review.sqlite"_s), &outbox));
        QTRY_COMPARE_WITH_TIMEOUT(session.pendingCount(), 0, 10000);
        QCOMPARE(toString(session.decision(seq)->state), u"delivered"_s);
        QCOMPARE(test::countFor(test::feedback(*client), QString::fromStdString(item.id)), 1);
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("KEEL_REVIEW_CHILD")) {
        QCoreApplication app(argc, argv);
        return runChild();
    }
    QCoreApplication app(argc, argv);
    TestReviewCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reviewcrash.moc"
