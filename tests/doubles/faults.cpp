#include "faults.h"

namespace keel::doubles {

namespace {
const char *modeName(Fault::Mode m)
{
    switch (m) {
    case Fault::Mode::Status: return "status";
    case Fault::Mode::StatusAfter: return "status-after";
    case Fault::Mode::Drop: return "drop";
    case Fault::Mode::DropAfter: return "drop-after";
    case Fault::Mode::Body: return "body";
    }
    return "?";
}
} // namespace

std::string Faults::arm(const nlohmann::json &spec)
{
    if (!spec.is_object() || !spec.contains("path") || !spec["path"].is_string())
        return "a fault needs a \"path\"";
    Fault f;
    f.path = spec["path"].get<std::string>();
    f.method = spec.value("method", std::string());
    const std::string mode = spec.value("mode", std::string("status"));
    if (mode == "status")
        f.mode = Fault::Mode::Status;
    else if (mode == "status-after")
        f.mode = Fault::Mode::StatusAfter;
    else if (mode == "drop")
        f.mode = Fault::Mode::Drop;
    else if (mode == "drop-after")
        f.mode = Fault::Mode::DropAfter;
    else if (mode == "body")
        f.mode = Fault::Mode::Body;
    else
        return "mode must be status, status-after, drop, drop-after or body";
    if (f.mode == Fault::Mode::Body) {
        if (!spec.contains("body"))
            return "mode body needs a \"body\"";
        f.body = spec["body"].is_string() ? spec["body"].get<std::string>() : spec["body"].dump();
    }
    if (spec.contains("status") && (!spec["status"].is_number_integer() || spec["status"].get<int>() < 100
                                    || spec["status"].get<int>() > 599))
        return "status must be an HTTP status code";
    f.status = spec.value("status", f.mode == Fault::Mode::Body ? 200 : 500);
    if (spec.contains("times") && (!spec["times"].is_number_integer() || spec["times"].get<int>() < 1))
        return "times must be a positive integer";
    f.times = spec.value("times", 1);
    if (spec.contains("after") && (!spec["after"].is_number_integer() || spec["after"].get<int>() < 0))
        return "after must be a non-negative integer";
    f.after = spec.value("after", 0);
    std::lock_guard lock(m_mutex);
    m_faults.push_back(f);
    return {};
}

std::optional<Fault> Faults::take(const std::string &method, const std::string &path)
{
    std::lock_guard lock(m_mutex);
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!it->method.empty() && it->method != method)
            continue;
        const bool prefix = !it->path.empty() && it->path.back() == '*';
        const bool match = prefix ? path.compare(0, it->path.size() - 1, it->path, 0, it->path.size() - 1) == 0
                                  : path == it->path;
        if (!match)
            continue;
        if (it->after > 0) {
            --it->after;
            continue;
        }
        Fault taken = *it;
        if (--it->times == 0)
            m_faults.erase(it);
        return taken;
    }
    return std::nullopt;
}

void Faults::clear()
{
    std::lock_guard lock(m_mutex);
    m_faults.clear();
}

nlohmann::json Faults::describe() const
{
    std::lock_guard lock(m_mutex);
    nlohmann::json out = nlohmann::json::array();
    for (const Fault &f : m_faults)
        out.push_back({{"method", f.method}, {"path", f.path}, {"mode", modeName(f.mode)}, {"status", f.status},
                       {"times", f.times}, {"after", f.after}});
    return out;
}

} // namespace keel::doubles
