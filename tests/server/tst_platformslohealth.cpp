// The seeded dataset at its default size (30 days, 20,000 requests/day) looks like a healthy
// platform with one incident: every SLO the /search incident did not touch is 'ok' with budget
// left, the incident's SLOs have visibly consumed budget, and the review backlog is fresh.
#include "apiclient.h"

#include <domain/codec.h>

#include <QTest>

#include <algorithm>
#include <chrono>
#include <set>
#include <testclock.h>

using namespace Qt::StringLiterals;
using keel::test::ApiClient;
using keel::test::qs;

namespace {

// SLOs the seeded /search incident (errors and slow retrieval) feeds.
const std::set<std::string> kIncidentSlos{"search-availability", "search-latency-p95", "search-latency-p99",
                                          "rag-retrieval-latency"};

std::int64_t nowMs()
{
    return keel::test::nowMs(); // the pinned clock the platform runs on too
}

} // namespace

class TstPlatformSloHealth : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void untouchedSlosAreHealthy();
    void incidentConsumesSearchBudget();
    void reviewBacklogIsFresh();

private:
    std::unique_ptr<keel::test::PlatformProcess> m_platform;
    std::unique_ptr<ApiClient> m_api;
    std::vector<keel::domain::Slo> m_slos;
};

void TstPlatformSloHealth::initTestCase()
{
    keel::test::PlatformOptions options;
    options.days = 30;
    options.requestsPerDay = 20000; // the server's default size
    m_platform = std::make_unique<keel::test::PlatformProcess>(options);
    QVERIFY2(m_platform->start(), qPrintable(m_platform->errorString()));
    m_api = std::make_unique<ApiClient>(*m_platform);
    const auto page = keel::domain::decodeSloPage(m_api->get("/v1/slos?limit=500", u"council"_s).body);
    QVERIFY(page.ok());
    m_slos = page.value().items;
    QVERIFY(m_slos.size() > kIncidentSlos.size());
}

void TstPlatformSloHealth::cleanupTestCase()
{
    m_api.reset();
    m_platform.reset();
}

void TstPlatformSloHealth::untouchedSlosAreHealthy()
{
    int checked = 0;
    for (const auto &slo : m_slos) {
        if (kIncidentSlos.count(slo.id))
            continue;
        const auto st = keel::domain::decodeSloStatus(m_api->get("/v1/slos/" + slo.id + "/status", u"council"_s).body);
        QVERIFY2(st.ok(), slo.id.c_str());
        const std::string what = slo.id + ": alert " + st.value().alert + ", budget left "
            + std::to_string(st.value().errorBudgetRemaining) + ", attainment " + std::to_string(st.value().attainment);
        QVERIFY2(st.value().totalEvents > 0, what.c_str());
        QVERIFY2(st.value().alert == "ok", what.c_str());
        QVERIFY2(st.value().errorBudgetRemaining > 0.0, what.c_str());
        QVERIFY2(st.value().attainment >= slo.objective, what.c_str());
        ++checked;
    }
    QVERIFY(checked >= 15);
}

void TstPlatformSloHealth::incidentConsumesSearchBudget()
{
    const auto st = keel::domain::decodeSloStatus(m_api->get("/v1/slos/search-availability/status", u"council"_s).body);
    QVERIFY(st.ok());
    const auto &s = st.value();
    const double used = 1.0 - s.errorBudgetRemaining;
    QVERIFY2(used > 0.25 && used < 0.9, qPrintable(QString::number(used)));
    // A large part of it went in the three incident hours: the hourly burn-down drops by more
    // than a tenth of the budget within three consecutive hours (about a fifth to a third,
    // depending on whether the incident fell on a weekend); a healthy stretch drops ~0.1%.
    double steepest = 0;
    for (std::size_t i = 3; i < s.budgetBurndown.size(); ++i)
        steepest = std::max(steepest, s.budgetBurndown[i - 3].remaining - s.budgetBurndown[i].remaining);
    QVERIFY2(steepest > 0.1, qPrintable(QString::number(steepest)));
    // Every untouched availability SLO burned far less.
    for (const char *other : {"chat-availability", "summarize-availability", "embed-availability"}) {
        const auto o = keel::domain::decodeSloStatus(m_api->get(std::string("/v1/slos/") + other + "/status", u"council"_s).body);
        QVERIFY(o.ok());
        QVERIFY2(o.value().errorBudgetRemaining > s.errorBudgetRemaining + 0.1, other);
    }
}

void TstPlatformSloHealth::reviewBacklogIsFresh()
{
    const auto queues = keel::domain::decodeQueuePage(m_api->get("/v1/review/queues", u"reviewer-1"_s).body);
    QVERIFY(queues.ok());
    QCOMPARE(queues.value().items.size(), std::size_t(4));
    std::int64_t pending = 0, decided = 0;
    for (const auto &q : queues.value().items) {
        pending += q.pending;
        decided += q.decided + q.escalated;
        QVERIFY2(q.decided > 0, q.id.c_str());
    }
    // A working backlog at any hour the data ends (at 20,000 requests a day: 150–300 items,
    // fewest late on a Sunday night).
    QVERIFY2(pending >= 100, qPrintable(QString::number(pending)));
    QVERIFY(decided > pending);

    // Page through the pending items: mostly within their SLA, none more than a few days old.
    const std::int64_t now = nowMs();
    std::int64_t seen = 0, withinSla = 0, oldest = now;
    std::string cursor;
    do {
        const auto page = keel::domain::decodeItemPage(
            m_api->get("/v1/review/items?status=pending&limit=200" + (cursor.empty() ? std::string() : "&cursor=" + cursor),
                       u"reviewer-1"_s).body);
        QVERIFY(page.ok());
        for (const auto &it : page.value().items) {
            ++seen;
            withinSla += it.slaDue >= now ? 1 : 0;
            oldest = std::min(oldest, it.createdAt);
        }
        cursor = page.value().nextCursor.value_or("");
    } while (!cursor.empty());
    QCOMPARE(seen, pending);
    QVERIFY2(withinSla >= seen * 7 / 10, qPrintable(QString::number(withinSla) + u" of "_s + QString::number(seen)));
    QVERIFY2(withinSla < seen, "a few items are overdue");
    QVERIFY(now - oldest < 5 * 24 * 3'600'000LL);

    // The decided history is in the feedback stream, from several seeded reviewers.
    const auto feedback = m_api->get("/v1/review/feedback?limit=500", u"council"_s);
    QCOMPARE(feedback.status, 200);
    std::set<std::string> reviewers;
    std::size_t lines = 0;
    for (std::size_t at = 0; at < feedback.body.size();) {
        const std::size_t nl = feedback.body.find('\n', at);
        const auto rec = keel::domain::decodeFeedbackLine(feedback.body.substr(at, nl - at));
        QVERIFY(rec.ok());
        reviewers.insert(rec.value().reviewer);
        QVERIFY(rec.value().decidedAt >= rec.value().claimedAt);
        ++lines;
        at = nl == std::string::npos ? feedback.body.size() : nl + 1;
    }
    QVERIFY(lines > 100);
    QVERIFY(reviewers.size() >= 3);
}

QTEST_GUILESS_MAIN(TstPlatformSloHealth)
#include "tst_platformslohealth.moc"
