#pragma once
// Text from a request (method, decoded path, ids) on its way into keel-platform's one-line-per-
// request log: control bytes, DEL and backslashes become \xHH, so no request can end a log line
// early, forge another, or move a terminal's cursor.
#include <string>
#include <string_view>

namespace keel::platform {

std::string escapeForLog(std::string_view text);

} // namespace keel::platform
