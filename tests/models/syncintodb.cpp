// Test helper (not a test): syncs request telemetry from a platform into a given cache file the
// way the console does, printing one line per committed page, so tst_synckill can SIGKILL it
// mid-sync and start it again.
//   sync_into_db URL TOKEN DB_PATH PAGE_LIMIT
#include "api/platformclient.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace keel;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: sync_into_db URL TOKEN DB_PATH PAGE_LIMIT\n");
        return 2;
    }
    api::ConnectionSettings settings;
    settings.baseUrl = QUrl(args.at(1));
    settings.token = args.at(2);
    api::PlatformClient client(settings);
    store::Store store(args.at(3));
    sync::SyncEngine engine(&client, &store);
    engine.setInterval(0);
    engine.setRequestPageLimit(args.at(4).toInt());
    engine.setResources({u"requests"_s});
    QObject::connect(&engine, &sync::SyncEngine::progress, &app, [](const QString &, qint64 records) {
        std::printf("committed %lld\n", static_cast<long long>(records));
        std::fflush(stdout);
    });
    int rc = 1;
    QObject::connect(&engine, &sync::SyncEngine::finished, &app, [&](bool ok, const QString &summary) {
        std::printf("finished %d %s\n", ok ? 1 : 0, qPrintable(summary));
        std::fflush(stdout);
        rc = ok ? 0 : 1;
        app.quit();
    });
    engine.syncNow();
    app.exec();
    return rc;
}
