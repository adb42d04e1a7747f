// Two reviewers open the same item at the same moment: exactly one holds it, the other sees who
// and until when and cannot decide; exactly one decision lands on the platform.
#include "reviewtestsupport.h"

#include <domain/codec.h>
#include <review/reviewsession.h>

#include <QSignalSpy>

#include <optional>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keel;
using Status = keel::review::ReviewSession::LeaseStatus;

class TestReviewRace : public QObject {
    Q_OBJECT
    // Opens `item` in `session` (database in `dir`), waits until it is held and decides it; the
    // decision is saved locally and waits out a 2 s grace period before delivery. Its seq, or -1.
    static qint64 decideWithDelayedDelivery(review::ReviewSession &session, const domain::ReviewItem &item,
                                            const QTemporaryDir &dir)
    {
        if (!session.openDatabase(dir.filePath(u"r1.sqlite"_s)))
            return -1;
        session.setGracePeriodMs(2000);
        session.setAutoRenew(false);
        session.openItem(item);
        if (!QTest::qWaitFor([&] { return session.leaseStatus() == Status::Held; }, 10000))
            return -1;
        QSignalSpy saved(&session, &review::ReviewSession::decisionSaved);
        if (session.decide({}).isEmpty() || !saved.wait(5000))
            return -1;
        return saved.at(0).at(0).toLongLong();
    }

