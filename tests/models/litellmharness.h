#pragma once
// A LiteLLM-sourced sync for tests: a cache file, a client for the test double, and a SyncEngine
// given sources::litellm::pulls, as the app would wire them.
#include "sourcesync.h"

#include "sources/litellm/litellmsource.h"

#include <QUrlQuery>

#include <memory>
#include <optional>
#include <string>

namespace keel::test {

namespace litellm = keel::sources::litellm;

inline const char *kLiteLlmMasterKey = "sk-keel-double-master";

struct LiteLlmHarness : SourceSync {
    LiteLlmHarness(const QUrl &url, const litellm::LiteLlmOptions &options, const QString &key = QString::fromLatin1(kLiteLlmMasterKey))
        : SourceSync(litellm::connectionSettings(url, key), litellm::pulls(options))
    {
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
