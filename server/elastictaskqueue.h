#pragma once
// The worker pool request handlers run on (httpengine.cpp). A handler may block for seconds (a
// slow query, an injected hang), and a fixed pool then queues everyone behind it. This queue keeps
// `minThreads` workers ready and starts more while every worker is busy, up to `maxThreads`; extra
// workers leave again after an idle spell. Jobs beyond maxThreads wait in the queue.

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <list>
#include <mutex>
#include <thread>

namespace keel::platform {

class ElasticTaskQueue final {
public:
    ElasticTaskQueue(std::size_t minThreads, std::size_t maxThreads,
                     std::chrono::milliseconds idleExit = std::chrono::seconds(30));
    ~ElasticTaskQueue();
    ElasticTaskQueue(const ElasticTaskQueue &) = delete;
    ElasticTaskQueue &operator=(const ElasticTaskQueue &) = delete;

    // False once shut down: the job was not queued.
    bool enqueue(std::function<void()> fn);
    // Runs every queued job, then joins the workers.
    void shutdown();

private:
    void spawnLocked();
    void work(std::list<std::thread>::iterator self);

    const std::size_t m_min, m_max;
    const std::chrono::milliseconds m_idleExit;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    std::list<std::thread> m_threads;  // live workers
    std::list<std::thread> m_finished; // workers that left; joined at the next spawn or shutdown
    std::size_t m_idle = 0;
    bool m_shutdown = false;
};

} // namespace keel::platform
