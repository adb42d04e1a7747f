#include "faults.h"

#include "rng.h"

#include <chrono>
#include <random>

namespace keel::platform {

void FaultInjector::set(const FaultConfig &config)
{
    std::lock_guard lock(m_mutex);
    m_config = config;
}

FaultConfig FaultInjector::config() const
{
    std::lock_guard lock(m_mutex);
    return m_config;
}

Fault FaultInjector::roll(const std::string &path)
{
    std::lock_guard lock(m_mutex);
    const FaultConfig &c = m_config;
    if (c.error5xx + c.hang + c.drop + c.malformed + c.poison <= 0)
        return Fault::None;
    if (path.rfind("/v1/admin/", 0) == 0 || path.rfind(c.pathPrefix, 0) != 0)
        return Fault::None;
    static const std::uint64_t base = std::random_device{}();
    const double u = static_cast<double>(splitmix64(base + ++m_draws) >> 11) * 0x1.0p-53;
    double edge = c.error5xx;
    Fault f = Fault::None;
    if (u < edge) f = Fault::Error5xx;
    else if (u < (edge += c.hang)) f = Fault::Hang;
    else if (u < (edge += c.drop)) f = Fault::Drop;
    else if (u < (edge += c.malformed)) f = Fault::Malformed;
    else if (u < (edge += c.poison)) f = Fault::Poison;
    if (f != Fault::None)
        ++m_injected[static_cast<std::size_t>(f)];
    return f;
}

std::array<std::uint64_t, 6> FaultInjector::injected() const
{
    std::lock_guard lock(m_mutex);
    return m_injected;
}

bool FaultInjector::hang()
{
    std::unique_lock lock(m_mutex);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(m_config.hangMs);
    return !m_wake.wait_until(lock, deadline, [this] { return m_shutdown; });
}

void FaultInjector::shutdown()
{
    {
        std::lock_guard lock(m_mutex);
        m_shutdown = true;
    }
    m_wake.notify_all();
}

} // namespace keel::platform
