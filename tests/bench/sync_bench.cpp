// sync_bench --records N: starts keel-platform on loopback with N request records (30 days),
// syncs them into a fresh cache exactly as the console does (PlatformClient + Store +
// SyncEngine, main thread playing the GUI thread), and prints one JSON line:
// records, seconds, records_per_s, peak_rss_mb, max_event_loop_stall_ms.
// A benchmark that prints; not part of ctest.
#include "api/platformclient.h"
#include "store/database.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <platformprocess.h>

#include <httplib.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <fstream>
#include <map>
#include <thread>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace keel;

namespace {
double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}
// CPU seconds per thread name of this process (/proc/self/task/*/stat): where the console's time
// goes (decoder, store writer, curl, the GUI thread), printed to stderr.
void printThreadCpu()
{
    const long ticks = ::sysconf(_SC_CLK_TCK);
    std::map<QByteArray, double> byName;
    for (const QString &tid : QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(u"/proc/self/task/"_s + tid + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() < 13)
            continue; // fields[11] = utime, fields[12] = stime (stat fields 14 and 15)
        byName[line.mid(open + 1, close - open - 1)] += (fields[11].toDouble() + fields[12].toDouble()) / double(ticks);
    }
    for (const auto &[name, seconds] : byName)
        std::fprintf(stderr, "  thread %-16s %.2f s CPU\n", name.constData(), seconds);
}

// --replay: the same pages, pre-fetched from keel-platform into files (untimed) and served back
// by a loopback HTTP server that does no work, so the figure is the console's own throughput
// (HTTP + decode + SQLite), not the reference server's page generation.
class ReplayServer {
public:
    explicit ReplayServer(QString dir) : m_dir(std::move(dir))
    {
        m_http.Get("/v1/telemetry/requests", [this](const httplib::Request &req, httplib::Response &res) {
            const std::string cursor = req.has_param("cursor") ? req.get_param_value("cursor") : "p0";
            // One read straight into the body: the replay server should cost next to nothing.
            std::ifstream in(QString(m_dir + u"/"_s).toStdString() + cursor, std::ios::binary | std::ios::ate);
            if (!in) {
                res.status = 400;
                return;
            }
            std::string body(static_cast<std::size_t>(in.tellg()), '\0');
            in.seekg(0);
            if (!in.read(body.data(), static_cast<std::streamsize>(body.size()))) {
                res.status = 500;
                return;
            }
            res.body = std::move(body);
            res.set_header("Content-Type", "application/json");
        });
        m_port = m_http.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_http.listen_after_bind(); });
        while (!m_http.is_running())
            std::this_thread::yield();
    }
    ~ReplayServer()
    {
        m_http.stop();
        m_thread.join();
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)); }

private:
    QString m_dir;
    httplib::Server m_http;
    std::thread m_thread;
    int m_port = 0;
};

