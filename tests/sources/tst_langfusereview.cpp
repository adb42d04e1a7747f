// The Langfuse review feed against the Langfuse TEST DOUBLE (v4 and legacy v3 mode): annotation
// queues as review queues with their pending counts, PENDING items with their trace, observation
// or session content as plain text (HTML untouched), the 100-item page cap, and clear messages
// naming the source when the server fails or answers garbage.
#include "langfuseharness.h"

#include "review/reviewfeed.h"
#include "review/reviewitemmodel.h"
#include "sources/langfuse/langfuseconnection.h"

#include <QAbstractItemModelTester>

#include <httplib.h>

#include <algorithm>
#include <thread>

using namespace Qt::StringLiterals;
using keel::review::ReviewFeed;
using keel::test::LangfuseHarness;
using Json = nlohmann::json;

namespace {
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QList<keel::domain::ReviewQueue> loadQueues(ReviewFeed &feed, QString *error = nullptr)
{
    QSignalSpy loaded(&feed, &ReviewFeed::queuesLoaded);
    QSignalSpy failed(&feed, &ReviewFeed::loadFailed);
    feed.refreshQueues();
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 60000))
        return {};
    if (!failed.isEmpty() && error)
        *error = failed.first().at(1).toString();
    return loaded.isEmpty() ? QList<keel::domain::ReviewQueue>() : loaded.first().at(0).value<QList<keel::domain::ReviewQueue>>();
}

QList<keel::domain::ReviewItem> loadItems(ReviewFeed &feed, const QString &queue, QString *error = nullptr)
{
    QSignalSpy loaded(&feed, &ReviewFeed::itemsLoaded);
    QSignalSpy failed(&feed, &ReviewFeed::loadFailed);
    feed.loadItems(queue);
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 120000))
        return {};
    if (!failed.isEmpty() && error)
        *error = failed.first().at(1).toString();
    return loaded.isEmpty() ? QList<keel::domain::ReviewItem>() : loaded.first().at(1).value<QList<keel::domain::ReviewItem>>();
}
} // namespace