    // Claims `item` from another client (for the same reviewer: the lease that reviewer holds).
    static std::optional<domain::Lease> claimFrom(api::PlatformClient &client, const domain::ReviewItem &item)
    {
        const auto claim = test::post(client, u"/v1/review/items/%1/claim"_s.arg(QString::fromStdString(item.id)));
        if (!claim.ok())
            return std::nullopt;
        auto lease = domain::decodeLease(std::string_view(claim.body.constData(), std::size_t(claim.body.size())));
        return lease ? std::optional<domain::Lease>(lease.value()) : std::nullopt;
    }

private Q_SLOTS:
    void twoReviewersOneItem()
    {
        test::PlatformProcess platform;
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        auto c1 = test::clientFor(platform, u"reviewer-1"_s);
        auto c2 = test::clientFor(platform, u"reviewer-2"_s);
        const auto items = test::pendingItems(*c1, {}, 1);
        QCOMPARE(items.size(), 1);
        const domain::ReviewItem item = items.first();
        QTemporaryDir dir;
        review::ReviewSession s1(c1.get(), u"reviewer-1"_s);
        review::ReviewSession s2(c2.get(), u"reviewer-2"_s);
        QVERIFY(s1.openDatabase(dir.filePath(u"r1.sqlite"_s)));
        QVERIFY(s2.openDatabase(dir.filePath(u"r2.sqlite"_s)));
        s1.setGracePeriodMs(0);
        s2.setGracePeriodMs(0);

        s1.openItem(item); // both claims are in flight together
        s2.openItem(item);
        QTRY_VERIFY_WITH_TIMEOUT(s1.leaseStatus() != Status::Claiming && s2.leaseStatus() != Status::Claiming, 10000);
        QVERIFY((s1.leaseStatus() == Status::Held) != (s2.leaseStatus() == Status::Held));
        review::ReviewSession &winner = s1.leaseStatus() == Status::Held ? s1 : s2;
        review::ReviewSession &loser = s1.leaseStatus() == Status::Held ? s2 : s1;
        QCOMPARE(loser.leaseStatus(), Status::HeldByOther);
        QCOMPARE(loser.leaseHolder(), winner.reviewer()); // who
        QVERIFY(loser.leaseExpiresAt() > 0);            // until when
        QVERIFY2(loser.leaseMessage().contains(winner.reviewer()), qPrintable(loser.leaseMessage()));

        // The loser cannot decide; the winner can, and it lands once.
        QString error;
        QVERIFY(loser.decide({}, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QSignalSpy states(&winner, &review::ReviewSession::decisionStateChanged);
        QVERIFY(!winner.decide({}, &error).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(winner.pendingCount() == 0 && !states.isEmpty()
                                     && states.last().at(1).value<review::DeliveryState>()
                                         == review::DeliveryState::Delivered,
                                 15000);
        const auto records = test::feedback(*c1);
        QCOMPARE(test::countFor(records, QString::fromStdString(item.id)), 1);
        for (const auto &r : records)
            if (r.itemId == item.id)
                QCOMPARE(QString::fromStdString(r.reviewer), winner.reviewer());
    }

    void decisionAfterLosingTheItemFailsAndIsExplained()
    {
        // reviewer-1 holds an item; its lease is released behind its back and reviewer-2 claims it.
        test::PlatformProcess platform;
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        auto c1 = test::clientFor(platform, u"reviewer-1"_s);
        auto c2 = test::clientFor(platform, u"reviewer-2"_s);
        const domain::ReviewItem item = test::pendingItems(*c1, {}, 1).value(0);
        QTemporaryDir dir;
        review::ReviewSession s1(c1.get(), u"reviewer-1"_s);
        const qint64 seq = decideWithDelayedDelivery(s1, item, dir);
        QVERIFY(seq >= 0);
        // Meanwhile the lease goes (released from reviewer-1's second console) and reviewer-2 takes it.
        auto other = test::clientFor(platform, u"reviewer-1"_s);
        const auto lease = claimFrom(*other, item);
        QVERIFY(lease);
        const auto released = test::post(*other, u"/v1/review/items/%1/lease/release"_s.arg(QString::fromStdString(item.id)),
                                         QByteArray(R"({"lease_id":")") + QByteArray::fromStdString(lease->leaseId) + "\"}");
        QVERIFY(released.ok());
        QVERIFY(test::post(*c2, u"/v1/review/items/%1/claim"_s.arg(QString::fromStdString(item.id))).ok());
        QTRY_VERIFY_WITH_TIMEOUT(s1.decision(seq) && s1.decision(seq)->state == review::DeliveryState::Failed, 15000);
        const QString message = s1.decision(seq)->lastError;
        QVERIFY2(message.contains(u"redo"_s), qPrintable(message)); // says what to do
        QCOMPARE(test::countFor(test::feedback(*c1), QString::fromStdString(item.id)), 0);
    }

    void decisionAlreadyMadeInAnotherWindowSaysNothingToRedo()
    {
        // reviewer-1 decides in this console; before it is delivered, reviewer-1's other console
        // decides the same item. This console's decision is refused (409 already-decided), and
        // opening the item again could not redo it: the message must not send the reviewer there.
        test::PlatformProcess platform;
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        auto c1 = test::clientFor(platform, u"reviewer-1"_s);
        const domain::ReviewItem item = test::pendingItems(*c1, {}, 1).value(0);
        QTemporaryDir dir;
        review::ReviewSession s1(c1.get(), u"reviewer-1"_s);
        const qint64 seq = decideWithDelayedDelivery(s1, item, dir);
        QVERIFY(seq >= 0);
        auto other = test::clientFor(platform, u"reviewer-1"_s);
        const QString itemPath = u"/v1/review/items/%1"_s.arg(QString::fromStdString(item.id));
        const auto lease = claimFrom(*other, item); // same reviewer: the same lease
        QVERIFY(lease);
        const auto decided = test::post(*other, itemPath + u"/decision"_s,
                                        QByteArray(R"({"lease_id":")") + QByteArray::fromStdString(lease->leaseId)
                                            + "\",\"action\":\"approve\"}", // no raw string: moc 6.4 loses the class after one
                                        "other-window-1");
        QVERIFY2(decided.ok(), decided.body.constData());
        QTRY_VERIFY_WITH_TIMEOUT(s1.decision(seq) && s1.decision(seq)->state == review::DeliveryState::Failed, 15000);
        const QString message = s1.decision(seq)->lastError;
        QVERIFY2(message.contains(u"already decided"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"redo it"_s), qPrintable(message));
        QCOMPARE(test::countFor(test::feedback(*c1), QString::fromStdString(item.id)), 1); // the other window's
    }
};

QTEST_GUILESS_MAIN(TestReviewRace)
#include "tst_reviewrace.moc"