// Downloads every page with plain libcurl-backed requests and rewrites next_cursor to "p<N>".
bool prefetchPages(api::PlatformClient &client, int pageLimit, const QString &dir)
{
    std::optional<std::string> cursor;
    int page = 0;
    do {
        api::ApiRequest r;
        r.path = u"/v1/telemetry/requests"_s;
        r.query = {{u"limit"_s, QString::number(pageLimit)}};
        if (cursor)
            r.query.append({u"cursor"_s, QString::fromStdString(*cursor)});
        auto *reply = client.send(r);
        QEventLoop loop;
        api::ApiResponse res;
        QObject::connect(reply, &api::ApiReply::finished, &loop, [&](const api::ApiResponse &x) {
            res = x;
            loop.quit();
        });
        loop.exec();
        if (!res.ok())
            return false;
        const qsizetype key = res.body.lastIndexOf("\"next_cursor\"");
        const auto peek = sync::peekNextCursor(res.body);
        if (key < 0 || !peek.known)
            return false;
        QByteArray body = res.body.left(key);
        body += peek.cursor ? QByteArray("\"next_cursor\":\"p") + QByteArray::number(page + 1) + "\"}"
                            : QByteArray("\"next_cursor\":null}");
        QFile out(dir + u"/p"_s + QString::number(page));
        if (!out.open(QIODevice::WriteOnly) || out.write(body) != body.size())
            return false;
        cursor = peek.cursor;
        ++page;
    } while (cursor);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"records"_s, u"Request records on the platform (default 1000000)."_s, u"N"_s, u"1000000"_s});
    parser.addOption({u"page"_s, u"Records per page (1..5000, default 5000)."_s, u"N"_s, u"5000"_s});
    parser.addOption({u"replay"_s, u"Pre-fetch the pages (untimed) and sync them from a do-nothing loopback server: "
                                   u"the console's own throughput without keel-platform's page generation."_s});
    parser.process(app);
    const int records = parser.value(u"records"_s).toInt();
    const int days = 30;

    test::PlatformOptions options;
    options.days = days;
    options.requestsPerDay = std::max(1, records / days);
    test::PlatformProcess platform(options);
    std::fprintf(stderr, "starting keel-platform with %d requests/day for %d days...\n", options.requestsPerDay, days);
    if (!platform.start(600000)) {
        std::fprintf(stderr, "keel-platform did not start: %s\n", qPrintable(platform.errorString()));
        return 1;
    }

    QTemporaryDir dir;
    api::ConnectionSettings settings;
    settings.baseUrl = platform.baseUrl();
    settings.token = platform.token(u"admin"_s);
    api::PlatformClient client(settings);
    const bool replay = parser.isSet(u"replay"_s);
    QTemporaryDir pagesDir;
    std::unique_ptr<ReplayServer> replayServer;
    if (replay) {
        std::fprintf(stderr, "pre-fetching pages (untimed)...\n");
        if (!prefetchPages(client, parser.value(u"page"_s).toInt(), pagesDir.path())) {
            std::fprintf(stderr, "pre-fetch failed\n");
            return 1;
        }
        platform.stop();
        replayServer = std::make_unique<ReplayServer>(pagesDir.path());
        settings.baseUrl = replayServer->url();
        client.setSettings(settings);
    }
    store::Store store(dir.filePath(u"cache.sqlite"_s));
    sync::SyncEngine engine(&client, &store);
    engine.setInterval(0);
    engine.setRequestPageLimit(parser.value(u"page"_s).toInt());
    engine.setResources({u"requests"_s});

    // The GUI thread's responsiveness: how late a 10 ms timer fires while the sync runs.
    QElapsedTimer tick;
    double maxStallMs = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(10);
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        const double since = tick.nsecsElapsed() / 1e6;
        maxStallMs = std::max(maxStallMs, since - 10.0);
        tick.restart();
    });

    QElapsedTimer clock;
    bool ok = false;
    QString summary;
    QObject::connect(&store, &store::Store::opened, &app, [&](bool opened, const QString &error) {
        if (!opened) {
            summary = error;
            app.exit(1);
            return;
        }
        tick.start();
        heartbeat.start();
        clock.start();
        engine.syncNow();
    });
    QObject::connect(&engine, &sync::SyncEngine::finished, &app, [&](bool done, const QString &text) {
        ok = done;
        summary = text;
        app.quit();
    });
    app.exec();
    store.flush();
    const double seconds = clock.nsecsElapsed() / 1e9;
    heartbeat.stop();
    if (!ok) {
        std::fprintf(stderr, "sync failed: %s\n", qPrintable(summary));
        return 1;
    }
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage); // this process only: the console side, not keel-platform
    const double cpu = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    std::fprintf(stderr, "console-side CPU: %.2f s\n", cpu);
    printThreadCpu();
    const qint64 synced = store::openForReading(dir.filePath(u"cache.sqlite"_s))->scalar("SELECT count(*) FROM requests");
    std::printf("{\"mode\": \"%s\", \"records\": %lld, \"seconds\": %.3f, \"records_per_s\": %.0f, \"peak_rss_mb\": %.1f, "
                "\"max_event_loop_stall_ms\": %.1f}\n",
                replay ? "replay" : "keel-platform", static_cast<long long>(synced), seconds, synced / seconds, peakRssMb(), maxStallMs);
    return 0;
}
