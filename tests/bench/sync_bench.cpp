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

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

#include <sys/resource.h>

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
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"records"_s, u"Request records on the platform (default 1000000)."_s, u"N"_s, u"1000000"_s});
    parser.addOption({u"page"_s, u"Records per page (1..5000, default 5000)."_s, u"N"_s, u"5000"_s});
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
    const qint64 synced = store::openForReading(dir.filePath(u"cache.sqlite"_s))->scalar("SELECT count(*) FROM requests");
    std::printf("{\"records\": %lld, \"seconds\": %.3f, \"records_per_s\": %.0f, \"peak_rss_mb\": %.1f, "
                "\"max_event_loop_stall_ms\": %.1f}\n",
                static_cast<long long>(synced), seconds, synced / seconds, peakRssMb(), maxStallMs);
    return 0;
}
