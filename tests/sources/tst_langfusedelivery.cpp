// Decisions to Langfuse through the review outbox, against the Langfuse TEST DOUBLE: each action
// lands as the queue's score(s) and the item ends COMPLETED; a fault between the score and the
// PATCH, and a delivery killed and restarted in between, still give exactly one set of scores
// and a completed item; 429 waits out Retry-After; a 5xx keeps the decision pending; a v3 server
// takes an edit as a comment. The reviewer's session holds Langfuse items locally (no locks).
#include "langfuseharness.h"

#include "domain/codec.h"
#include "review/decisiondelivery.h"
#include "review/decisionoutbox.h"
#include "review/reviewdb.h"
#include "review/reviewfeed.h"
#include "review/reviewsession.h"
#include "sources/langfuse/scoreplan.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;
using keel::review::DeliveryState;
using keel::test::LangfuseHarness;
using Json = nlohmann::json;
namespace review = keel::review;
namespace domain = keel::domain;

namespace {
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// The review database's outbox and its deliverer, as LocalDecisionQueue wires them.
struct Desk {
    QTemporaryDir dir;
    std::unique_ptr<review::ReviewDb> db;
    std::unique_ptr<review::DecisionOutbox> outbox;
    std::unique_ptr<review::DecisionDelivery> delivery;
    bool open(keel::sources::FeedbackSink *sink)
    {
        delivery.reset();
        outbox.reset();
        db = std::make_unique<review::ReviewDb>();
        if (!db->open(dir.filePath(u"review.sqlite"_s)))
            return false;
        outbox = std::make_unique<review::DecisionOutbox>(*db);
        delivery = std::make_unique<review::DecisionDelivery>(outbox.get(), sink);
        return true;
    }
    qint64 enqueue(const Json &item, const domain::Decision &d, QByteArray *key = nullptr)
    {
        review::OutboxEntry e;
        e.itemId = qs(item["queueId"].get<std::string>() + ":" + item["id"].get<std::string>());
        e.queue = qs(item["queueId"]);
        e.action = qs(std::string(domain::toString(d.action)));
        e.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        e.body = QByteArray::fromStdString(domain::toJson(d).dump());
        if (key)
            *key = e.idempotencyKey;
        return outbox->enqueue(e);
    }
    // Waits for the entry to reach `state`; false on timeout.
    bool waitFor(qint64 seq, DeliveryState state, int timeoutMs = 60000)
    {
        return QTest::qWaitFor([&] { return outbox->entry(seq) && outbox->entry(seq)->state == state; }, timeoutMs);
    }
};

domain::Decision decision(domain::DecisionAction action)
{
    domain::Decision d;
    d.action = action;
    if (action == domain::DecisionAction::Edit)
        d.editedOutput = "Reset it from Settings → Security. <b>Do not</b> share the code.";
    if (action == domain::DecisionAction::Reject)
        d.rejectReason = "factually_wrong";
    if (action == domain::DecisionAction::Escalate) {
        d.escalationTier = "safety";
        d.escalationReason = "self_harm";
    }
    return d;
}

Json firstPending(const LangfuseHarness &h, const char *queue, const char *objectType)
{
    for (const Json &i : h.items(h.queue(queue)["id"], "PENDING"))
        if (i["objectType"] == objectType)
            return i;
    return {};
}

Json itemNow(const LangfuseHarness &h, const Json &item)
{
    const Json st = h.state();
    for (const Json &i : st["items"])
        if (i["id"] == item["id"])
            return i;
    return {};
}
} // namespace

