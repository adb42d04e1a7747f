#pragma once
// LiteLLM's spend logs (GET /spend/logs/v2, one LiteLLM_SpendLogs row per LLM call) as Keel's raw
// request records, for the cache's request window.
#include "litellmsource.h"

#include <domain/telemetry.h>

#include <nlohmann/json.hpp>

#include <string>

namespace keel::sources::litellm {

// One spend-log row as a request record; false with `error` naming the field for a row that
// cannot be placed (no request_id, no readable startTime, a cost that is not money).
bool toRequestRecord(const nlohmann::json &row, domain::RequestRecord &out, std::string &error);

sync::ResourcePull spendLogPull(const LiteLlmOptions &options);

} // namespace keel::sources::litellm
