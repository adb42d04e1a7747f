// PlatformClient against a real HTTP server on loopback (cpp-httplib, scripted per test so
// exact status sequences, Retry-After and drops can be produced; keel-platform's own faults are
// exercised by the sync integration tests).
#include "api/platformclient.h"

#include <httplib.h>
#include <zlib.h>

#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;
using keel::api::ApiError;
using keel::api::ApiRequest;
using keel::api::ApiResponse;
using keel::api::ConnectionSettings;
using keel::api::PlatformClient;

namespace {

struct ScriptedServer {
    httplib::Server server;
    std::thread thread;
    int port = 0;
    std::mutex mutex;
    std::vector<std::string> requestIds, idempotencyKeys, authorizations;
    std::atomic<int> hits{0};

    ScriptedServer()
    {
        server.set_keep_alive_max_count(100);
    }
    void start()
    {
        port = server.bind_to_any_port("127.0.0.1");
        thread = std::thread([this] { server.listen_after_bind(); });
        while (!server.is_running()) // stop() before the loop starts would be lost
            std::this_thread::yield();
    }
    ~ScriptedServer()
    {
        server.stop();
        if (thread.joinable())
            thread.join();
    }
    void record(const httplib::Request &req)
    {
        std::lock_guard lock(mutex);
        requestIds.push_back(req.get_header_value("X-Request-Id"));
        idempotencyKeys.push_back(req.get_header_value("Idempotency-Key"));
        authorizations.push_back(req.get_header_value("Authorization"));
        ++hits;
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(port)); }
};

ConnectionSettings fastSettings(const QUrl &url)
{
    ConnectionSettings s;
    s.baseUrl = url;
    s.token = u"tok-secret"_s;
    s.backoffBaseMs = 5;
    s.backoffMaxMs = 20;
    s.totalTimeoutMs = 5000;
    return s;
}

ApiResponse run(PlatformClient &client, ApiRequest request)
{
    auto *reply = client.send(std::move(request));
    QSignalSpy spy(reply, &keel::api::ApiReply::finished);
    if (!spy.wait(20000))
        return {};
    return spy.first().first().value<ApiResponse>();
}

ApiRequest get(const QString &path)
{
    ApiRequest r;
    r.path = path;
    return r;
}

// A zlib ("Content-Encoding: deflate") stream of `bytes` zeros, made in 1 MiB steps: 150 MiB
// compress to ~150 KiB, the shape of a decompression bomb.
std::string deflateZeros(std::size_t bytes)
{
    z_stream z{};
    deflateInit(&z, Z_BEST_COMPRESSION);
    std::string out;
    std::vector<unsigned char> zeros(1 << 20, 0), buf(1 << 16);
    for (std::size_t left = bytes; left > 0 || z.avail_in > 0;) {
        const std::size_t step = std::min(left, zeros.size());
        z.next_in = zeros.data();
        z.avail_in = uInt(step);
        left -= step;
        const int flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = buf.data();
            z.avail_out = uInt(buf.size());
            deflate(&z, flush);
            out.append(reinterpret_cast<const char *>(buf.data()), buf.size() - z.avail_out);
        } while (z.avail_out == 0);
        if (flush == Z_FINISH)
            break;
    }
    deflateEnd(&z);
    return out;
}

} // namespace

class TestPlatformClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void okAnswerCarriesBodyAndHeaders()
    {
        ScriptedServer s;
        s.server.Get("/v1/ping", [&](const httplib::Request &req, httplib::Response &res) {
            s.record(req);
            res.set_content("{\"q\":\"" + req.get_param_value("q") + "\"}", "application/json");
        });
        s.start();
        PlatformClient client(fastSettings(s.url()));
        ApiRequest r = get(u"/v1/ping"_s);
        r.query = {{u"q"_s, u"a b&c"_s}};
        const ApiResponse res = run(client, r);
        QVERIFY2(res.ok(), qPrintable(res.error.message));
        QCOMPARE(res.httpStatus, 200);
        QCOMPARE(res.body, QByteArray(R"({"q":"a b&c"})"));
        QVERIFY(res.contentType.startsWith("application/json"));
        QCOMPARE(s.authorizations.at(0), std::string("Bearer tok-secret"));
        QCOMPARE(QByteArray::fromStdString(s.requestIds.at(0)), res.requestId);
        QCOMPARE(res.requestId.size(), 36); // a uuid
    }

    void retriesGetOn503ThenSucceeds()
    {
        ScriptedServer s;
        s.server.Get("/v1/flaky", [&](const httplib::Request &req, httplib::Response &res) {
            s.record(req);
            if (s.hits <= 2) {
                res.status = 503;
                res.set_content(R"({"type":"about:blank","title":"Unavailable","status":503})", "application/problem+json");
            } else {
                res.set_content("{}", "application/json");
            }
        });
        s.start();
        PlatformClient client(fastSettings(s.url()));
        const ApiResponse res = run(client, get(u"/v1/flaky"_s));
        QVERIFY2(res.ok(), qPrintable(res.error.message));
        QCOMPARE(res.error.attempts, 3);
        QCOMPARE(s.hits.load(), 3);
        // one logical call = one X-Request-Id across its retries
        QCOMPARE(s.requestIds.at(0), s.requestIds.at(2));
    }

    void honoursRetryAfterOn429()
    {
        ScriptedServer s;
        s.server.Get("/v1/limited", [&](const httplib::Request &req, httplib::Response &res) {
            s.record(req);
            if (s.hits == 1) {
                res.status = 429;
                res.set_header("Retry-After", "0");
            } else {
                res.set_content("{}", "application/json");
            }
        });
        s.start();
        PlatformClient client(fastSettings(s.url()));
        const ApiResponse res = run(client, get(u"/v1/limited"_s));
        QVERIFY(res.ok());
        QCOMPARE(res.error.attempts, 2);
    }

    void retryAfterBeyondCapIsReportedNotAwaited()
    {
        ScriptedServer s;
        s.server.Get("/v1/limited", [&](const httplib::Request &req, httplib::Response &res) {
            s.record(req);
            res.status = 503;
            res.set_header("Retry-After", "3600");
        });
        s.start();
        PlatformClient client(fastSettings(s.url()));
        const ApiResponse res = run(client, get(u"/v1/limited"_s));
        QCOMPARE(res.error.kind, ApiError::Kind::Http);
        QCOMPARE(res.httpStatus, 503);
        QCOMPARE(res.retryAfter, QByteArray("3600"));
        QCOMPARE(s.hits.load(), 1);
    }

    void problemJsonBecomesTypedError()
    {
        ScriptedServer s;
        s.server.Post("/v1/review/items/it_1/decision", [&](const httplib::Request &req, httplib::Response &res) {
            s.record(req);
            res.status = 409;
            res.set_content(R"({"type":"https://keel.dev/problems/lease-held","title":"Item is held by another reviewer",)"
                            R"("status":409,"detail":"held by reviewer-2","holder":"reviewer-2",)"
                            R"("expires_at":"2026-11-26T19:00:00.000Z"})",
                            "application/problem+json");
        });
        s.start();
        PlatformClient client(fastSettings(s.url()));
        ApiRequest r;
        r.method = "POST";
        r.path = u"/v1/review/items/it_1/decision"_s;
        r.body = "{}";
        r.idempotencyKey = "key-1";
        const ApiResponse res = run(client, r);
        QCOMPARE(res.error.kind, ApiError::Kind::Http);
        QCOMPARE(res.error.httpStatus, 409);
        QCOMPARE(res.error.problem.holder, std::string("reviewer-2"));
        QCOMPARE(res.error.message, u"held by reviewer-2"_s);
        QCOMPARE(s.hits.load(), 1); // 409 is final
        QCOMPARE(s.idempotencyKeys.at(0), std::string("key-1"));
    }

    void htmlErrorBodyStillGivesAMessage()
    {
        ScriptedServer s;
        s.server.Get("/v1/x", [&](const httplib::Request &, httplib::Response &res) {
            res.status = 404;
            res.set_content("<html><body>Not here</body></html>", "text/html");
        });
        s.start();
        PlatformClient client(fastSettings(s.url()));
        const ApiResponse res = run(client, get(u"/v1/x"_s));
        QCOMPARE(res.error.kind, ApiError::Kind::Http);
        QCOMPARE(res.httpStatus, 404);
        QVERIFY(!res.error.message.isEmpty());
        QVERIFY(!keel::api::describe(res.error).isEmpty());
    }

    void keyedPostIsRetriedWithTheSameKey()
    {
        ScriptedServer s;
        s.server.Post("/v1/d", [&](const httplib::Request &req, httplib::Response &res) {
            s.record(req);
            if (s.hits == 1)
                res.status = 502;
            else
                res.status = 201;
        });
        s.start();
        PlatformClient client(fastSettings(s.url()));
        ApiRequest r;
        r.method = "POST";
        r.path = u"/v1/d"_s;
        r.body = R"({"a":1})";
        r.idempotencyKey = "k-42";
        const ApiResponse res = run(client, r);
        QVERIFY(res.ok());
        QCOMPARE(res.httpStatus, 201);
        QCOMPARE(s.hits.load(), 2);
        QCOMPARE(s.idempotencyKeys.at(0), std::string("k-42"));
        QCOMPARE(s.idempotencyKeys.at(1), std::string("k-42"));
    }

    void plainPostIsNotRetriedOn503()
    {
        ScriptedServer s;
        s.server.Post("/v1/claim", [&](const httplib::Request &req, httplib::Response &res) {
            s.record(req);
            res.status = 503;
        });
        s.start();
        PlatformClient client(fastSettings(s.url()));
        ApiRequest r;
        r.method = "POST";
        r.path = u"/v1/claim"_s;
        const ApiResponse res = run(client, r);
        QCOMPARE(res.httpStatus, 503);
        QCOMPARE(s.hits.load(), 1);
    }

    void hangBecomesTimeout()
    {
        ScriptedServer s;
        std::atomic<bool> release{false};
        s.server.Get("/v1/hang", [&](const httplib::Request &, httplib::Response &res) {
            // the server side hangs (not the test): wait until the test is done
            for (int i = 0; i < 500 && !release; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            res.set_content("{}", "application/json");
        });
        s.start();
        auto settings = fastSettings(s.url());
        settings.totalTimeoutMs = 150;
        settings.maxRetries = 1;
        PlatformClient client(settings);
        const ApiResponse res = run(client, get(u"/v1/hang"_s));
        release = true;
        QCOMPARE(res.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(res.error.attempts, 2);
    }

    void decompressionBombIsRefused()
    {
        const std::string bomb = deflateZeros(150u << 20);
        QVERIFY(bomb.size() < 2u << 20);
        ScriptedServer s;
        s.server.Get("/v1/bomb", [&](const httplib::Request &, httplib::Response &res) {
            res.set_header("Content-Encoding", "deflate");
            res.set_content(bomb, "application/json");
        });
        s.start();
        auto settings = fastSettings(s.url());
        settings.maxRetries = 0;
        PlatformClient client(settings);
        const ApiResponse res = run(client, get(u"/v1/bomb"_s));
        QCOMPARE(res.error.kind, ApiError::Kind::Decode);
        QVERIFY2(res.error.message.contains(u"larger than 128 MB (after decompression)"_s), qPrintable(res.error.message));
        QVERIFY(res.body.isEmpty()); // nothing half-read is handed on
    }

    void hugeResponseHeaderIsExplained()
    {
        ScriptedServer s;
        s.server.Get("/v1/big-header", [&](const httplib::Request &, httplib::Response &res) {
            res.set_header("X-Padding", std::string(1 << 20, 'a'));
            res.set_content("{}", "application/json");
        });
        s.start();
        auto settings = fastSettings(s.url());
        settings.maxRetries = 0;
        PlatformClient client(settings);
        const ApiResponse res = run(client, get(u"/v1/big-header"_s));
        QVERIFY(!res.ok());
        QVERIFY2(res.error.message.contains(u"response headers larger than 64 KB"_s), qPrintable(res.error.message));
        QVERIFY(!keel::api::describe(res.error).contains(u"Out of memory"_s));
    }

    void droppedMidBodyIsReported()
    {
        ScriptedServer s;
        s.server.Get("/v1/drop", [&](const httplib::Request &, httplib::Response &res) {
            res.set_content_provider(100000, "application/json", [](size_t offset, size_t, httplib::DataSink &sink) {
                if (offset > 0)
                    return false; // abort: the peer sees a short body
                sink.write("{\"items\":[", 10);
                return true;
            });
        });
        s.start();
        auto settings = fastSettings(s.url());
        settings.maxRetries = 0;
        PlatformClient client(settings);
        const ApiResponse res = run(client, get(u"/v1/drop"_s));
        QCOMPARE(res.error.kind, ApiError::Kind::ConnectionDropped);
        QVERIFY(!keel::api::describe(res.error).isEmpty());
    }

    void refusedConnectionIsConnectError()
    {
        int port = 0;
        {
            ScriptedServer s;
            s.start();
            port = s.port;
        } // closed: nothing listens there now
        auto settings = fastSettings(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        settings.maxRetries = 0;
        PlatformClient client(settings);
        const ApiResponse res = run(client, get(u"/v1/whoami"_s));
        QCOMPARE(res.error.kind, ApiError::Kind::Connect);
    }

    void invalidUrlIsReported()
    {
        PlatformClient client(fastSettings(QUrl(u"not a url"_s)));
        const ApiResponse res = run(client, get(u"/v1/whoami"_s));
        QCOMPARE(res.error.kind, ApiError::Kind::InvalidUrl);
    }

    void cancelFinishesAtOnce()
    {
        ScriptedServer s;
        std::atomic<bool> release{false};
        s.server.Get("/v1/hang", [&](const httplib::Request &, httplib::Response &res) {
            for (int i = 0; i < 500 && !release; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            res.set_content("{}", "application/json");
        });
        s.start();
        PlatformClient client(fastSettings(s.url()));
        auto *reply = client.send(get(u"/v1/hang"_s));
        QSignalSpy spy(reply, &keel::api::ApiReply::finished);
        reply->cancel();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<ApiResponse>().error.kind, ApiError::Kind::Cancelled);
        release = true;
    }

    void newBaseUrlAppliesToLaterRequests()
    {
        ScriptedServer a, b;
        a.server.Get("/v1/who", [](const httplib::Request &, httplib::Response &res) { res.set_content("\"a\"", "application/json"); });
        b.server.Get("/v1/who", [](const httplib::Request &, httplib::Response &res) { res.set_content("\"b\"", "application/json"); });
        a.start();
        b.start();
        PlatformClient client(fastSettings(a.url()));
        QCOMPARE(run(client, get(u"/v1/who"_s)).body, QByteArray("\"a\""));
        auto settings = client.settings();
        settings.baseUrl = b.url();
        client.setSettings(settings);
        QCOMPARE(run(client, get(u"/v1/who"_s)).body, QByteArray("\"b\""));
    }

    void manyConcurrentRequestsAllFinish()
    {
        ScriptedServer s;
        s.server.Get("/v1/n", [&](const httplib::Request &req, httplib::Response &res) {
            s.record(req);
            res.set_content(req.get_param_value("i"), "text/plain");
        });
        s.start();
        PlatformClient client(fastSettings(s.url()));
        int done = 0;
        QSet<QByteArray> bodies;
        for (int i = 0; i < 50; ++i) {
            ApiRequest r = get(u"/v1/n"_s);
            r.query = {{u"i"_s, QString::number(i)}};
            auto *reply = client.send(r);
            connect(reply, &keel::api::ApiReply::finished, this, [&](const ApiResponse &res) {
                ++done;
                bodies.insert(res.body);
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 50, 20000);
        QCOMPARE(bodies.size(), 50);
    }
};

QTEST_GUILESS_MAIN(TestPlatformClient)
#include "tst_platformclient.moc"
