// keel-platform under many connections (issue: hostile input and faults). Before the elastic
// worker queue and the raised listen backlog, 16 slow clients stopped all service and a burst of
// 200 keep-alive connects took ~26 s to be answered (16 workers, each held 2 s per idle client).
#include <platformprocess.h>

#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <vector>

using namespace std::chrono;

namespace {

int connectTo(const QUrl &base, bool nonBlocking)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | (nonBlocking ? SOCK_NONBLOCK : 0), 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(base.port()));
    ::inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    const int rc = ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    if (rc != 0 && !(nonBlocking && errno == EINPROGRESS)) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Socket count, bounded by the deadline: how many of `fds` received the start of an HTTP answer.
int answered(std::vector<int> &fds, const std::string &request, steady_clock::time_point deadline)
{
    std::vector<pollfd> polls;
    for (int fd : fds)
        polls.push_back({fd, POLLOUT, 0});
    std::vector<bool> sent(fds.size()), done(fds.size());
    int count = 0;
    while (count < int(fds.size()) && steady_clock::now() < deadline) {
        const auto left = duration_cast<milliseconds>(deadline - steady_clock::now()).count();
        if (::poll(polls.data(), polls.size(), int(std::max<long long>(1, left))) <= 0)
            continue;
        for (std::size_t i = 0; i < polls.size(); ++i) {
            if (done[i] || !polls[i].revents)
                continue;
            if (!sent[i] && (polls[i].revents & POLLOUT)) {
                sent[i] = ::send(fds[i], request.data(), request.size(), MSG_NOSIGNAL) == ssize_t(request.size());
                polls[i].events = POLLIN;
            } else if (polls[i].revents & POLLIN) {
                char buf[16];
                const ssize_t n = ::recv(fds[i], buf, sizeof buf, 0);
                done[i] = true;
                polls[i].fd = -1;
                count += n >= 12 && std::string(buf, 9) == "HTTP/1.1 " ? 1 : 0;
            } else if (polls[i].revents & (POLLERR | POLLHUP)) {
                done[i] = true;
                polls[i].fd = -1;
            }
        }
    }
    return count;
}

void closeAll(std::vector<int> &fds)
{
    for (int fd : fds)
        if (fd >= 0)
            ::close(fd);
    fds.clear();
}

} // namespace

class TstPlatformConnections : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        keel::test::PlatformOptions options;
        options.days = 1;
        options.requestsPerDay = 200;
        m_platform = std::make_unique<keel::test::PlatformProcess>(options); // --threads 16, the default
        QVERIFY2(m_platform->start(), qPrintable(m_platform->errorString()));
    }

    void freshRequestAnsweredBesideSlowClients()
    {
        // 32 clients that send half a request line and then nothing, as slowloris does: each
        // holds its connection's worker for the 10 s read timeout and then some.
        std::vector<int> slow;
        for (int i = 0; i < 32; ++i) {
            const int fd = connectTo(m_platform->baseUrl(), false);
            QVERIFY(fd >= 0);
            ::send(fd, "GET /metrics HTTP/1.1\r\nHost: x\r\nX-Slow", 38, MSG_NOSIGNAL);
            slow.push_back(fd);
        }
        QTest::qWait(200); // the server has accepted them and given each a worker
        std::vector<int> fresh{connectTo(m_platform->baseUrl(), true)};
        const int ok = answered(fresh, "GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                                steady_clock::now() + seconds(2));
        closeAll(fresh);
        closeAll(slow);
        QCOMPARE(ok, 1);
    }

    void burstOfConnectsAllServed()
    {
        // 200 clients connect at once and keep their connection open after the answer
        // (keep-alive, as browsers and libcurl do). All must be answered, none left in a
        // dropped handshake or behind another client's idle connection.
        std::vector<int> fds;
        for (int i = 0; i < 200; ++i) {
            const int fd = connectTo(m_platform->baseUrl(), true);
            QVERIFY(fd >= 0);
            fds.push_back(fd);
        }
        const int ok = answered(fds, "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n", steady_clock::now() + seconds(5));
        closeAll(fds);
        QCOMPARE(ok, 200);
    }

private:
    std::unique_ptr<keel::test::PlatformProcess> m_platform;
};

QTEST_GUILESS_MAIN(TstPlatformConnections)
#include "tst_platformconnections.moc"
