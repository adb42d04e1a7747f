#include "litellmsource.h"

#include "dailyactivity.h"
#include "spendlogs.h"
#include "teambudgets.h"

namespace keel::sources::litellm {

QList<sync::ResourcePull> pulls(const LiteLlmOptions &options)
{
    // The names are the Platform API's: the same cache tables, sync_state rows and request
    // window (SyncEngine trims "requests" to it) serve both sources.
    return {dailyActivityPull(options), teamBudgetPull(options), spendLogPull(options)};
}

} // namespace keel::sources::litellm
