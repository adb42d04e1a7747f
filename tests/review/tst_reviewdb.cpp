// The review database: outbox entries and drafts survive reopening the file, cancel only works
// while pending, an entry interrupted mid-delivery goes back to pending, the file is 0600.
#include <review/decisionledger.h>
#include <review/decisionlogmodel.h>
#include <review/decisionoutbox.h>
#include <review/draftstore.h>
#include <review/reviewdb.h>

#include <QDateTime>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <testclock.h>

using namespace Qt::StringLiterals;
using namespace keel::review;

class TestReviewDb : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void outboxSurvivesReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"review.sqlite"_s);
        qint64 first = 0;
        {
            ReviewDb db;
            QVERIFY(db.open(path));
            DecisionOutbox outbox(db);
            OutboxEntry e;
            e.itemId = u"it_1"_s;
            e.reviewer = u"reviewer-1"_s;
            e.action = u"approve"_s;
            e.idempotencyKey = "k1";
            e.body = R"({"lease_id":"l","action":"approve"})";
            e.createdAt = 10;
            e.deliverAfter = 20;
            first = outbox.enqueue(e);
            QVERIFY(first > 0);
            e.idempotencyKey = "k2";
            e.itemId = u"it_2"_s;
            QVERIFY(outbox.enqueue(e) > first);
            e.idempotencyKey = "k1"; // keys are unique
            QString error;
            QCOMPARE(outbox.enqueue(e, &error), 0);
            QVERIFY(!error.isEmpty());
            QVERIFY(outbox.markDelivering(first));
        }
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        ReviewDb db;
        QVERIFY(db.open(path));
        DecisionOutbox outbox(db);
        QCOMPARE(outbox.pendingCount(), 2);
        QCOMPARE(outbox.recoverInterrupted(), 1); // the crash left it 'delivering'
        const auto head = outbox.nextPending();
        QVERIFY(head);
        QCOMPARE(head->seq, first);
        QCOMPARE(head->idempotencyKey, QByteArray("k1"));
        QVERIFY(outbox.markDelivered(first, 201, "{}", 30));
        QVERIFY(!outbox.cancel(first)); // delivered: too late to undo
        const auto second = outbox.nextPending();
        QVERIFY(second);
        QVERIFY(outbox.cancel(second->seq));
        QCOMPARE(outbox.pendingCount(), 0);
        QVERIFY(!outbox.nextPending());
        QCOMPARE(toString(outbox.entry(second->seq)->state), toString(DeliveryState::Cancelled));
    }

    void retryAndFail()
    {
        QTemporaryDir dir;
        ReviewDb db;
        QVERIFY(db.open(dir.filePath(u"r.sqlite"_s)));
        DecisionOutbox outbox(db);
        OutboxEntry e;
        e.itemId = u"it"_s;
        e.reviewer = u"r"_s;
        e.action = u"reject"_s;
        e.idempotencyKey = "k";
        const qint64 seq = outbox.enqueue(e);
        QVERIFY(outbox.markDelivering(seq));
        QVERIFY(outbox.markRetry(seq, u"connection refused"_s));
        QCOMPARE(toString(outbox.entry(seq)->state), toString(DeliveryState::Pending));
        QCOMPARE(outbox.entry(seq)->attempts, 1);
        QVERIFY(outbox.markDelivering(seq));
        QVERIFY(outbox.markFailed(seq, 410, u"lease expired"_s));
        QCOMPARE(toString(outbox.entry(seq)->state), toString(DeliveryState::Failed));
        QCOMPARE(outbox.entry(seq)->httpStatus, 410);
        QCOMPARE(outbox.pendingCount(), 0);
    }

    void draftsRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"d.sqlite"_s);
        ReviewDraft draft;
        draft.itemId = u"it_9"_s;
        draft.mode = u"edit"_s;
        draft.hasEdit = true;
        draft.editedOutput = u"<script>alert(1)</script>\nline two"_s;
        draft.labels = {u"pii"_s, u"tone"_s};
        draft.rubric = {{u"accuracy"_s, 2}, {u"tone"_s, 5}};
        draft.comment = u"needs legal"_s;
        {
            ReviewDb db;
            QVERIFY(db.open(path));
            DraftStore drafts(db);
            QVERIFY(drafts.save(u"reviewer-1"_s, draft));
            QVERIFY(!drafts.load(u"reviewer-2"_s, draft.itemId)); // drafts are per reviewer
        }
        ReviewDb db;
        QVERIFY(db.open(path));
        DraftStore drafts(db);
        auto loaded = drafts.load(u"reviewer-1"_s, draft.itemId);
        QVERIFY(loaded);
        loaded->updatedAt = 0;
        QCOMPARE(*loaded, draft);
        ReviewDraft empty;
        empty.itemId = draft.itemId;
        QVERIFY(drafts.save(u"reviewer-1"_s, empty)); // an empty draft removes the row
        QVERIFY(!drafts.load(u"reviewer-1"_s, draft.itemId));
        // Old drafts are purged; fresh ones stay.
        QVERIFY(drafts.save(u"reviewer-1"_s, draft));
        QCOMPARE(drafts.purgeOlderThan(keel::test::nowMs() - 60'000), 0);
        QVERIFY(drafts.load(u"reviewer-1"_s, draft.itemId));
        QCOMPARE(drafts.purgeOlderThan(keel::test::nowMs() + 60'000), 1);
        QVERIFY(!drafts.load(u"reviewer-1"_s, draft.itemId));
        QCOMPARE(ReviewDb::filesOf(path).size(), 3);
    }

    void ledger()
    {
        QTemporaryDir dir;
        ReviewDb db;
        QVERIFY(db.open(dir.filePath(u"l.sqlite"_s)));
        DecisionLedger ledger(db);
        OutboxEntry e;
        e.itemId = u"it"_s;
        e.reviewer = u"r"_s;
        e.action = u"edit"_s;
        e.createdAt = 100;
        e.timeSpentMs = 4000;
        QVERIFY(ledger.record(u"k"_s, e));
        QVERIFY(ledger.recent(u"r"_s, 10).isEmpty()); // not saved by the outbox yet: no seq
        QVERIFY(ledger.setSeq(u"k"_s, 7));
        QCOMPARE(ledger.recent(u"r"_s, 10).size(), 1);
        QVERIFY(ledger.setState(7, DeliveryState::Delivered, {}));
        QCOMPARE(toString(ledger.bySeq(7)->state), toString(DeliveryState::Delivered));
        QCOMPARE(ledger.since(u"r"_s, 0).size(), 1);
        QVERIFY(ledger.setState(7, DeliveryState::Cancelled, {}));
        QCOMPARE(ledger.since(u"r"_s, 0).size(), 0);
    }

    void ledgerKeepsTheItemNameAcrossARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"named.sqlite"_s);
        {
            ReviewDb db;
            QVERIFY(db.open(path));
            DecisionLedger ledger(db);
            OutboxEntry e;
            e.itemId = u"cm0queue:cm1item"_s;
            e.reviewer = u"r"_s;
            e.action = u"approve"_s;
            e.label = u"Trace 9eee4678b9365\u2026"_s;
            QVERIFY(ledger.record(u"k"_s, e));
            QVERIFY(ledger.setSeq(u"k"_s, 3));
        }
        ReviewDb reopened;
        QVERIFY(reopened.open(path));
        const QList<OutboxEntry> recent = DecisionLedger(reopened).recent(u"r"_s, 10);
        QCOMPARE(recent.size(), 1);
        QCOMPARE(recent.first().label, u"Trace 9eee4678b9365\u2026"_s);
        // The decision log names the item as its pane did, not by its "<queue>:<item>" key.
        DecisionLogModel log;
        log.setEntries(recent);
        QCOMPARE(log.nameOf(u"cm0queue:cm1item"_s), recent.first().label);
        QVERIFY2(log.index(0, 0).data().toString().contains(recent.first().label), qPrintable(log.index(0, 0).data().toString()));
    }

    void aVersion1DatabaseGainsTheNameColumn()
    {
        // A review database written before item names were kept (schema 1, no item_label):
        // opening migrates it and keeps its decisions.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v1.sqlite"_s);
        {
            ReviewDb db;
            QVERIFY(db.open(path));
            QVERIFY(db.exec("ALTER TABLE review_ledger DROP COLUMN item_label"));
            QVERIFY(db.exec("UPDATE review_meta SET value = '1' WHERE key = 'schema_version'"));
            QVERIFY(db.exec("INSERT INTO review_ledger(idempotency_key, seq, item_id, reviewer, action, decided_at, state) "
                            "VALUES ('old', 1, 'q:i', 'r', 'reject', 5, 'delivered')"));
        }
        ReviewDb db;
        QVERIFY(db.open(path));
        const QList<OutboxEntry> recent = DecisionLedger(db).recent(u"r"_s, 10);
        QCOMPARE(recent.size(), 1);
        QVERIFY(recent.first().label.isEmpty());
        OutboxEntry e;
        e.itemId = u"q:j"_s;
        e.reviewer = u"r"_s;
        e.label = u"Observation 1"_s;
        QVERIFY(DecisionLedger(db).record(u"new"_s, e));
    }
};

QTEST_GUILESS_MAIN(TestReviewDb)
#include "tst_reviewdb.moc"
