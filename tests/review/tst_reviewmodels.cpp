// Queue, item and decision-log models and the item filter proxy, each under
// QAbstractItemModelTester built before any data arrives: reset, insert, remove and merge paths.
#include <review/decisionlogmodel.h>
#include <review/reviewitemfilterproxy.h>
#include <review/reviewitemmodel.h>
#include <review/reviewqueuemodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keel::review;
using keel::domain::ReviewItem;
using keel::domain::ReviewQueue;

namespace {
ReviewQueue queue(const std::string &id, std::int64_t pending)
{
    ReviewQueue q;
    q.id = id;
    q.name = "Queue " + id;
    q.riskTier = "high";
    q.slaMinutes = 60;
    q.pending = pending;
    return q;
}

ReviewItem item(const std::string &id, double risk, double confidence, const std::string &model,
                std::vector<std::string> flags = {}, std::int64_t sla = 0)
{
    ReviewItem it;
    it.id = id;
    it.queue = "q";
    it.status = "pending";
    it.riskScore = risk;
    it.confidence = confidence;
    it.model = model;
    it.useCase = model == "small" ? "search" : "claims";
    it.policyFlags = std::move(flags);
    it.createdAt = 1000;
    it.slaDue = sla;
    return it;
}

QStringList ids(const QAbstractItemModel &m, int role)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, 0).data(role).toString();
    return out;
}
} // namespace

class TestReviewModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void queueModelMerge()
    {
        ReviewQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQueues({queue("a", 1), queue("b", 2)});
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setQueues({queue("b", 5), queue("c", 0)});
        QCOMPARE(reset.count(), 0); // merged, not reset: the reviewer's selection survives
        QVERIFY(changed.count() >= 1);
        QCOMPARE(ids(model, ReviewQueueModel::QueueIdRole), (QStringList{u"b"_s, u"c"_s}));
        QCOMPARE(model.index(0, ReviewQueueModel::Pending).data().toString(), u"5"_s);
        QCOMPARE(model.index(1, ReviewQueueModel::OldestAge).data().toString(), u"none waiting"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.clear(); // clearing an empty model is harmless
    }

    void queueOldestAge()
    {
        ReviewQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ReviewQueue q = queue("a", 1);
        q.oldestPendingAt = 1'000'000;
        model.setQueues({q});
        model.setNow(1'000'000 + 3 * 60'000 + 5'000);
        QCOMPARE(model.index(0, ReviewQueueModel::OldestAge).data().toString(), u"3m 05s"_s);
        QCOMPARE(model.index(0, ReviewQueueModel::OldestAge).data(ReviewQueueModel::SortRole).toLongLong(),
                 qlonglong(185'000));
    }

    void itemModelPaths()
    {
        ReviewItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetItems({item("1", 0.9, 0.2, "big"), item("2", 0.5, 0.6, "small")});
        QCOMPARE(model.rowCount(), 2);
        model.upsertItem(item("3", 0.1, 0.9, "small"));
        QCOMPARE(model.rowCount(), 3);
        model.upsertItem(item("1", 0.95, 0.2, "big"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data(ReviewItemModel::RiskRole).toDouble(), 0.95);
        QVERIFY(model.removeItem(u"2"_s));
        QVERIFY(!model.removeItem(u"nope"_s));
        model.mergeItems({item("3", 0.1, 0.9, "small"), item("4", 0.7, 0.4, "big")});
        QCOMPARE(ids(model, ReviewItemModel::ItemIdRole), (QStringList{u"3"_s, u"4"_s}));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.mergeItems({item("5", 0.7, 0.4, "big")});
        QCOMPARE(model.rowCount(), 1);
    }

    void itemDisplay()
    {
        ReviewItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ReviewItem held = item("1", 0.87, 0.42, "big", {"pii", "legal"}, 1000 + 600'000);
        held.lease = keel::domain::Lease{"l1", "1", "reviewer-2", 5000};
        model.resetItems({held});
        model.setNow(1000 + 60'000);
        QCOMPARE(model.index(0, ReviewItemModel::Risk).data().toString(), u"87% high"_s);
        QCOMPARE(model.index(0, ReviewItemModel::Confidence).data().toString(), u"42%"_s);
        QCOMPARE(model.index(0, ReviewItemModel::Age).data().toString(), u"1m 00s"_s);
        QCOMPARE(model.index(0, ReviewItemModel::SlaDue).data().toString(), u"9m 00s left"_s);
        QCOMPARE(model.index(0, ReviewItemModel::PolicyFlags).data().toString(), u"pii, legal"_s);
        QCOMPARE(model.index(0, ReviewItemModel::Status).data().toString(), u"held by reviewer-2"_s);
        QCOMPARE(model.index(0, 0).data(ReviewItemModel::HolderRole).toString(), u"reviewer-2"_s);
        // Elided text columns carry the whole value as a plain-text tooltip.
        QVERIFY(model.index(0, ReviewItemModel::PolicyFlags).data(Qt::ToolTipRole).toString().contains(u"pii, legal"_s));
        QVERIFY(model.index(0, ReviewItemModel::Age).data(Qt::ToolTipRole).isNull());
        held.model = "<b>claude-sonnet-4</b>"; // a vendor's name is shown, never rendered
        model.upsertItem(held);
        const QString tip = model.index(0, ReviewItemModel::Model).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"&lt;b&gt;claude-sonnet-4&lt;/b&gt;"_s), qPrintable(tip));
    }

    void proxyFiltersAndSorts()
    {
        ReviewItemModel model;
        ReviewItemFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetItems({item("a", 0.9, 0.2, "big", {"pii"}, 500), item("b", 0.5, 0.6, "small", {}, 100),
                          item("c", 0.1, 0.95, "small", {"tone"}, 300)});
        proxy.sort(ReviewItemModel::Risk, Qt::DescendingOrder);
        QCOMPARE(ids(proxy, ReviewItemModel::ItemIdRole), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        proxy.sort(ReviewItemModel::SlaDue, Qt::AscendingOrder); // by time, not by the text
        QCOMPARE(ids(proxy, ReviewItemModel::ItemIdRole), (QStringList{u"b"_s, u"c"_s, u"a"_s}));
        proxy.setMinRisk(0.4);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setMaxConfidence(0.5);
        QCOMPARE(ids(proxy, ReviewItemModel::ItemIdRole), QStringList{u"a"_s});
        proxy.clearFilters();
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setModelFilter(u"small"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setModelFilter({});
        proxy.setUseCaseFilter(u"claims"_s);
        QCOMPARE(ids(proxy, ReviewItemModel::ItemIdRole), QStringList{u"a"_s});
        proxy.setUseCaseFilter({});
        proxy.setPolicyFlagFilter(u"tone"_s);
        QCOMPARE(ids(proxy, ReviewItemModel::ItemIdRole), QStringList{u"c"_s});
        proxy.setPolicyFlagFilter({});
        proxy.setText(u"PI"_s); // case-insensitive, matches the flag "pii"
        QCOMPARE(ids(proxy, ReviewItemModel::ItemIdRole), QStringList{u"a"_s});
        QVERIFY(proxy.hasFilters());
        // The source changes under an active filter and sort.
        model.upsertItem(item("d", 0.3, 0.3, "big", {"pii"}, 50));
        QCOMPARE(ids(proxy, ReviewItemModel::ItemIdRole), (QStringList{u"d"_s, u"a"_s}));
        model.removeItem(u"a"_s);
        QCOMPARE(ids(proxy, ReviewItemModel::ItemIdRole), QStringList{u"d"_s});
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }

    // A Langfuse annotation queue scores neither risk nor confidence: the table says so instead of
    // "0% low" / "100%", sorting puts such items below scored ones, and a risk or confidence filter
    // does not let them through.
    void unscoredItems()
    {
        ReviewItemModel model;
        ReviewItemFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ReviewItem unscored = item("u", 0, 0, "big");
        unscored.riskScore.reset();
        unscored.confidence.reset();
        model.resetItems({unscored, item("s", 0.05, 0.9, "big")});
        QCOMPARE(model.index(0, ReviewItemModel::Risk).data().toString(), u"not scored"_s);
        QCOMPARE(model.index(0, ReviewItemModel::Confidence).data().toString(), u"not scored"_s);
        QVERIFY(model.index(0, 0).data(ReviewItemModel::RiskRole).isNull());
        QVERIFY(model.index(0, 0).data(ReviewItemModel::ConfidenceRole).isNull());
        proxy.sort(ReviewItemModel::Risk, Qt::DescendingOrder);
        QCOMPARE(ids(proxy, ReviewItemModel::ItemIdRole), (QStringList{u"s"_s, u"u"_s}));
        proxy.sort(ReviewItemModel::Confidence, Qt::DescendingOrder);
        QCOMPARE(ids(proxy, ReviewItemModel::ItemIdRole), (QStringList{u"s"_s, u"u"_s}));
        proxy.setMinRisk(0.01);
        QCOMPARE(ids(proxy, ReviewItemModel::ItemIdRole), QStringList{u"s"_s});
        proxy.clearFilters();
        proxy.setMaxConfidence(0.95);
        QCOMPARE(ids(proxy, ReviewItemModel::ItemIdRole), QStringList{u"s"_s});
        proxy.clearFilters();
        QCOMPARE(proxy.rowCount(), 2);
        // Nor has such a queue an SLA: "no SLA", after every deadline when sorted by the most urgent.
        model.setNow(1000);
        QCOMPARE(model.index(0, ReviewItemModel::SlaDue).data().toString(), u"no SLA"_s);
        model.upsertItem(item("d", 0.5, 0.5, "big", {}, 1000 + 60'000));
        proxy.sort(ReviewItemModel::SlaDue, Qt::AscendingOrder);
        QCOMPARE(ids(proxy, ReviewItemModel::ItemIdRole).first(), u"d"_s);
    }

    void decisionLog()
    {
        DecisionLogModel model;
        model.setMaxRows(3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto entry = [](qint64 seq, DeliveryState state, const QString &error = {}) {
            OutboxEntry e;
            e.seq = seq;
            e.itemId = u"it_%1"_s.arg(seq);
            e.action = u"approve"_s;
            e.state = state;
            e.lastError = error;
            e.createdAt = 1000;
            return e;
        };
        model.setEntries({entry(2, DeliveryState::Pending), entry(1, DeliveryState::Delivered)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(DecisionLogModel::SeqRole).toLongLong(), 2);
        model.upsert(entry(2, DeliveryState::Failed, u"lease expired"_s));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(DecisionLogModel::StateRole).toString(), u"failed"_s);
        QVERIFY(model.index(0).data().toString().contains(u"lease expired"_s));
        model.upsert(entry(3, DeliveryState::Pending));
        model.upsert(entry(4, DeliveryState::Pending));
        QCOMPARE(model.rowCount(), 3); // capped: the oldest drops off
        QCOMPARE(model.index(0).data(DecisionLogModel::SeqRole).toLongLong(), 4);
        QCOMPARE(model.rowOf(1), -1);
    }
};

QTEST_GUILESS_MAIN(TestReviewModels)
#include "tst_reviewmodels.moc"
