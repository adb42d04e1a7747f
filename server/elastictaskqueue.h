#pragma once
// cpp-httplib hands each accepted connection to a TaskQueue, and a connection holds its worker
// for as long as the client keeps it (slow headers, idle keep-alive). With httplib's fixed
// ThreadPool, 16 slow clients (slowloris) stopped all service. This queue keeps `minThreads`
// workers ready and starts more while every worker is busy, up to `maxThreads`; extra workers
// leave again after an idle spell. Connections beyond maxThreads wait in the queue.
#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <list>
#include <mutex>
#include <thread>

namespace keel::platform {

class ElasticTaskQueue final : public httplib::TaskQueue {
public:
    ElasticTaskQueue(std::size_t minThreads, std::size_t maxThreads,
                     std::chrono::milliseconds idleExit = std::chrono::seconds(30));
    ~ElasticTaskQueue() override;

    void enqueue(std::function<void()> fn) override;
    void shutdown() override;

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
