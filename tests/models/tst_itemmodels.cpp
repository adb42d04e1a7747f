// Item models over the cache and their proxy, each under QAbstractItemModelTester constructed
// before any data arrives: first load (reset), merge on refresh (remove, change, insert) with
// selections surviving, removal of everything, and automatic refresh on store writes.
#include "data/budgetsmodel.h"
#include "data/requestsmodel.h"
#include "data/reviewitemsmodel.h"
#include "data/reviewqueuesmodel.h"
#include "data/slosmodel.h"
#include "data/spendrowsmodel.h"
#include "data/syncstatemodel.h"
#include "data/tablefilterproxymodel.h"
#include "store/cachewriters.h"
#include "store/database.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keel;

namespace {

domain::ReviewItem item(int i, const std::string &queue = "claims")
{
    domain::ReviewItem it;
    it.id = "it_" + std::to_string(1000 + i);
    it.queue = queue;
    it.status = "pending";
    it.prompt = "<script>alert(1)</script> prompt " + std::to_string(i);
    it.output = "<b>output</b>";
    it.riskScore = 0.1 * (i % 10);
    it.slaDue = 1'700'000'000'000 + i;
    it.updatedAt = 1;
    return it;
}

domain::RequestRecord request(int i)
{
    domain::RequestRecord r;
    r.id = "rq_" + std::to_string(100000 + i);
    r.ts = 1'700'000'000'000 + i * 1000;
    r.model = i % 2 ? "small" : "premium";
    r.costMicros = 1'234'567 * (i + 1);
    r.route = "/chat";
    return r;
}

bool waitLoaded(data::StoreTableModel &model)
{
    QSignalSpy loaded(&model, &data::StoreTableModel::loaded);
    model.reload();
    return loaded.wait(10000) && loaded.first().at(0).toBool();
}

} // namespace

class TestItemModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { m_path = m_dir.filePath(u"c%1.sqlite"_s.arg(++m_n)); }

    void reviewItemsResetMergeRemove()
    {
        {
            auto db = store::openForWriting(m_path);
            std::vector<domain::ReviewItem> items;
            for (int i = 0; i < 5; ++i)
                items.push_back(item(i));
            store::upsertReviewItems(*db, items);
        }
        data::ReviewItemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        data::TableFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(data::ReviewItemsModel::RiskScore, Qt::DescendingOrder);
        model.setDatabasePath(m_path);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(data::ReviewItemsModel::ColumnCount));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(waitLoaded(model));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 5);
        const int row3 = model.rowOfKey(u"it_1003"_s);
        QVERIFY(row3 >= 0);
        // untrusted text comes back verbatim, as data (the view shows it as plain text)
        QCOMPARE(model.index(row3, 0).data(data::ReviewItemsModel::PromptRole).toString(),
                 u"<script>alert(1)</script> prompt 3"_s);
        QVERIFY(!model.index(0, 0).data(data::ReviewItemsModel::PurgedRole).toBool());
        QCOMPARE(proxy.index(0, data::ReviewItemsModel::RiskScore).data(data::SortRole).toDouble(), 0.4);

        // a reviewer has it_1003 selected
        QPersistentModelIndex selected = model.index(row3, data::ReviewItemsModel::Status);

        // refresh with it_1001 gone, it_1003 changed, it_1009 new
        {
            auto db = store::openForWriting(m_path);
            db->exec("DELETE FROM review_items WHERE id='it_1001'");
            auto changed = item(3);
            changed.status = "claimed";
            store::upsertReviewItems(*db, {changed, item(9)});
        }
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changedSpy(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(waitLoaded(model));
        QCOMPARE(reset.size(), 1); // merged, not reset
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changedSpy.size(), 1);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data(data::KeyRole).toString(), u"it_1003"_s);
        QCOMPARE(selected.data().toString(), u"claimed"_s);
        QCOMPARE(model.rowOfKey(u"it_1001"_s), -1);
        QVERIFY(model.rowOfKey(u"it_1009"_s) >= 0);
        QCOMPARE(proxy.rowCount(), 5);

        // filters on the proxy
        proxy.setMinimum(data::ReviewItemsModel::RiskScore, 0.35);
        QCOMPARE(proxy.rowCount(), 2); // it_1004 (0.4) and it_1009 (0.9)
        proxy.setMinimum(data::ReviewItemsModel::RiskScore, {});
        proxy.setColumnFilter(data::ReviewItemsModel::Status, u"claimed"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.clearColumnFilters();
        proxy.setText(u"IT_1009"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText({});

        // everything removed
        {
            auto db = store::openForWriting(m_path);
            db->exec("DELETE FROM review_items");
        }
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(!selected.isValid());
        // and back (the next load after empty resets again)
        {
            auto db = store::openForWriting(m_path);
            store::upsertReviewItems(*db, {item(1), item(2)});
        }
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 2);
    }

    void invalidIndexesAreHarmless()
    {
        data::RequestsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.data(model.index(5, 0)).isValid());
        QVERIFY(!model.data(QModelIndex()).isValid());
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }

    void requestsSortByRawCostAndFollowStoreWrites()
    {
        store::Store st(m_path);
        QSignalSpy opened(&st, &store::Store::opened);
        QVERIFY(opened.wait());
        data::RequestsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        data::TableFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(data::RequestsModel::Cost, Qt::DescendingOrder);
        model.watch(&st);
        std::vector<domain::RequestRecord> records;
        for (int i = 0; i < 12; ++i)
            records.push_back(request(i));
        st.write([records](store::Db &db) { store::upsertRequests(db, records); });
        QTRY_COMPARE(model.rowCount(), 12);
        // "$9.88" would sort above "$14.81" as text; raw micros sort correctly
        QCOMPARE(proxy.index(0, data::RequestsModel::Cost).data(data::SortRole).toLongLong(), 1'234'567LL * 12);
        QCOMPARE(proxy.index(0, data::RequestsModel::Cost).data().toString(), u"$14.81"_s);
        st.write([](store::Db &db) { store::upsertRequests(db, {request(40)}); });
        QTRY_COMPARE(model.rowCount(), 13);
        proxy.setColumnFilter(data::RequestsModel::Model, u"premium"_s);
        QCOMPARE(proxy.rowCount(), 7);
    }

    void otherModelsLoadAndMerge()
    {
        {
            auto db = store::openForWriting(m_path);
            domain::Budget b{"b1", "team", "claims", "month", 5'000'000'000, {0.5, 0.8, 1.0}};
            store::replaceBudgets(*db, {b});
            domain::Slo slo;
            slo.id = "chat-availability";
            slo.name = "Chat availability";
            slo.layer = "inference";
            slo.sliKind = "availability";
            store::replaceSlos(*db, {slo});
            domain::SloStatus status;
            status.sloId = slo.id;
            status.window = "30d";
            status.attainment = 0.9993;
            status.errorBudgetRemaining = 0.3;
            status.alert = "ticket";
            store::upsertSloStatus(*db, status, 1);
            domain::ReviewQueue q;
            q.id = "claims";
            q.name = "Claims";
            q.pending = 4;
            store::replaceQueues(*db, {q});
            domain::SpendRow row;
            row.periodStart = 1'700'000'000'000;
            row.model = "small";
            row.costMicros = 10'000'000;
            store::upsertSpendRows(*db, {row});
        }
        data::BudgetsModel budgets;
        data::SlosModel slos;
        data::ReviewQueuesModel queues;
        data::SpendRowsModel spend;
        QList<data::StoreTableModel *> models{&budgets, &slos, &queues, &spend};
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        std::vector<std::unique_ptr<data::TableFilterProxyModel>> proxies;
        for (auto *m : models) {
            testers.push_back(std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest));
            proxies.push_back(std::make_unique<data::TableFilterProxyModel>());
            testers.push_back(std::make_unique<QAbstractItemModelTester>(proxies.back().get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
            proxies.back()->setSourceModel(m);
            m->setDatabasePath(m_path);
            QVERIFY(waitLoaded(*m));
            QCOMPARE(m->rowCount(), 1);
            QCOMPARE(proxies.back()->rowCount(), 1);
        }
        QCOMPARE(slos.index(0, data::SlosModel::Attainment).data(data::SortRole).toDouble(), 0.9993);
        QCOMPARE(slos.index(0, data::SlosModel::Alert).data().toString(), u"ticket"_s);
        QCOMPARE(budgets.index(0, data::BudgetsModel::Amount).data().toString(), u"$5,000.00"_s);
        QCOMPARE(queues.index(0, data::ReviewQueuesModel::Pending).data().toLongLong(), 4);
        {
            auto db = store::openForWriting(m_path);
            db->exec("UPDATE review_queues SET pending=5");
            db->exec("INSERT INTO budgets(id, scope_kind, scope_value, period, amount_micros, alert_thresholds) "
                     "VALUES('b2','model','small','month',1,'[]')");
        }
        QVERIFY(waitLoaded(queues));
        QVERIFY(waitLoaded(budgets));
        QCOMPARE(queues.index(0, data::ReviewQueuesModel::Pending).data().toLongLong(), 5);
        QCOMPARE(budgets.rowCount(), 2);
    }

    void syncStateShowsLastSyncAndErrors()
    {
        {
            auto db = store::openForWriting(m_path);
            store::saveSyncState(*db, {"requests", std::nullopt, "2026-11-01T00:00:00.000Z", 1'700'000'000'000, ""});
            store::saveSyncState(*db, {"spend_daily", "c3", std::nullopt, 0, "could not connect"});
        }
        data::SyncStateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        data::TableFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setDatabasePath(m_path);
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 2);
        const int spend = model.rowOfKey(u"spend_daily"_s);
        QCOMPARE(model.index(spend, data::SyncStateModel::LastError).data().toString(), u"could not connect"_s);
        QCOMPARE(model.index(spend, data::SyncStateModel::LastSyncedAt).data().toString(), u"never"_s);
        QVERIFY(model.index(spend, 0).data(data::SyncStateModel::InProgressRole).toBool());
        const int requests = model.rowOfKey(u"requests"_s);
        QVERIFY(!model.index(requests, 0).data(data::SyncStateModel::InProgressRole).toBool());
        QVERIFY(!model.index(requests, data::SyncStateModel::LastSyncedAt).data().toString().isEmpty());
    }

    void loadErrorIsReported()
    {
        data::BudgetsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabasePath(m_dir.filePath(u"missing/nowhere.sqlite"_s));
        QSignalSpy loaded(&model, &data::StoreTableModel::loaded);
        model.reload();
        QVERIFY(loaded.wait());
        QVERIFY(!loaded.first().at(0).toBool());
        QVERIFY(!model.lastError().isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
