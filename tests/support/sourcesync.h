#pragma once
// A sync from another source than the platform, for connector tests: a cache file, a client for
// the source (a test double, or a real server in the live suites) and a SyncEngine given the
// source's pulls, as app/sessionservices.cpp wires them. LiteLlmHarness and LangfuseSpendSync
// only add how their source's client and pulls are made.
#include "api/platformclient.h"
#include "store/database.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QMap>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>
#include <optional>
#include <string>

namespace keel::test {

struct SourceSync {
    QTemporaryDir dir;
    QString dbPath = dir.filePath(QStringLiteral("cache.sqlite"));
    std::unique_ptr<api::PlatformClient> client;
    std::unique_ptr<store::Store> store;
    std::unique_ptr<sync::SyncEngine> engine;
    QMap<QString, QString> messages; // resource → resourceFinished message of the last sync

    // Quick retries: a double's injected fault is retried once, not waited on for seconds.
    SourceSync(api::ConnectionSettings settings, QList<sync::ResourcePull> pulls, int maxRetries = 1)
    {
        settings.maxRetries = maxRetries;
        settings.backoffBaseMs = 10;
        settings.backoffMaxMs = 50;
        client = std::make_unique<api::PlatformClient>(settings);
        store = std::make_unique<store::Store>(dbPath);
        engine = std::make_unique<sync::SyncEngine>(client.get(), store.get());
        engine->setInterval(0);
        engine->setPulls(std::move(pulls));
        QObject::connect(engine.get(), &sync::SyncEngine::resourceFinished, engine.get(),
                         [this](const QString &resource, bool, const QString &message) { messages[resource] = message; });
    }
    bool sync(const QStringList &resources)
    {
        engine->setResources(resources);
        QSignalSpy done(engine.get(), &sync::SyncEngine::finished);
        engine->syncNow();
        if (!done.wait(240000))
            return false;
        store->flush();
        return done.first().at(0).toBool();
    }
    qint64 count(const char *table) const
    {
        auto db = store::openForReading(dbPath);
        return db->scalar(std::string("SELECT count(*) FROM ") + table);
    }
    std::optional<std::string> cursor(const char *resource) const
    {
        auto db = store::openForReading(dbPath);
        return store::loadSyncState(*db, resource).cursor;
    }
};

} // namespace keel::test
