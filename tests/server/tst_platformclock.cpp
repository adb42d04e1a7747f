// keel-platform's one clock: --now pins where the history ends, and leases, review SLAs and SLO
// windows count from it while time runs on at real speed. The instant here is far from the tests'
// pinned clock on purpose, so a server read of the system time (or of our clock) would show.
#include "apiclient.h"

#include <domain/codec.h>
#include <domain/timeutil.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using keel::test::ApiClient;
using keel::test::ApiReply;

namespace {
constexpr qint64 kHourMs = 3'600'000;
const char *const kPinned = "2031-07-04T15:20:00Z";
} // namespace

class TstPlatformClock : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void historyEndsAtTheHourBeforeNow();
    void leasesCountFromThePinnedClock();
    void reviewSlaFollowsThePinnedClock();
    void badNowIsRefused_data();
    void badNowIsRefused();

private:
    std::unique_ptr<keel::test::PlatformProcess> m_platform;
    std::unique_ptr<ApiClient> m_api;
    qint64 m_now = 0;
};

void TstPlatformClock::initTestCase()
{
    m_now = *keel::domain::parseRfc3339(kPinned);
    keel::test::PlatformOptions options;
    options.days = 3;
    options.extraArgs = {u"--now"_s, QString::fromLatin1(kPinned)}; // after PlatformProcess's own --now: wins
    m_platform = std::make_unique<keel::test::PlatformProcess>(options);
    QVERIFY2(m_platform->start(), qPrintable(m_platform->errorString()));
    m_api = std::make_unique<ApiClient>(*m_platform);
}

void TstPlatformClock::historyEndsAtTheHourBeforeNow()
{
    const std::int64_t hour = m_now / kHourMs * kHourMs; // 15:00: the data's exclusive end
    const auto last = m_api->get("/v1/telemetry/requests?limit=5000&since=" + keel::domain::formatRfc3339(hour - kHourMs),
                                 u"council"_s);
    QCOMPARE(last.status, 200);
    const auto page = keel::domain::decodeRequestPage(last.body);
    QVERIFY2(page.ok(), last.body.substr(0, 300).c_str());
    QVERIFY(!page.value().items.empty()); // the afternoon hour before the pinned now has traffic
    for (const auto &r : page.value().items) {
        QVERIFY(r.ts >= hour - kHourMs);
        QVERIFY2(r.ts < hour, keel::domain::formatRfc3339(r.ts).c_str());
    }
    const auto days = m_api->get("/v1/spend?granularity=day&limit=100", u"finops"_s);
    QCOMPARE(days.status, 200);
    QVERIFY2(days.body.find("\"2031-07-04T00:00:00.000Z\"") != std::string::npos, days.body.substr(0, 300).c_str());
    QVERIFY(days.body.find("\"2031-07-05T") == std::string::npos);
}

void TstPlatformClock::leasesCountFromThePinnedClock()
{
    const auto list = keel::domain::decodeItemPage(m_api->get("/v1/review/items?status=pending&limit=5", u"reviewer-1"_s).body);
    QVERIFY(list.ok());
    QVERIFY(!list.value().items.empty());
    const ApiReply r = m_api->post("/v1/review/items/" + list.value().items.front().id + "/claim", u"reviewer-1"_s, {});
    QCOMPARE(r.status, 200);
    const auto lease = keel::domain::decodeLease(r.body);
    QVERIFY(lease.ok());
    // Default lease 300 s, from the pinned instant plus the seconds the server has been running.
    const qint64 expires = lease.value().expiresAt;
    QVERIFY2(expires >= m_now + 300'000 && expires < m_now + 300'000 + 120'000,
             keel::domain::formatRfc3339(expires).c_str());
}

void TstPlatformClock::reviewSlaFollowsThePinnedClock()
{
    // The queue-age SLI is computed "as of now": with the system clock years away every pending
    // item would be overdue (or not yet created) and the status would say so.
    const auto st = keel::domain::decodeSloStatus(m_api->get("/v1/slos/review-queue-age/status", u"council"_s).body);
    QVERIFY(st.ok());
    QVERIFY(st.value().totalEvents > 0);
    QVERIFY2(st.value().attainment > 0.5, std::to_string(st.value().attainment).c_str());
}

void TstPlatformClock::badNowIsRefused_data()
{
    QTest::addColumn<QString>("value");
    QTest::addRow("not a time") << u"tomorrow"_s;
    QTest::addRow("date only") << u"2031-07-04"_s;
    QTest::addRow("month 13") << u"2031-13-04T15:20:00Z"_s;
}

void TstPlatformClock::badNowIsRefused()
{
    QFETCH(QString, value);
    QTemporaryDir dir;
    QProcess p;
    p.start(QString::fromUtf8(KEEL_PLATFORM_BIN), {u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, dir.path(), u"--now"_s, value});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(u"--now expects an RFC 3339 time"_s));
    QVERIFY(!QFile::exists(dir.filePath(u"platform.db"_s)));
}

QTEST_GUILESS_MAIN(TstPlatformClock)
#include "tst_platformclock.moc"