class TestLangfuseReview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void queuesWithPendingCounts_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addRow("v4") << u"v4"_s;
        QTest::addRow("legacy") << u"legacy"_s;
    }
    void queuesWithPendingCounts()
    {
        QFETCH(QString, mode);
        LangfuseHarness h;
        QVERIFY2(h.start(mode), qPrintable(h.process ? h.process->errorString() : QString()));
        ReviewFeed feed(h.source.feed.get());
        QString error;
        const auto queues = loadQueues(feed, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Json expected = h.state()["queues"];
        QCOMPARE(queues.size(), qsizetype(expected.size()));
        for (const auto &q : queues) {
            const auto pending = h.items(q.id, "PENDING").size();
            QVERIFY(pending > 0);
            QCOMPARE(q.pending, std::int64_t(pending));
            QVERIFY(!q.name.empty());
        }
    }

    // More open items than one page of 100 (the server's cap): all of them, each with content.
    void itemsLoadWithContent_data() { queuesWithPendingCounts_data(); }
    void itemsLoadWithContent()
    {
        QFETCH(QString, mode);
        LangfuseHarness h;
        QVERIFY(h.start(mode));
        ReviewFeed feed(h.source.feed.get());
        feed.setMaxItems(500);
        const Json support = h.queue("Support answers");
        const auto pending = h.items(support["id"], "PENDING");
        QVERIFY2(pending.size() > 100, "the seed should need two pages");
        QString error;
        const auto items = loadItems(feed, qs(support["id"]), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(items.size(), qsizetype(pending.size()));
        int withModel = 0;
        for (const auto &item : items) {
            QCOMPARE(qs(item.queue), qs(support["id"]));
            QVERIFY(qs(item.id).startsWith(qs(support["id"]) + u':'));
            QCOMPARE(qs(item.status), u"pending"_s);
            QVERIFY2(!item.prompt.empty() && !item.output.empty(), item.id.c_str());
            withModel += item.model.empty() ? 0 : 1;
        }
        QCOMPARE(withModel, int(items.size())); // every support trace has a generation
        // An item's content is what its trace holds (the double's own v1 view of it).
        const Json &ref = pending.front();
        const auto it = std::find_if(items.begin(), items.end(), [&](const auto &i) {
            return i.id == support["id"].get<std::string>() + ":" + ref["id"].get<std::string>();
        });
        QVERIFY(it != items.end());
        const Json trace = h.direct->get("/api/public/traces/" + ref["objectId"].get<std::string>()).json();
        QCOMPARE(qs(it->output), qs(trace["output"].get<std::string>()));
        QCOMPARE(qs(it->prompt), qs(trace["input"].get<std::string>()));
        QCOMPARE(qs(it->correlationId), qs(trace["id"].get<std::string>()));
        // No request broke the page cap or a strict query (the double answers those with 400).
        const Json log = h.requests();
        for (const Json &r : log)
            QVERIFY2(r["status"].get<int>() != 400, r.dump().c_str()); // a 404 on /v2/observations is the v3 probe
    }

    // maxItems below a page: no more items are asked for than will be shown.
    void maxItemsIsRespected()
    {
        LangfuseHarness h;
        QVERIFY(h.start(u"v4"_s));
        ReviewFeed feed(h.source.feed.get());
        feed.setMaxItems(7);
        const auto items = loadItems(feed, qs(h.queue("SQL generation")["id"]));
        QCOMPARE(items.size(), 7);
    }

    // Model output with HTML, <script> and entities reaches the item exactly as the trace has it.
    void htmlStaysPlainText_data() { queuesWithPendingCounts_data(); }
    void htmlStaysPlainText()
    {
        QFETCH(QString, mode);
        LangfuseHarness h;
        QVERIFY(h.start(mode));
        ReviewFeed feed(h.source.feed.get());
        int checked = 0;
        for (const char *name : {"Support answers", "Safety escalations"}) {
            const Json queue = h.queue(name);
            const auto items = loadItems(feed, qs(queue["id"]));
            QVERIFY(!items.isEmpty());
            for (const auto &item : items) {
                if (item.route != "TRACE" || item.output.find('<') == std::string::npos)
                    continue;
                const Json trace = h.direct->get("/api/public/traces/" + item.requestId).json();
                QCOMPARE(qs(item.output), qs(trace["output"].get<std::string>())); // not stripped, not escaped
                ++checked;
            }
        }
        QVERIFY2(checked > 0, "the seed should have answers with markup");
        // And the item model hands it to views as the same text.
        keel::review::ReviewItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto items = loadItems(feed, qs(h.queue("Safety escalations")["id"]));
        model.resetItems(items);
        QCOMPARE(model.rowCount(), int(items.size()));
    }

    // OBSERVATION items read the observation (a generation: chat messages as "role: text");
    // SESSION items read the session's traces on v4 and say what is missing on a v3 server.
    void observationAndSessionItems_data() { queuesWithPendingCounts_data(); }
    void observationAndSessionItems()
    {
        QFETCH(QString, mode);
        LangfuseHarness h;
        QVERIFY(h.start(mode));
        ReviewFeed feed(h.source.feed.get());
        const auto sql = loadItems(feed, qs(h.queue("SQL generation")["id"]));
        int observations = 0;
        for (const auto &item : sql) {
            if (item.route != "OBSERVATION")
                continue;
            ++observations;
            // Named for the reviewer by what Langfuse calls it, never scored by Keel's own scale.
            QVERIFY2(qs(item.label).startsWith(u"Observation "_s + qs(item.requestId).left(8)), item.label.c_str());
            QVERIFY(!item.riskScore && !item.confidence);
            QVERIFY2(qs(item.prompt).contains(u"user: "_s), item.prompt.c_str());
            QVERIFY(!item.model.empty());
            QVERIFY(!item.correlationId.empty()); // the trace it belongs to
        }
        QVERIFY(observations > 0);
        const auto safety = loadItems(feed, qs(h.queue("Safety escalations")["id"]));
        int sessions = 0;
        for (const auto &item : safety) {
            if (item.route != "SESSION")
                continue;
            ++sessions;
            QVERIFY2(qs(item.label).startsWith(u"Session "_s + qs(item.requestId).left(8)), item.label.c_str());
            QVERIFY(!item.riskScore && !item.confidence);
            if (mode == u"v4"_s)
                QVERIFY(!item.output.empty());
            else
                QVERIFY2(qs(item.prompt).contains(u"v3"_s), item.prompt.c_str());
        }
        QVERIFY(sessions > 0);
    }

    // A 5xx names the source and the status; nothing is loaded and the next refresh works.
    void serverErrorNamesTheSource()
    {
        LangfuseHarness h;
        QVERIFY(h.start(u"v4"_s, {}, 0));
        h.arm({{"method", "GET"}, {"path", "/api/public/annotation-queues"}, {"mode", "status"}, {"status", 503},
               {"times", 1}});
        ReviewFeed feed(h.source.feed.get());
        QString error;
        QVERIFY(loadQueues(feed, &error).isEmpty());
        QVERIFY2(error.startsWith(h.prefix() + u": "_s), qPrintable(error));
        QVERIFY2(error.contains(u"503"_s), qPrintable(error));
        error.clear();
        QCOMPARE(loadQueues(feed, &error).size(), 3);
        QVERIFY(error.isEmpty());
    }

    // Wrong keys: a 401 that says to check the keys.
    void wrongKeysSaySo()
    {
        LangfuseHarness h;
        QVERIFY(h.start(u"v4"_s));
        auto s = h.source.client->settings();
        s.token = u"sk-lf-wrong"_s;
        h.source.client->setSettings(s);
        ReviewFeed feed(h.source.feed.get());
        QString error;
        QVERIFY(loadQueues(feed, &error).isEmpty());
        QVERIFY2(error.startsWith(h.prefix()) && error.contains(u"401"_s), qPrintable(error));
    }

    // A server that answers 200 with something that is not Langfuse's JSON.
    void garbageAnswerIsAClearMessage()
    {
        httplib::Server server;
        server.Get("/api/public/annotation-queues", [](const httplib::Request &, httplib::Response &res) {
            res.set_content("<html>Gateway login</html>", "text/html");
        });
        const int port = server.bind_to_any_port("127.0.0.1");
        std::thread thread([&] { server.listen_after_bind(); });
        keel::sources::ReviewSourceOptions o{u"langfuse"_s, QUrl(u"http://127.0.0.1:%1"_s.arg(port)), {},
                                             u"pk"_s, u"sk"_s, {}, true};
        auto source = keel::sources::createReviewSource(o);
        QVERIFY(source);
        ReviewFeed feed(source.feed.get());
        QString error;
        QVERIFY(loadQueues(feed, &error).isEmpty());
        server.stop();
        thread.join();
        QVERIFY2(error.startsWith(u"Langfuse at http://127.0.0.1:%1: "_s.arg(port)), qPrintable(error));
        QVERIFY2(error.contains(u"could not be read"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLangfuseReview)
#include "tst_langfusereview.moc"
