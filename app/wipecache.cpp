#include "wipecache.h"

#include "sessionservices.h"

#include <review/reviewdb.h>
#include <store/database.h>

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace keel::app {
namespace {

// Decisions saved but not delivered, in the cache's outbox and in the review databases beside
// it (one per review source: the platform's queues, a Langfuse project).
qint64 undeliveredDecisions(const QString &path)
{
    qint64 pending = review::ReviewDb::undeliveredBeside(path);
    try {
        auto db = store::openForReading(path);
        pending += db->scalar("SELECT count(*) FROM outbox WHERE state IN ('pending','delivering')");
    } catch (const std::exception &) {
        // not readable as a cache: only the review databases' count stands
    }
    return pending;
}

} // namespace

int wipeCaches(const AppOptions &options)
{
    const QString dir = options.cacheDir.isEmpty() ? SessionServices::defaultCacheDir() : options.cacheDir;
    const QStringList files = QDir(dir).entryList({u"cache-*.sqlite"_s}, QDir::Files);
    int failures = 0;
    int wiped = 0;
    for (const QString &name : files) {
        const QString path = dir + u'/' + name;
        const qint64 pending = undeliveredDecisions(path);
        if (pending > 0 && !options.wipeForce) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(QCoreApplication::translate("WipeCache",
                "keel: %1 holds %2 decision(s) not yet delivered; start Keel online to deliver them, "
                "or add --force to delete them too.").arg(path).arg(pending)));
            ++failures;
            continue;
        }
        QString error;
        if (!store::wipeCache(path, &error)) {
            std::fprintf(stderr, "keel: %s\n", qUtf8Printable(error));
            ++failures;
            continue;
        }
        ++wiped;
    }
    std::printf("%s\n", qUtf8Printable(QCoreApplication::translate("WipeCache", "Wiped %n cache file(s) in %1.", nullptr, wiped).arg(dir)));
    return failures == 0 ? 0 : 1;
}

} // namespace keel::app
