// Hostile pages from a platform (served by a scripted loopback HTTP server so each byte is
// chosen): wrong types, missing fields, NaN, a 50 MB string, nesting 10,000 deep, truncation,
// HTML, an empty body. Each becomes a clear error naming the resource (and the field where
// there is one); nothing of the bad page reaches the cache, and earlier good pages stay.
#include "api/platformclient.h"
#include "store/database.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <domain/codec.h>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using namespace keel;

namespace {

std::string goodRecordJson(int i)
{
    domain::RequestRecord r;
    r.id = "rq_";
    r.id += std::to_string(i); // not "rq_" + …: GCC 12 -O3 raises a false -Wrestrict on that (PR 105651)
    r.ts = 1'700'000'000'000 + i;
    r.correlationId = std::string(32, 'a');
    r.route = "/chat";
    r.useCase = "knowledge_assistant";
    r.model = "small";
    r.provider = "openai";
    r.team = "t";
    r.customerSegment = "smb";
    r.promptTemplate = "chat@v1";
    r.status = "ok";
    r.costMicros = 100 + i;
    return domain::toJson(r).dump();
}

struct Server {
    httplib::Server http;
    std::thread thread;
    int port = 0;
    std::string firstPage; // served without a cursor
    std::string secondPage; // served for cursor=c2
    Server()
    {
        http.Get("/v1/telemetry/requests", [this](const httplib::Request &req, httplib::Response &res) {
            res.set_content(req.has_param("cursor") ? secondPage : firstPage, "application/json");
        });
        port = http.bind_to_any_port("127.0.0.1");
        thread = std::thread([this] { http.listen_after_bind(); });
        while (!http.is_running())
            std::this_thread::yield();
    }
    ~Server()
    {
        http.stop();
        thread.join();
    }
};

struct Outcome {
    bool ok = false;
    QString message;
};

Outcome syncOnce(const QString &dbPath, int port)
{
    api::ConnectionSettings s;
    s.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    s.maxRetries = 0;
    api::PlatformClient client(s);
    store::Store st(dbPath);
    sync::SyncEngine engine(&client, &st);
    engine.setInterval(0);
    engine.setResources({u"requests"_s});
    engine.setRequestWindow({0, 0}); // the records are of a fixed 2023 instant: keep them all
    QSignalSpy perResource(&engine, &sync::SyncEngine::resourceFinished);
    QSignalSpy done(&engine, &sync::SyncEngine::finished);
    engine.syncNow();
    if (!done.wait(60000))
        return {false, u"no finished()"_s};
    st.flush();
    return {perResource.first().at(1).toBool(), perResource.first().at(2).toString()};
}

} // namespace

class TestSyncBadInput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hostilePage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions"); // the field the message must name ("" = resource only)
        const std::string good = goodRecordJson(1);
        auto page = [](const std::string &items) { return QByteArray::fromStdString(R"({"items":[)" + items + R"(],"next_cursor":null})"); };
        std::string wrongType = good;
        wrongType.replace(wrongType.find("\"cost_micros\":101"), 17, "\"cost_micros\":\"101\"");
        QTest::addRow("wrong type") << page(wrongType) << u"cost_micros"_s;
        nlohmann::json missing = nlohmann::json::parse(good);
        missing.erase("ts");
        QTest::addRow("missing field") << page(missing.dump()) << u"ts"_s;
        std::string nan = good;
        nan.replace(nan.find("\"cost_micros\":101"), 17, "\"cost_micros\":NaN");
        QTest::addRow("NaN") << page(nan) << QString();
        nlohmann::json huge = nlohmann::json::parse(good);
        huge["prompt_template"] = std::string(50 * 1024 * 1024, 'x');
        QTest::addRow("50 MB string") << page(huge.dump()) << u"prompt_template"_s;
        QTest::addRow("nested 10000 deep") << QByteArray(R"({"items":[)" + QByteArray(10000, '[') + QByteArray(10000, ']') + "]}")
                                           << QString();
        QTest::addRow("truncated") << page(good).left(120) << QString();
        QTest::addRow("html") << QByteArray("<html><body><h1>Gateway</h1></body></html>") << QString();
        QTest::addRow("empty body") << QByteArray() << QString();
        QTest::addRow("items not a list") << QByteArray(R"({"items":{"a":1},"next_cursor":null})") << u"items"_s;
    }
    void hostilePage()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        Server server;
        server.firstPage = body.toStdString();
        QTemporaryDir dir;
        const QString db = dir.filePath(u"c.sqlite"_s);
        const Outcome outcome = syncOnce(db, server.port);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.message.contains(u"requests"_s), qPrintable(outcome.message));
        if (!mentions.isEmpty())
            QVERIFY2(outcome.message.contains(mentions), qPrintable(outcome.message));
        QCOMPARE(store::openForReading(db)->scalar("SELECT count(*) FROM requests"), 0);
    }

    void badSecondPageKeepsTheFirstAndResumes()
    {
        Server server;
        server.firstPage = R"({"items":[)" + goodRecordJson(1) + "," + goodRecordJson(2) + R"(],"next_cursor":"c2"})";
        server.secondPage = R"({"items":[{"id":)";
        QTemporaryDir dir;
        const QString db = dir.filePath(u"c.sqlite"_s);
        QVERIFY(!syncOnce(db, server.port).ok);
        {
            auto reader = store::openForReading(db);
            QCOMPARE(reader->scalar("SELECT count(*) FROM requests"), 2);
            QCOMPARE(reader->scalar("SELECT count(*) FROM sync_state WHERE resource='requests' AND cursor='c2'"), 1);
        }
        server.secondPage = R"({"items":[)" + goodRecordJson(3) + R"(],"next_cursor":null})";
        const Outcome again = syncOnce(db, server.port);
        QVERIFY2(again.ok, qPrintable(again.message));
        QCOMPARE(store::openForReading(db)->scalar("SELECT count(*) FROM requests"), 3);
    }
};

QTEST_GUILESS_MAIN(TestSyncBadInput)
#include "tst_syncbadinput.moc"
