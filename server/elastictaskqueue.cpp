#include "elastictaskqueue.h"

namespace keel::platform {

ElasticTaskQueue::ElasticTaskQueue(std::size_t minThreads, std::size_t maxThreads, std::chrono::milliseconds idleExit)
    : m_min(minThreads), m_max(std::max(minThreads, maxThreads)), m_idleExit(idleExit)
{
    std::lock_guard lock(m_mutex);
    while (m_threads.size() < m_min)
        spawnLocked();
}

ElasticTaskQueue::~ElasticTaskQueue() { shutdown(); }

void ElasticTaskQueue::spawnLocked()
{
    for (auto &t : m_finished)
        t.join(); // each has returned from work(): join does not wait
    m_finished.clear();
    m_threads.emplace_front();
    const auto self = m_threads.begin();
    *self = std::thread([this, self] { work(self); });
}

bool ElasticTaskQueue::enqueue(std::function<void()> fn)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_shutdown)
            return false;
        m_jobs.push_back(std::move(fn));
        // Compare with queued jobs, not "any idle worker": two connections accepted back to back
        // must not both count on the one worker that has not woken up yet.
        if (m_jobs.size() > m_idle && m_threads.size() < m_max)
            spawnLocked();
    }
    m_wake.notify_one();
    return true;
}

void ElasticTaskQueue::work(std::list<std::thread>::iterator self)
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        ++m_idle;
        const bool woken = m_wake.wait_for(lock, m_idleExit, [this] { return m_shutdown || !m_jobs.empty(); });
        --m_idle;
        if (m_jobs.empty()) {
            if (m_shutdown || (!woken && m_threads.size() > m_min)) {
                if (!m_shutdown) // at shutdown the owner joins m_threads itself
                    m_finished.splice(m_finished.end(), m_threads, self);
                return;
            }
            continue;
        }
        auto job = std::move(m_jobs.front());
        m_jobs.pop_front();
        lock.unlock();
        job();
        lock.lock();
    }
}

void ElasticTaskQueue::shutdown()
{
    std::list<std::thread> threads;
    {
        std::lock_guard lock(m_mutex);
        if (m_shutdown && m_threads.empty() && m_finished.empty())
            return;
        m_shutdown = true;
    }
    m_wake.notify_all();
    // Workers finish the jobs they hold and drain the queue before they see m_shutdown.
    for (;;) {
        std::unique_lock lock(m_mutex);
        threads.splice(threads.end(), m_threads);
        threads.splice(threads.end(), m_finished);
        if (threads.empty())
            break;
        lock.unlock();
        for (auto &t : threads)
            t.join();
        threads.clear();
    }
}

} // namespace keel::platform
