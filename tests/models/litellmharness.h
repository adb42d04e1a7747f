#pragma once
// A LiteLLM-sourced sync for tests: a cache file, a client for the test double, and a SyncEngine
// given sources::litellm::pulls, as the app would wire them.
#include "api/platformclient.h"
#include "sources/litellm/litellmsource.h"
#include "store/database.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QMap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <memory>
#include <optional>
#include <string>

namespace keel::test {

namespace litellm = keel::sources::litellm;

inline const char *kLiteLlmMasterKey = "sk-keel-double-master";

struct LiteLlmHarness {
    QTemporaryDir dir;
    QString dbPath = dir.filePath(QStringLiteral("cache.sqlite"));
    std::unique_ptr<api::PlatformClient> client;
    std::unique_ptr<store::Store> store;
    std::unique_ptr<sync::SyncEngine> engine;
    QMap<QString, QString> messages; // resource → resourceFinished message of the last sync

    LiteLlmHarness(const QUrl &url, const litellm::LiteLlmOptions &options, const QString &key = QString::fromLatin1(kLiteLlmMasterKey))
    {
        api::ConnectionSettings settings = litellm::connectionSettings(url, key);
        settings.maxRetries = 1;
        settings.backoffBaseMs = 10;
        settings.backoffMaxMs = 50;
        client = std::make_unique<api::PlatformClient>(settings);
        store = std::make_unique<store::Store>(dbPath);
        engine = std::make_unique<sync::SyncEngine>(client.get(), store.get());
        engine->setInterval(0);
        engine->setPulls(litellm::pulls(options));
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

inline litellm::LiteLlmOptions optionsFor(const QUrl &url, int activityPageSize = 1000, int spendLogPageSize = 1000)
{
    litellm::LiteLlmOptions o;
    o.baseUrl = url;
    o.historyDays = 31; // tst_litellmsource's days: the month end and the 31 before it
    o.activityPageSize = activityPageSize;
    o.spendLogPageSize = spendLogPageSize;
    return o;
}

inline QString decoded(const QUrlQuery &q, const char *key)
{
    return q.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
}

} // namespace keel::test
