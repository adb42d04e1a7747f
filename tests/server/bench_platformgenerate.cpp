// Benchmark (not run by ctest): how fast keel-platform writes its seeded dataset.
// Usage: bench_platformgenerate [days=30] [requests-per-day=33334]
#include "db.h"
#include "generator.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>
#include <filesystem>
#include <string>

int main(int argc, char **argv)
{
    using namespace keel::platform;
    GeneratorConfig g;
    g.days = argc > 1 ? std::atoi(argv[1]) : 30;
    g.requestsPerDay = argc > 2 ? std::atoll(argv[2]) : 33334;
    g.endMs = 1'795'622'400'000;
    const auto dir = std::filesystem::temp_directory_path() / ("keel-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "platform.db").string();
    const auto t0 = std::chrono::steady_clock::now();
    GenerationSummary s;
    {
        Connection c(path);
        c.exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;");
        s = generateDataset(c, g);
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("generated %lld requests, %lld review items in %.2f s (%.0f requests/s), %.1f MB\n",
                static_cast<long long>(s.requests), static_cast<long long>(s.reviewItems), seconds,
                static_cast<double>(s.requests) / seconds,
                static_cast<double>(std::filesystem::file_size(path)) / 1e6);
    std::filesystem::remove_all(dir);
    return 0;
}
