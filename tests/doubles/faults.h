#pragma once
// Faults a test arms through POST /__double/faults, so a connector's retries and its two-call
// decision (Langfuse: POST /scores, then PATCH the queue item COMPLETED) can be tested for
// resumability. Each fault applies to the next `times` requests matching method and path:
//   status       answer `status` without running the handler (nothing changes)
//   status-after run the handler (its change is kept), then answer `status` instead
//   drop         close the connection after the headers, before the handler runs
//   drop-after   run the handler (its change is kept), then close the connection mid-response
//   body         answer `status` (default 200) with `body` (a JSON value, or a string sent as it
//                is) without running the handler: a malformed or hostile page
// A path ending in '*' matches every path with that prefix. `after` lets that many matching
// requests through first, so a test can fault the third page of a run without racing it.
#include <nlohmann/json.hpp>

#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace keel::doubles {

struct Fault {
    enum class Mode { Status, StatusAfter, Drop, DropAfter, Body };
    std::string method; // "" = any
    std::string path;
    Mode mode = Mode::Status;
    int status = 500;
    int times = 1;
    int after = 0;    // matching requests let through before the fault applies
    std::string body; // Mode::Body
    bool before() const { return mode == Mode::Status || mode == Mode::Drop || mode == Mode::Body; }
};

class Faults {
public:
    // Parses {"method", "path", "mode", "status", "times", "after", "body"}; returns an error text or "".
    std::string arm(const nlohmann::json &spec);
    // Takes one use of the first armed fault matching the request, if any.
    std::optional<Fault> take(const std::string &method, const std::string &path);
    void clear();
    nlohmann::json describe() const;

private:
    mutable std::mutex m_mutex;
    std::vector<Fault> m_faults;
};

} // namespace keel::doubles