class TestLangfuseDelivery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decisionsLandAsScores_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("queue");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<QString>("verdict");      // the CATEGORICAL label the verdict lands as
        QTest::addColumn<int>("scores");           // scores of this queue on the trace afterwards
        using A = domain::DecisionAction;
        QTest::addRow("v4 approve") << u"v4"_s << int(A::Approve) << u"Support answers"_s << QString() << u"accept"_s << 1;
        QTest::addRow("v4 reject") << u"v4"_s << int(A::Reject) << u"Support answers"_s << QString() << u"reject"_s << 1;
        QTest::addRow("v4 edit") << u"v4"_s << int(A::Edit) << u"Support answers"_s << QString() << u"needs-edit"_s << 2;
        // Safety escalations: a verdict config without an escalate category, and a TEXT note config.
        QTest::addRow("v4 escalate + note") << u"v4"_s << int(A::Escalate) << u"Safety escalations"_s
                                            << u"Self-harm wording <b>in reply</b>."_s << u"reject"_s << 2;
        QTest::addRow("legacy approve") << u"legacy"_s << int(A::Approve) << u"Support answers"_s << QString()
                                        << u"accept"_s << 1;
        QTest::addRow("legacy edit") << u"legacy"_s << int(A::Edit) << u"Support answers"_s << QString()
                                     << u"needs-edit"_s << 1;
    }
    void decisionsLandAsScores()
    {
        QFETCH(QString, mode);
        QFETCH(int, action);
        QFETCH(QString, queue);
        QFETCH(QString, comment);
        QFETCH(QString, verdict);
        QFETCH(int, scores);
        LangfuseHarness h;
        QVERIFY(h.start(mode));
        Desk desk;
        QVERIFY(desk.open(h.source.sink.get()));
        const Json item = firstPending(h, queue.toUtf8().constData(), "TRACE");
        QVERIFY(item.is_object());
        domain::Decision d = decision(domain::DecisionAction(action));
        d.comment = comment.toStdString();
        QByteArray key;
        const qint64 seq = desk.enqueue(item, d, &key);
        desk.delivery->start();
        QVERIFY2(desk.waitFor(seq, DeliveryState::Delivered), qPrintable(desk.outbox->entry(seq)->lastError));

        QCOMPARE(qs(itemNow(h, item)["status"]), u"COMPLETED"_s);
        const auto landed = h.scoresOf(item["queueId"], item["objectId"]);
        QCOMPARE(int(landed.size()), scores);
        const std::string verdictId = keel::sources::langfuse::scoreId(key, "verdict");
        bool sawVerdict = false;
        for (const Json &s : landed) {
            QCOMPARE(qs(s["source"]), u"ANNOTATION"_s);
            if (s["id"] == verdictId) {
                sawVerdict = true;
                QCOMPARE(qs(s["name"]), u"verdict"_s);
                QCOMPARE(qs(s["stringValue"]), verdict);
                QVERIFY(!s["configId"].is_null());
                if (action == int(domain::DecisionAction::Edit) && mode == u"legacy"_s)
                    QVERIFY(s["comment"].get<std::string>().find("Edited output:\n" + d.editedOutput) != std::string::npos);
                if (action == int(domain::DecisionAction::Escalate))
                    QVERIFY(s["comment"].get<std::string>().find("Escalated to safety: self_harm") != std::string::npos);
            } else if (s["dataType"] == "CORRECTION") {
                QCOMPARE(mode, u"v4"_s);
                QCOMPARE(qs(s["stringValue"]), qs(d.editedOutput));
            } else {
                QCOMPARE(qs(s["dataType"]), u"TEXT"_s);
                QCOMPARE(qs(s["stringValue"]), comment); // plain text, markup and all
            }
        }
        QVERIFY(sawVerdict);
    }

    // BOOLEAN and NUMERIC configs (the SQL audit queue: quality 1..5 first, correctness) and an
    // OBSERVATION item, whose score needs the observation's trace.
    void observationItemOnNumericQueue()
    {
        LangfuseHarness h;
        QVERIFY(h.start(u"v4"_s));
        Desk desk;
        QVERIFY(desk.open(h.source.sink.get()));
        const Json item = firstPending(h, "SQL generation", "OBSERVATION");
        QVERIFY(item.is_object());
        const qint64 seq = desk.enqueue(item, decision(domain::DecisionAction::Approve));
        desk.delivery->start();
        QVERIFY2(desk.waitFor(seq, DeliveryState::Delivered), qPrintable(desk.outbox->entry(seq)->lastError));
        int found = 0;
        const Json st = h.state();
        for (const Json &s : st["scores"]) {
            if (s["queueId"] != item["queueId"] || s["observationId"] != item["objectId"])
                continue;
            ++found;
            QVERIFY(!s["traceId"].is_null());
            QCOMPARE(qs(s["name"]), u"correctness"_s); // BOOLEAN before NUMERIC
            QCOMPARE(s["value"].get<double>(), 1.0);
        }
        QCOMPARE(found, 1);
    }

    // The PATCH fails after the score went in: the retry completes the item without a second score.
    // Then the score's answer is lost on the wire although the server kept it: the resend upserts.
    void faultBetweenCallsResumes()
    {
        LangfuseHarness h;
        QVERIFY(h.start(u"v4"_s, {}, 0));
        Desk desk;
        QVERIFY(desk.open(h.source.sink.get()));
        const Json first = firstPending(h, "Support answers", "TRACE");
        h.arm({{"method", "PATCH"}, {"path", "/api/public/annotation-queues/*"}, {"mode", "status"}, {"status", 500},
               {"times", 1}});
        QSignalSpy changes(desk.delivery.get(), &review::DecisionDelivery::entryChanged);
        const qint64 seq = desk.enqueue(first, decision(domain::DecisionAction::Approve));
        desk.delivery->start();
        QVERIFY(desk.waitFor(seq, DeliveryState::Delivered));
        // The retry resumed with the PATCH: the score was posted once, the PATCH twice.
        int posts = 0, patches = 0;
        const Json log = h.requests();
        for (const Json &r : log) {
            posts += r["method"] == "POST" && r["path"] == "/api/public/scores" ? 1 : 0;
            patches += r["method"] == "PATCH" ? 1 : 0;
        }
        QCOMPARE(posts, 1);
        QCOMPARE(patches, 2);
        bool sawRetry = false;
        for (const auto &c : changes)
            sawRetry = sawRetry || (c.at(1).value<DeliveryState>() == DeliveryState::Pending
                                    && c.at(2).toString().startsWith(h.prefix() + u": "_s));
        QVERIFY(sawRetry);
        QCOMPARE(h.scoresOf(first["queueId"], first["objectId"]).size(), std::size_t(1));
        QCOMPARE(qs(itemNow(h, first)["status"]), u"COMPLETED"_s);

        const Json second = h.items(first["queueId"], "PENDING").front();
        h.arm({{"method", "POST"}, {"path", "/api/public/scores"}, {"mode", "drop-after"}, {"times", 1}});
        const qint64 seq2 = desk.enqueue(second, decision(domain::DecisionAction::Reject));
        desk.delivery->kick();
        QVERIFY(desk.waitFor(seq2, DeliveryState::Delivered));
        QCOMPARE(h.scoresOf(second["queueId"], second["objectId"]).size(), std::size_t(1));
        QCOMPARE(qs(itemNow(h, second)["status"]), u"COMPLETED"_s);
    }

    // The console dies after the score and before the PATCH (here: the PATCH keeps failing until
    // the delivery, its sink and the database are torn down). A new run resends: one score.
    void killAndRestartResumes()
    {
        LangfuseHarness h;
        QVERIFY(h.start(u"v4"_s, {}, 0));
        auto desk = std::make_unique<Desk>();
        QVERIFY(desk->open(h.source.sink.get()));
        const Json item = firstPending(h, "Support answers", "TRACE");
        h.arm({{"method", "PATCH"}, {"path", "/api/public/annotation-queues/*"}, {"mode", "drop"}, {"times", 1000}});
        QByteArray key;
        const qint64 seq = desk->enqueue(item, decision(domain::DecisionAction::Approve), &key);
        desk->delivery->start();
        QVERIFY(QTest::qWaitFor([&] { return !h.scoresOf(item["queueId"], item["objectId"]).empty(); }, 30000));
        QVERIFY(QTest::qWaitFor([&] { return desk->outbox->entry(seq)->attempts >= 1; }, 30000));
        QCOMPARE(qs(itemNow(h, item)["status"]), u"PENDING"_s);
        const QString dir = desk->dir.path();
        desk->dir.setAutoRemove(false);
        desk.reset(); // the "crash": delivery, outbox and database gone with the sink's memory
        h.clearFaults();
        QVERIFY(h.makeSource(0));

        Desk again;
        again.db = std::make_unique<review::ReviewDb>();
        QVERIFY(again.db->open(dir + u"/review.sqlite"_s));
        again.outbox = std::make_unique<review::DecisionOutbox>(*again.db);
        again.delivery = std::make_unique<review::DecisionDelivery>(again.outbox.get(), h.source.sink.get());
        QVERIFY(again.outbox->entry(seq)->state == DeliveryState::Pending);
        again.delivery->start();
        QVERIFY(again.waitFor(seq, DeliveryState::Delivered));
        const auto landed = h.scoresOf(item["queueId"], item["objectId"]);
        QCOMPARE(landed.size(), std::size_t(1));
        QCOMPARE(qs(landed.front()["id"]), qs(keel::sources::langfuse::scoreId(key, "verdict")));
        QCOMPARE(qs(itemNow(h, item)["status"]), u"COMPLETED"_s);
        QDir(dir).removeRecursively();
    }

    // 429 with Retry-After: the outbox does not ask again before the server's delay.
    void rateLimitWaitsRetryAfter()
    {
        LangfuseHarness h;
        QVERIFY(h.start(u"v4"_s, {u"--rate-limit"_s, u"public-api=1/2s"_s}, 0));
        Desk desk;
        QVERIFY(desk.open(h.source.sink.get()));
        const Json item = firstPending(h, "Support answers", "TRACE");
        QElapsedTimer sinceRefusal;
        qint64 waited = -1;
        QString refusal;
        connect(desk.delivery.get(), &review::DecisionDelivery::entryChanged, this,
                [&](qint64, DeliveryState state, const QString &message) {
                    if (state == DeliveryState::Pending && refusal.isEmpty()) {
                        refusal = message;
                        sinceRefusal.start();
                    } else if (state == DeliveryState::Delivering && sinceRefusal.isValid() && waited < 0) {
                        waited = sinceRefusal.elapsed();
                    }
                });
        const qint64 seq = desk.enqueue(item, decision(domain::DecisionAction::Approve));
        desk.delivery->start();
        QVERIFY(desk.waitFor(seq, DeliveryState::Delivered, 90000));
        QVERIFY2(refusal.startsWith(h.prefix()) && refusal.contains(u"429"_s), qPrintable(refusal));
        // Retry-After is whole seconds (at least 1); the outbox's own first backoff is 500 ms.
        QVERIFY2(waited >= 900, qPrintable(QString::number(waited)));
        QCOMPARE(h.scoresOf(item["queueId"], item["objectId"]).size(), std::size_t(1));
    }

    // A 5xx on the score keeps the decision pending with a message naming the source; once the
    // server is well it is delivered. A decision for an item that is gone fails, and says why.
    void serverErrorLosesNothing()
    {
        LangfuseHarness h;
        QVERIFY(h.start(u"v4"_s, {}, 0));
        Desk desk;
        QVERIFY(desk.open(h.source.sink.get()));
        const Json item = firstPending(h, "Support answers", "TRACE");
        h.arm({{"method", "POST"}, {"path", "/api/public/scores"}, {"mode", "status"}, {"status", 502}, {"times", 3}});
        const qint64 seq = desk.enqueue(item, decision(domain::DecisionAction::Approve));
        desk.delivery->start();
        QVERIFY(QTest::qWaitFor([&] { return desk.outbox->entry(seq)->attempts >= 1; }, 30000));
        QVERIFY(desk.delivery->isOffline());
        QVERIFY2(desk.delivery->offlineReason().startsWith(h.prefix() + u": "_s), qPrintable(desk.delivery->offlineReason()));
        QVERIFY2(desk.delivery->offlineReason().contains(u"502"_s), qPrintable(desk.delivery->offlineReason()));
        QVERIFY(desk.waitFor(seq, DeliveryState::Delivered));
        QCOMPARE(h.scoresOf(item["queueId"], item["objectId"]).size(), std::size_t(1));

        Json gone = item;
        gone["id"] = "no-such-item";
        const qint64 lost = desk.enqueue(gone, decision(domain::DecisionAction::Approve));
        desk.delivery->kick();
        QVERIFY(desk.waitFor(lost, DeliveryState::Failed));
        const QString why = desk.outbox->entry(lost)->lastError;
        QVERIFY2(why.startsWith(h.prefix() + u": "_s) && why.contains(u"404"_s), qPrintable(why));
    }

    // The reviewer's flow: an opened Langfuse item is held at once, locally, and the banner text
    // says Langfuse has no locks; the decision goes through the session's own outbox.
    void sessionHoldsItemsLocally()
    {
        LangfuseHarness h;
        QVERIFY(h.start(u"v4"_s));
        review::ReviewFeed feed(h.source.feed.get());
        feed.setMaxItems(3);
        QSignalSpy loaded(&feed, &review::ReviewFeed::itemsLoaded);
        feed.loadItems(qs(h.queue("Support answers")["id"]));
        QVERIFY(loaded.wait(60000));
        const auto items = loaded.first().at(1).value<QList<domain::ReviewItem>>();
        QCOMPARE(items.size(), 3);

        QTemporaryDir dir;
        review::ReviewSession session(nullptr, u"user-reviewer-ana"_s);
        session.setFeedbackSink(h.source.sink.get());
        session.setGracePeriodMs(0);
        QVERIFY(session.openDatabase(dir.filePath(u"review.sqlite"_s)));
        QVERIFY(!session.hasLeases());
        session.openItem(items.front());
        QCOMPARE(session.leaseStatus(), review::ReviewSession::LeaseStatus::Held);
        QVERIFY2(session.leaseMessage().startsWith(h.prefix() + u" has no item locks"_s), qPrintable(session.leaseMessage()));
        QSignalSpy states(&session, &review::ReviewSession::decisionStateChanged);
        review::DecisionInput in;
        in.action = domain::DecisionAction::Approve;
        QString error;
        QVERIFY2(!session.decide(in, &error).isEmpty(), qPrintable(error));
        QVERIFY(QTest::qWaitFor([&] {
            for (const auto &s : states)
                if (s.at(1).value<DeliveryState>() == DeliveryState::Delivered)
                    return true;
            return false;
        }, 60000));
        const std::string itemId = items.front().id.substr(items.front().id.find(':') + 1);
        const Json st = h.state();
    for (const Json &i : st["items"])
            if (i["id"] == itemId)
                QCOMPARE(qs(i["status"]), u"COMPLETED"_s);
    }
};

QTEST_GUILESS_MAIN(TestLangfuseDelivery)
#include "tst_langfusedelivery.moc"
