// The SLO table, its council ordering proxy, the series table and the span tree, each under
// QAbstractItemModelTester from before the first data arrives.
#include <slo/seriestablemodel.h>
#include <slo/slosortproxy.h>
#include <slo/slotablemodel.h>
#include <slo/tracespanmodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keel;

namespace {
slo::SloInfo info(const QString &id, const QString &layer)
{
    slo::SloInfo s;
    s.id = id;
    s.name = id;
    s.layer = layer;
    s.objective = 0.99;
    s.windowDays = 30;
    s.sli = u"good / total"_s;
    return s;
}

domain::SloStatus status(const QString &id, const std::string &alert, double burn1h)
{
    domain::SloStatus s;
    s.sloId = id.toStdString();
    s.alert = alert;
    s.attainment = 0.995;
    s.errorBudgetRemaining = 0.5;
    s.totalEvents = 1000;
    s.goodEvents = 995;
    for (const char *w : {"5m", "30m", "1h", "6h", "1d", "3d"})
        s.burnRates.push_back({w, std::string(w) == "1h" ? burn1h : 0.5, std::string(w) != "3d"});
    return s;
}

QStringList order(const QAbstractItemModel &m)
{
    QStringList ids;
    for (int r = 0; r < m.rowCount(); ++r)
        ids.append(m.index(r, 0).data(slo::SloTableModel::SloIdRole).toString());
    return ids;
}
} // namespace

class TestSloModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sloTableAndCouncilOrder()
    {
        slo::SloTableModel model;
        slo::SloSortProxy proxy;
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(0);

        model.setSlos({info(u"chat-latency"_s, u"inference"_s), info(u"rag-empty"_s, u"rag"_s),
                       info(u"search-availability"_s, u"inference"_s), info(u"review-age"_s, u"review"_s)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, slo::SloTableModel::Status).data().toString(), u"loading…"_s);

        model.setStatus(u"chat-latency"_s, status(u"chat-latency"_s, "ok", 0.8));
        model.setStatus(u"rag-empty"_s, status(u"rag-empty"_s, "ticket", 1.5));
        model.setStatus(u"search-availability"_s, status(u"search-availability"_s, "page", 20));
        auto quiet = status(u"review-age"_s, "ok", 0.1);
        quiet.totalEvents = quiet.goodEvents = 0; // no traffic in the window: no data, not 100%
        model.setStatus(u"review-age"_s, quiet);
        const int quietRow = model.rowOf(u"review-age"_s);
        QCOMPARE(model.index(quietRow, slo::SloTableModel::Attainment).data().toString(), u"no data"_s);
        QCOMPARE(model.index(quietRow, slo::SloTableModel::Attainment).data(slo::SloTableModel::SortRole), QVariant());
        // Burning first, grouped by layer: the inference layer holds the page, so it leads,
        // its paging SLO on top; then rag (ticket); then review.
        QCOMPARE(order(proxy), (QStringList{u"search-availability"_s, u"chat-latency"_s, u"rag-empty"_s, u"review-age"_s}));
        const int row = model.rowOf(u"search-availability"_s);
        QCOMPARE(model.index(row, slo::SloTableModel::Status).data().toString(), u"PAGE"_s);
        QCOMPARE(model.index(row, slo::SloTableModel::Burn1h).data(slo::SloTableModel::SortRole).toDouble(), 20.0);
        QCOMPARE(model.index(row, slo::SloTableModel::Burn3d).data().toString(), u"–"_s); // no data, not 0
        QCOMPARE(model.index(row, slo::SloTableModel::Burn3d).data(slo::SloTableModel::SortRole), QVariant());

        // The incident ends: the page clears and the order follows.
        auto after = status(u"search-availability"_s, "ok", 0.2);
        after.errorBudgetRemaining = -0.5; // the incident overspent the budget
        model.setStatus(u"search-availability"_s, after);
        QCOMPARE(order(proxy).first(), u"rag-empty"_s);
        // Both inference SLOs are ok now; the one that spent more budget leads despite its lower burn.
        QCOMPARE(order(proxy).mid(1, 2), (QStringList{u"search-availability"_s, u"chat-latency"_s}));

        // A refresh with the same ids merges (no reset); a different set resets.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setSlos({info(u"chat-latency"_s, u"inference"_s), info(u"rag-empty"_s, u"rag"_s),
                       info(u"search-availability"_s, u"inference"_s), info(u"review-age"_s, u"review"_s)});
        QCOMPARE(resets.size(), 0);
        model.setSlos({info(u"chat-latency"_s, u"inference"_s)});
        QCOMPARE(resets.size(), 1);
        QVERIFY(model.status(u"chat-latency"_s)); // status kept across the reset
        model.setStatusError(u"chat-latency"_s, u"HTTP 500"_s);
        QCOMPARE(model.index(0, slo::SloTableModel::Status).data().toString(), u"error"_s);

        proxy.setFilterFixedString(u"nothing-matches"_s);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterFixedString(QString());
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }

    void cellFormatting_data()
    {
        QTest::addColumn<double>("burn");      // < 0: no data in that window
        QTest::addColumn<double>("remaining"); // error budget remaining
        QTest::addColumn<QString>("alert");
        QTest::addColumn<QString>("burnText");
        QTest::addColumn<QString>("budgetText");
        QTest::addColumn<QString>("statusText");
        QTest::addRow("page") << 14.4 << -0.5 << u"page"_s << u"14.4×"_s << u"-50.0%"_s << u"PAGE"_s;
        QTest::addRow("slow") << 0.25 << 0.875 << u"ok"_s << u"0.25×"_s << u"87.5%"_s << u"OK"_s;
        QTest::addRow("exactly-one") << 1.0 << 0.0 << u"ticket"_s << u"1.00×"_s << u"0.0%"_s << u"TICKET"_s;
        QTest::addRow("no-data") << -1.0 << 1.0 << u"no_data"_s << u"–"_s << u"100.0%"_s << u"no data"_s;
        QTest::addRow("huge") << 1234.5 << -12.345 << u"page"_s << u"1,234.5×"_s << u"-1,234.5%"_s << u"PAGE"_s;
    }
    void cellFormatting()
    {
        QFETCH(double, burn);
        QFETCH(double, remaining);
        QFETCH(QString, alert);
        QFETCH(QString, burnText);
        QFETCH(QString, budgetText);
        QFETCH(QString, statusText);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        slo::SloTableModel model;
        model.setSlos({info(u"x"_s, u"inference"_s)});
        auto st = status(u"x"_s, alert.toStdString(), 0);
        st.errorBudgetRemaining = remaining;
        for (auto &b : st.burnRates) {
            b.rate = std::max(burn, 0.0);
            b.hasData = burn >= 0;
        }
        model.setStatus(u"x"_s, st);
        QCOMPARE(model.index(0, slo::SloTableModel::Burn1h).data().toString(), burnText);
        QCOMPARE(model.index(0, slo::SloTableModel::BudgetRemaining).data().toString(), budgetText);
        QCOMPARE(model.index(0, slo::SloTableModel::Status).data().toString(), statusText);
        QCOMPARE(model.index(0, slo::SloTableModel::Objective).data().toString(), u"99.00%"_s);
        QLocale::setDefault(QLocale::c());
    }

    void seriesTable()
    {
        slo::SeriesTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        domain::SeriesResponse r;
        r.metric = "latency_p95_ms";
        r.unit = "ms";
        r.stepS = 3600;
        r.series.push_back({{{"route", "/chat"}}, {{0, 100.0}, {3600000, std::nullopt}, {7200000, 120.0}}});
        r.series.push_back({{{"route", "/search"}}, {{3600000, 900.0}}});
        model.setSeries(r, u"route"_s);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"/chat"_s);
        QCOMPARE(model.index(1, 1).data(slo::SeriesTableModel::ValueRole), QVariant()); // null stays no data
        QCOMPARE(model.index(1, 2).data(slo::SeriesTableModel::ValueRole).toDouble(), 900.0);
        QCOMPARE(model.index(0, 2).data(slo::SeriesTableModel::ValueRole), QVariant());
        QCOMPARE(model.index(2, 0).data(slo::SeriesTableModel::TimestampRole).toLongLong(), 7200000);
        model.setSeries(slo::SeriesTableModel::fromBurndown({{0, 1.0}, {3600000, 0.4}}, u"x"_s), u"slo"_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, 1).data(slo::SeriesTableModel::ValueRole).toDouble(), 0.4);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void spanTree()
    {
        slo::TraceSpanModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto span = [](const char *id, const char *parent, const char *name, qint64 start, qint64 dur, const char *st = "ok") {
            domain::Span s;
            s.spanId = id;
            s.parentId = parent;
            s.name = name;
            s.kind = "internal";
            s.start = start;
            s.durationMs = dur;
            s.status = st;
            return s;
        };
        // Out of order on purpose; one orphan (parent unknown) and a cycle a<->b must not hang or vanish.
        model.setSpans({span("r2", "edge", "llm.generate", 1100, 800), span("edge", "", "edge", 1000, 1000),
                        span("r1", "edge", "retrieval", 1010, 80, "error"), span("o", "missing", "orphan", 1500, 10),
                        span("a", "b", "cycle-a", 1200, 1), span("b", "a", "cycle-b", 1201, 1)});
        QCOMPARE(model.traceDurationMs(), 1000);
        QVERIFY(model.rowCount() >= 2);
        const QModelIndex edge = model.index(0, 0);
        QCOMPARE(edge.data().toString(), u"edge"_s);
        QCOMPARE(model.rowCount(edge), 2);
        QCOMPARE(model.index(0, 0, edge).data().toString(), u"retrieval"_s); // children by start
        QCOMPARE(model.index(0, 0, edge).data(slo::TraceSpanModel::OffsetMsRole).toLongLong(), 10);
        QCOMPARE(model.index(0, 0, edge).data(slo::TraceSpanModel::IsErrorRole).toBool(), true);
        QCOMPARE(model.index(1, slo::TraceSpanModel::Duration, edge).data(slo::TraceSpanModel::DurationMsRole).toLongLong(), 800);
        int total = 0;
        std::function<void(const QModelIndex &)> count = [&](const QModelIndex &p) {
            for (int r = 0; r < model.rowCount(p); ++r) {
                ++total;
                count(model.index(r, 0, p));
            }
        };
        count({});
        QCOMPARE(total, 6); // nothing dropped
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSloModels)
#include "tst_slomodels.moc"
