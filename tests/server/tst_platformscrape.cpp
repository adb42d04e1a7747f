// A real Prometheus scrapes keel-platform's /metrics: the exposition parses, the target is up,
// and the seeded inference traffic is queryable by route, model and status.
#include "apiclient.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using keel::test::ApiClient;

namespace {

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    ::inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

// The value of a one-sample instant query, or -1.
double instant(httplib::Client &prom, const std::string &query)
{
    const auto res = prom.Get("/api/v1/query", httplib::Params{{"query", query}}, httplib::Headers{});
    if (!res || res->status != 200)
        return -1;
    const auto j = nlohmann::json::parse(res->body, nullptr, false);
    if (j.is_discarded() || j.value("status", "") != "success")
        return -1;
    const auto &result = j["data"]["result"];
    if (!result.is_array() || result.size() != 1)
        return -1;
    return std::stod(result[0]["value"][1].get<std::string>());
}

} // namespace

class TstPlatformScrape : public QObject {
    Q_OBJECT
private slots:
    void prometheusScrapesPlatform();
};

void TstPlatformScrape::prometheusScrapesPlatform()
{
    const QString prometheus = QStandardPaths::findExecutable(u"prometheus"_s);
    if (prometheus.isEmpty())
        QSKIP("prometheus not found (Debian package `prometheus`, installed by scripts/install-deps.sh)");
    keel::test::PlatformOptions options;
    options.days = 2;
    options.requestsPerDay = 1000;
    keel::test::PlatformProcess platform(options);
    QVERIFY2(platform.start(), qPrintable(platform.errorString()));
    ApiClient api(platform);

    // What the platform says it served, summed from its own exposition.
    const std::string metrics = api.get("/metrics", {}).body;
    double expected = 0;
    for (std::size_t pos = 0; (pos = metrics.find("\nkeel_inference_requests_total{", pos)) != std::string::npos;) {
        const auto space = metrics.find("} ", pos);
        expected += std::stod(metrics.substr(space + 2, metrics.find('\n', space) - space - 2));
        pos = space;
    }
    QVERIFY(expected > 1000);

    QTemporaryDir dir;
    QFile config(dir.filePath(u"prometheus.yml"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\nscrape_configs:\n"
                 "  - job_name: keel-platform\n    static_configs:\n      - targets: ['"
                 + platform.baseUrl().authority().toUtf8() + "']\n");
    config.close();
    const int port = freePort();
    QVERIFY(port > 0);
    QProcess prom;
    prom.setProcessChannelMode(QProcess::MergedChannels);
    prom.start(prometheus, {u"--config.file="_s + config.fileName(), u"--storage.tsdb.path="_s + dir.filePath(u"data"_s),
                            u"--web.listen-address=127.0.0.1:"_s + QString::number(port), u"--log.level=warn"_s});
    QVERIFY(prom.waitForStarted());
    httplib::Client client("127.0.0.1", port);
    client.set_connection_timeout(std::chrono::seconds(1));
    client.set_read_timeout(std::chrono::seconds(5));

    QTRY_COMPARE_WITH_TIMEOUT(instant(client, "up{job=\"keel-platform\"}"), 1.0, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(instant(client, "sum(keel_inference_requests_total)"), expected, 30000);
    QVERIFY(instant(client, "sum(keel_inference_requests_total{route=\"/search\",status=\"error\"})") > 0);
    QVERIFY(instant(client, "sum(keel_inference_latency_seconds_bucket{le=\"30\"})") > 0);
    QVERIFY(instant(client, "sum(keel_http_requests_total{route=\"/metrics\"})") >= 1);
    prom.terminate();
    QVERIFY(prom.waitForFinished(20000));
}

QTEST_GUILESS_MAIN(TstPlatformScrape)
#include "tst_platformscrape.moc"
