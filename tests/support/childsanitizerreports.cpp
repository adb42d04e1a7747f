// Linked into every test in a sanitizer build (KEEL_SANITIZE, tests/CMakeLists.txt) and only there.
//
// A test's own ASan/LSan/UBSan report ends it with a non-zero exit. The processes it starts are
// another matter: keel-platform (tests/support, or behind `keel --demo`, which discards its
// stderr), keel, sync_into_db, the packaged binaries. Their exit codes are often not checked (a
// server stopped with SIGTERM) and their stderr often not shown. So, before main(), this points
// the children's ASan and LSan logs (log_path, inherited through ASAN_OPTIONS) at a scratch
// folder of this test; the test process itself parsed its options already and keeps reporting
// on stderr. At exit every report found there is copied to the test's stderr, where ctest's
// FAIL_REGULAR_EXPRESSION fails the test that started the process.
// UBSan (GCC 12, beside ASan) ignores log_path and always writes to stderr: a child's UBSan report
// ends it (halt_on_error) and is shown by PlatformProcess for keel-platform.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>

namespace {

class ChildSanitizerReports {
public:
    ChildSanitizerReports()
    {
        // A test started as a child of a test (tst_review_crash) already logs to its parent's
        // folder, and so do its own children: nothing to set up, nothing left behind when killed.
        if (const char *options = std::getenv("ASAN_OPTIONS"); options && std::strstr(options, "log_path="))
            return;
        std::error_code ec;
        std::string pattern = (std::filesystem::temp_directory_path(ec) / "keel-sanitizer-XXXXXX").string();
        if (ec || pattern.find(':') != std::string::npos || !::mkdtemp(pattern.data()))
            return; // children then report on their own stderr, as by default
        m_dir = pattern;
        appendOption("ASAN_OPTIONS", "log_path=" + m_dir + "/asan");
    }

    ~ChildSanitizerReports()
    {
        if (m_dir.empty())
            return;
        std::error_code ec;
        for (const auto &entry : std::filesystem::directory_iterator(m_dir, ec)) {
            std::ifstream in(entry.path(), std::ios::binary);
            const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
            std::fprintf(stderr, "==== sanitizer log of a process this test started (%s) ====\n%s\n",
                         entry.path().filename().c_str(), text.c_str());
        }
        std::fflush(stderr);
        std::filesystem::remove_all(m_dir, ec);
    }

private:
    static void appendOption(const char *variable, const std::string &option)
    {
        const char *old = std::getenv(variable);
        const std::string value = old && *old ? std::string(old) + ':' + option : option;
        ::setenv(variable, value.c_str(), 1);
    }

    std::string m_dir;
};

const ChildSanitizerReports childSanitizerReports;

} // namespace
