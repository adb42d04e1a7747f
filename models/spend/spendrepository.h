#pragma once
// Spend aggregations over the local store, in SQL, on the calling (worker) thread. Each
// repository owns its own read-only connection: create, use and destroy it on one thread.
#include "anomalydetector.h"
#include "spendtypes.h"
#include "sqlitereader.h"

#include <QHash>
#include <QMap>

#include <functional>
#include <optional>

namespace keel::spend {

class SpendRepository {
public:
    explicit SpendRepository(QString storePath);

    // Opens the store and checks the spend tables; false with a user-facing error() otherwise.
    bool open();
    bool ensureOpen() { return m_db.isOpen() || open(); }
    QString error() const { return m_error; }

    // The whole dashboard for `query`; forecasts are made from `asOf` (invalid = now, clamped to
    // the end of the newest day in the cache so a stale cache still forecasts sensibly).
    SpendSnapshot snapshot(const SpendQuery &query, QDateTime asOf = {});

    SpendSeries series(const SpendQuery &query);
    SpendCell total(const SpendQuery &query);
    SpendTotals totals(const SpendQuery &query);
    FilterOptions filterOptions();
    QDateTime defaultAsOf();
    QDateTime lastSynced();

    QList<BudgetStatus> budgets(const QDateTime &asOf);
    // Whole-filter month to date and forecast for the month holding asOf.
    QPair<Micros, Micros> monthToDateAndForecast(const SpendQuery &filters, const QDateTime &asOf);
    UnitEconomics unitEconomics(const SpendQuery &query);
    // Spend by `column` of the requests table ("route", "prompt_template" or "model") in the
    // query's range and in the period before, largest spend first, at most `limit` rows.
    QList<DriverRow> drivers(const SpendQuery &query, const QString &column, int limit = 50);
    QMap<QDate, Micros> dailyCost(const SpendQuery &filters, QDate from, QDate to);
    QList<Anomaly> anomalies(const SpendQuery &query, const AnomalyOptions &options = {});

    // The spend_daily rows behind one chart point (a period of the series and a group key;
    // no key = every group value of the period).
    QList<SpendDetailRow> detailRows(const SpendQuery &query, qint64 periodStart, const std::optional<QString> &key);
    // The individual requests behind one spend_daily row, most expensive first.
    QList<RequestRow> requestsBehind(const SpendDetailRow &row, int limit = 500);
    static constexpr int kRequestsBehindLimit = 500;
    // Does the cache's raw-request window hold the whole UTC day starting at dayMs? When it
    // does not, the drill-down pages that day from the platform (PlatformRequestFetch).
    bool holdsRequestsOfDay(qint64 dayMs);

    // Streams every spend_daily row of the query's range and filters (day, model, use case, team,
    // segment), oldest first; stops early when `visit` returns false. False on a store error.
    bool forEachDailyRow(const SpendQuery &query, const std::function<bool(const SpendDetailRow &)> &visit);
    qint64 countDailyRows(const SpendQuery &query);
    // model -> provider, from the requests table (empty when it holds none).
    QHash<QString, QString> modelProviders();

    // "AND team IN (?, ?) AND …" for the query's filters (shared by both tables).
    static QString filterSql(const SpendQuery &query, QVariantList &binds);
    static QString periodBucketSql(Granularity g, const QString &column);

private:
    Micros dailyRate(const QString &whereSql, const QVariantList &binds, const QDateTime &asOf);
    QHash<QString, DriverRow> driverSums(const SpendQuery &query, const QString &column);
    bool check(const SqliteStatement &s);

    QString m_path;
    SqliteReader m_db;
    bool m_hasRequests = false;
    QString m_error;
};

} // namespace keel::spend
