// The LiteLLM connector against a REAL proxy — skipped unless one is configured:
//   KEEL_LIVE_LITELLM_URL=https://litellm.example.com KEEL_LIVE_LITELLM_KEY=sk-… ctest -R live
// Read-only (GETs only): the last days of daily activity, the budgets, and a small window of
// spend logs. It checks what the test double cannot vouch for: that a real proxy's answers decode,
// page to the end and land in the cache with the invariants the views rely on.
#include "litellmharness.h"

#include <QtTest>

#include <domain/clock.h>

#include <QDateTime>

using namespace Qt::StringLiterals;
using namespace keel;

class TestLiveLiteLlm : public QObject {
    Q_OBJECT
    QUrl m_url;
    QString m_key;

private Q_SLOTS:
    void initTestCase()
    {
        m_url = QUrl(qEnvironmentVariable("KEEL_LIVE_LITELLM_URL"));
        m_key = qEnvironmentVariable("KEEL_LIVE_LITELLM_KEY");
        if (m_url.isEmpty() || m_key.isEmpty())
            QSKIP("no real LiteLLM proxy configured (KEEL_LIVE_LITELLM_URL, KEEL_LIVE_LITELLM_KEY)");
        // A real proxy lives in real time: this opt-in suite alone re-pins the clock to the wall
        // clock (every other test runs on the pinned test clock).
        domain::processClock().pin(QDateTime::currentMSecsSinceEpoch());
    }

    void syncsSpendBudgetsAndAWindowOfRequests()
    {
        sources::litellm::LiteLlmOptions options = test::optionsFor(m_url);
        options.historyDays = 7;
        test::LiteLlmHarness h(m_url, options, m_key);
        store::RequestWindow window;
        window.days = 1;
        window.rows = 20000;
        h.engine->setRequestWindow(window);
        QVERIFY2(h.sync({u"spend_daily"_s, u"budgets"_s, u"requests"_s}), qPrintable(h.messages.values().join(u"; "_s)));
        auto db = store::openForReading(h.dbPath);
        QCOMPARE(db->scalar("SELECT count(*) FROM spend_daily WHERE cost_micros < 0 OR requests < 0"), 0);
        QCOMPARE(db->scalar("SELECT count(*) FROM requests WHERE ts <= 0 OR cost_micros < 0"), 0);
        QVERIFY(h.count("requests") <= window.rows);
        qInfo("live proxy: %lld spend rows, %lld budgets, %lld requests", qlonglong(h.count("spend_daily")),
              qlonglong(h.count("budgets")), qlonglong(h.count("requests")));
    }
};

QTEST_GUILESS_MAIN(TestLiveLiteLlm)
#include "tst_live_litellm.moc"
