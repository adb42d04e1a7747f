// The decision outbox against a real keel-platform: saved durably before "saved", delivered
// exactly once and in order, across a platform restart (new port) and across an outbox restart,
// final refusals kept with their problem, undo inside the grace window.
#include "coretesthelpers.h"

#include "store/database.h"
#include "store/outbox.h"
#include "store/store.h"

#include <domain/codec.h>

#include <platformprocess.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keel;

namespace {

// Claims `n` pending items as reviewer-1; returns (item id, lease id) pairs.
QList<QPair<QString, std::string>> claimItems(api::PlatformClient &client, int n)
{
    QList<QPair<QString, std::string>> out;
    api::ApiRequest list;
    list.path = u"/v1/review/items"_s;
    list.query = {{u"status"_s, u"pending"_s}, {u"limit"_s, QString::number(n * 3)}};
    const auto res = test::sendAndWait(client, list);
    if (!res.ok())
        return out;
    auto page = domain::decodeItemPage(std::string_view(res.body.constData(), size_t(res.body.size())));
    if (!page)
        return out;
    for (const auto &item : page.value().items) {
        if (out.size() == n)
            break;
        api::ApiRequest claim;
        claim.method = "POST";
        claim.path = u"/v1/review/items/%1/claim"_s.arg(QString::fromStdString(item.id));
        const auto c = test::sendAndWait(client, claim);
        if (!c.ok())
            continue;
        auto lease = domain::decodeLease(std::string_view(c.body.constData(), size_t(c.body.size())));
        if (lease)
            out.append({QString::fromStdString(item.id), lease.value().leaseId});
    }
    return out;
}

domain::Decision approve(const std::string &leaseId)
{
    domain::Decision d;
    d.leaseId = leaseId;
    d.action = domain::DecisionAction::Approve;
    d.comment = "looks right <b>not html</b>";
    return d;
}

// idempotency_key of the feedback lines this test made (`ours`), in the server's order. The
// seeded dataset carries older decisions, which are ignored.
QStringList feedbackKeys(api::PlatformClient &client, const QStringList &ours)
{
    api::ApiRequest r;
    r.path = u"/v1/review/feedback"_s;
    r.accept = "application/x-ndjson";
    const auto res = test::sendAndWait(client, r);
    QStringList keys;
    for (const QByteArray &line : res.body.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        auto rec = domain::decodeFeedbackLine(std::string_view(line.constData(), size_t(line.size())));
        if (rec && ours.contains(QString::fromStdString(rec.value().idempotencyKey)))
            keys << QString::fromStdString(rec.value().idempotencyKey);
    }
    return keys;
}

QList<store::OutboxEntry> entriesOf(store::Outbox &outbox)
{
    QList<store::OutboxEntry> result;
    bool done = false;
    outbox.entries([&](QList<store::OutboxEntry> list) {
        result = list;
        done = true;
    });
    QSignalSpy never(&outbox, &store::Outbox::idle); // only to spin the event loop
    for (int i = 0; i < 200 && !done; ++i)
        never.wait(50);
    return result;
}

} // namespace

class TestOutbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void savedThenDeliveredOnceInOrder()
    {
        test::PlatformProcess platform;
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        api::PlatformClient client(test::settingsFor(platform, u"reviewer-1"_s));
        const auto claimed = claimItems(client, 3);
        QCOMPARE(claimed.size(), 3);

        QTemporaryDir dir;
        store::Store st(dir.filePath(u"c.sqlite"_s));
        store::Outbox outbox(&st, &client);
        QSignalSpy saved(&outbox, &store::Outbox::saved);
        QSignalSpy states(&outbox, &store::Outbox::stateChanged);
        QStringList keys;
        for (const auto &[item, lease] : claimed)
            keys << outbox.enqueue(item, approve(lease));
        QTRY_COMPARE(saved.size(), 3);
        {   // durable before "saved": another connection sees all three
            auto db = store::openForReading(dir.filePath(u"c.sqlite"_s));
            QCOMPARE(db->scalar("SELECT count(*) FROM outbox WHERE state='pending'"), 3);
        }
        QCOMPARE(feedbackKeys(client, keys).size(), 0); // not started: nothing sent
        QSignalSpy idle(&outbox, &store::Outbox::idle);
        outbox.start();
        QTRY_VERIFY_WITH_TIMEOUT(outbox.pendingCount() == 0, 30000);
        const auto entries = entriesOf(outbox);
        QCOMPARE(entries.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(entries.at(i).state, u"delivered"_s);
            QCOMPARE(entries.at(i).idempotencyKey, keys.at(i));
            QCOMPARE(entries.at(i).httpStatus, 201);
        }
        QCOMPARE(feedbackKeys(client, keys), keys); // exactly once each, in the order decided
    }

    void survivesPlatformRestartOnNewPort()
    {
        test::PlatformOptions options;
        options.extraArgs = {u"--lease-seconds"_s, u"3600"_s};
        auto platform = std::make_unique<test::PlatformProcess>(options);
        QVERIFY2(platform->start(), qPrintable(platform->errorString()));
        const QString token = platform->token(u"reviewer-1"_s);
        api::PlatformClient client(test::settingsFor(*platform, u"reviewer-1"_s));
        const auto claimed = claimItems(client, 2);
        QCOMPARE(claimed.size(), 2);
        const QString dataDir = platform->dataDir();
        platform->stop();

        QTemporaryDir dir;
        store::Store st(dir.filePath(u"c.sqlite"_s));
        store::Outbox outbox(&st, &client);
        outbox.setRetryBackoff(50, 200);
        QSignalSpy states(&outbox, &store::Outbox::stateChanged);
        QStringList keys;
        for (const auto &[item, lease] : claimed)
            keys << outbox.enqueue(item, approve(lease));
        outbox.start();
        // the platform is down: the head goes back to pending with a retry, nothing is lost
        QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty() && states.last().at(2).toString() == u"pending"_s, 30000);
        QCOMPARE(outbox.pendingCount(), 2);

        test::PlatformOptions again = options;
        again.dataDir = dataDir;
        test::PlatformProcess restarted(again);
        QVERIFY2(restarted.start(), qPrintable(restarted.errorString()));
        auto s = client.settings();
        s.baseUrl = restarted.baseUrl(); // the port changed
        client.setSettings(s);
        QTRY_VERIFY_WITH_TIMEOUT(outbox.pendingCount() == 0, 30000);
        const auto entries = entriesOf(outbox);
        QCOMPARE(entries.at(0).state, u"delivered"_s);
        QCOMPARE(entries.at(1).state, u"delivered"_s);
        QCOMPARE(feedbackKeys(client, keys), keys);
    }

    void resendAfterCrashIsReplayedNotDoubled()
    {
        test::PlatformProcess platform;
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        api::PlatformClient client(test::settingsFor(platform, u"reviewer-1"_s));
        const auto claimed = claimItems(client, 2);
        QCOMPARE(claimed.size(), 2);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.sqlite"_s);
        QStringList keys;
        {
            store::Store st(path);
            store::Outbox outbox(&st, &client);
            QSignalSpy saved(&outbox, &store::Outbox::saved);
            for (const auto &[item, lease] : claimed)
                keys << outbox.enqueue(item, approve(lease));
            QTRY_COMPARE(saved.size(), 2);
        } // the console quits before delivering anything
        {
            // A crash right after the first POST reached the server, before 'delivered' was
            // written: the server has it, the outbox says 'delivering'.
            auto db = store::openForWriting(path);
            store::Stmt s(db->handle(), "SELECT body FROM outbox WHERE seq=1");
            QVERIFY(s.step());
            api::ApiRequest r;
            r.method = "POST";
            r.path = u"/v1/review/items/%1/decision"_s.arg(claimed.at(0).first);
            r.body = QByteArray(s.text(0).data(), qsizetype(s.text(0).size()));
            r.idempotencyKey = keys.at(0).toLatin1();
            QCOMPARE(test::sendAndWait(client, r).httpStatus, 201);
            db->exec("UPDATE outbox SET state='delivering', attempts=1 WHERE seq=1");
        }
        store::Store st(path);
        store::Outbox outbox(&st, &client);
        outbox.start();
        QTRY_VERIFY_WITH_TIMEOUT(outbox.pendingCount() == 0, 30000);
        const auto entries = entriesOf(outbox);
        QCOMPARE(entries.at(0).state, u"delivered"_s);
        QCOMPARE(entries.at(1).state, u"delivered"_s);
        QCOMPARE(feedbackKeys(client, keys), keys); // one effect per key
    }

    void finalRefusalKeepsProblemAndMovesOn()
    {
        test::PlatformProcess platform;
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        api::PlatformClient client(test::settingsFor(platform, u"reviewer-1"_s));
        const auto claimed = claimItems(client, 2);
        QCOMPARE(claimed.size(), 2);
        QTemporaryDir dir;
        store::Store st(dir.filePath(u"c.sqlite"_s));
        store::Outbox outbox(&st, &client);
        QSignalSpy states(&outbox, &store::Outbox::stateChanged);
        const QString bad = outbox.enqueue(claimed.at(0).first, approve("not-my-lease")); // refused
        const QString good = outbox.enqueue(claimed.at(1).first, approve(claimed.at(1).second));
        outbox.start();
        QTRY_VERIFY_WITH_TIMEOUT(outbox.pendingCount() == 0, 30000);
        const auto entries = entriesOf(outbox);
        QCOMPARE(entries.at(0).state, u"failed"_s);
        QVERIFY(entries.at(0).httpStatus >= 400 && entries.at(0).httpStatus < 500);
        QVERIFY(!entries.at(0).lastError.isEmpty());
        QVERIFY(entries.at(0).response.contains("\"status\""));
        QCOMPARE(entries.at(0).attempts, 1); // final: not retried
        QCOMPARE(entries.at(1).state, u"delivered"_s);
        QCOMPARE(feedbackKeys(client, {bad, good}), QStringList{good});
    }

    void undoInsideGraceWindow()
    {
        test::PlatformProcess platform;
        QVERIFY2(platform.start(), qPrintable(platform.errorString()));
        api::PlatformClient client(test::settingsFor(platform, u"reviewer-1"_s));
        const auto claimed = claimItems(client, 2);
        QCOMPARE(claimed.size(), 2);
        QTemporaryDir dir;
        store::Store st(dir.filePath(u"c.sqlite"_s));
        store::Outbox outbox(&st, &client);
        QSignalSpy saved(&outbox, &store::Outbox::saved);
        QSignalSpy cancelled(&outbox, &store::Outbox::cancelResult);
        outbox.start();
        const QString undone = outbox.enqueue(claimed.at(0).first, approve(claimed.at(0).second), 60000);
        QVERIFY(saved.wait());
        const qint64 seq = saved.first().at(1).toLongLong();
        outbox.cancel(seq);
        QVERIFY(cancelled.wait());
        QCOMPARE(cancelled.first().at(1).toBool(), true);
        // a later decision with no grace goes straight through; the cancelled one never does
        QSignalSpy states(&outbox, &store::Outbox::stateChanged);
        const QString key = outbox.enqueue(claimed.at(1).first, approve(claimed.at(1).second));
        QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty() && states.last().at(2).toString() == u"delivered"_s, 30000);
        const auto entries = entriesOf(outbox);
        QCOMPARE(entries.at(0).state, u"cancelled"_s);
        QCOMPARE(entries.at(1).state, u"delivered"_s);
        QCOMPARE(feedbackKeys(client, {undone, key}), QStringList{key});
        // too late to undo a delivered one
        outbox.cancel(entries.at(1).seq);
        QVERIFY(cancelled.wait());
        QCOMPARE(cancelled.last().at(1).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
