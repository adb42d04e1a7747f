#include "spendrepository.h"

#include "logging.h"

#include <QCoreApplication>

#include <algorithm>
#include <clock.h>

using namespace Qt::StringLiterals;

namespace keel::spend {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("keel::spend::SpendRepository", text);
}

const QString kSums = u"SUM(cost_micros), SUM(cache_savings_micros), SUM(requests), "
                      "SUM(input_tokens), SUM(output_tokens), SUM(cached_tokens)"_s;

SpendCell readCell(const SqliteStatement &s, int first)
{
    SpendCell c;
    c.cost = s.int64(first);
    c.cacheSavings = s.int64(first + 1);
    c.requests = s.int64(first + 2);
    c.inputTokens = s.int64(first + 3);
    c.outputTokens = s.int64(first + 4);
    c.cachedTokens = s.int64(first + 5);
    return c;
}

void addIn(QString &sql, QVariantList &binds, const QString &column, const QStringList &values)
{
    if (values.isEmpty())
        return;
    QStringList marks;
    for (const QString &v : values) {
        marks << u"?"_s;
        binds << v;
    }
    sql += u" AND "_s + column + u" IN ("_s + marks.join(u',') + u')';
}
} // namespace

SpendCell &SpendCell::operator+=(const SpendCell &o)
{
    cost += o.cost;
    cacheSavings += o.cacheSavings;
    requests += o.requests;
    inputTokens += o.inputTokens;
    outputTokens += o.outputTokens;
    cachedTokens += o.cachedTokens;
    return *this;
}

double SpendTotals::costChange() const
{
    if (previous.cost == 0 || !previousComplete)
        return std::numeric_limits<double>::quiet_NaN();
    return double(current.cost - previous.cost) / double(previous.cost);
}

SpendRepository::SpendRepository(QString storePath)
    : m_path(std::move(storePath))
{
}

bool SpendRepository::open()
{
    if (!m_db.open(m_path)) {
        m_error = tr("The local cache could not be opened (%1). Connect to the platform and sync "
                     "to fill it.").arg(m_db.errorString());
        return false;
    }
    if (!m_db.hasTable(u"spend_daily"_s)) {
        m_error = tr("The local cache has no spend data yet. Sync from the platform to fill it.");
        return false;
    }
    m_hasRequests = m_db.hasTable(u"requests"_s);
    m_error.clear();
    return true;
}

bool SpendRepository::check(const SqliteStatement &s)
{
    if (s.failed() || !s.isValid()) {
        // SQL text and store errors only: never row contents.
        qCWarning(lcStore) << "spend query failed:" << s.error();
        if (m_error.isEmpty())
            m_error = tr("Reading spend from the local cache failed: %1").arg(s.error());
        return false;
    }
    return true;
}

QString SpendRepository::filterSql(const SpendQuery &q, QVariantList &binds)
{
    QString sql;
    addIn(sql, binds, u"team"_s, q.teams);
    addIn(sql, binds, u"use_case"_s, q.useCases);
    addIn(sql, binds, u"model"_s, q.models);
    addIn(sql, binds, u"customer_segment"_s, q.segments);
    return sql;
}

QString SpendRepository::periodBucketSql(Granularity g, const QString &col)
{
    switch (g) {
    case Granularity::Day:
        return u"(%1 - (%1 % 86400000))"_s.arg(col);
    case Granularity::Week:
        // 1970-01-01 was a Thursday; step back to Monday.
        return u"((%1 / 86400000 - ((%1 / 86400000 + 3) % 7)) * 86400000)"_s.arg(col);
    case Granularity::Month:
        return u"(CAST(strftime('%s', %1 / 1000, 'unixepoch', 'start of month') AS INTEGER) * 1000)"_s.arg(col);
    }
    return col;
}

SpendSeries SpendRepository::series(const SpendQuery &q)
{
    SpendSeries out;
    out.granularity = q.granularity;
    out.groupBy = q.groupBy;
    if (!q.isValid())
        return out;
    for (qint64 p = periodStartMs(q.fromMs(), q.granularity); p < q.toMsExclusive();
         p = nextPeriodMs(p, q.granularity))
        out.periods << p;

    QVariantList binds{q.fromMs(), q.toMsExclusive()};
    const QString dim = dimensionColumn(q.groupBy);
    const QString bucket = periodBucketSql(q.granularity, u"period_start"_s);
    const QString sql = u"SELECT "_s + bucket + u", "_s + dim + u", "_s + kSums
        + u" FROM spend_daily WHERE period_start >= ? AND period_start < ?"_s + filterSql(q, binds)
        + u" GROUP BY 1, 2"_s;
    SqliteStatement s = m_db.prepare(sql);
    s.bind(binds);
    QHash<QString, QHash<qint64, SpendCell>> byKey;
    while (s.next())
        byKey[s.text(1)][s.int64(0)] += readCell(s, 2);
    if (!check(s))
        return out;

    QHash<qint64, qsizetype> periodIndex;
    for (qsizetype i = 0; i < out.periods.size(); ++i)
        periodIndex.insert(out.periods[i], i);
    QList<QPair<QString, SpendCell>> keyTotals;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        SpendCell t;
        for (const SpendCell &c : it.value())
            t += c;
        keyTotals.append({it.key(), t});
    }
    std::sort(keyTotals.begin(), keyTotals.end(), [](const auto &a, const auto &b) {
        return a.second.cost != b.second.cost ? a.second.cost > b.second.cost : a.first < b.first;
    });
    out.periodTotals.resize(out.periods.size());
    for (const auto &[key, t] : std::as_const(keyTotals)) {
        out.keys << key;
        out.keyTotals << t;
        out.total += t;
        QList<SpendCell> row(out.periods.size());
        const auto &cells = byKey[key];
        for (auto c = cells.cbegin(); c != cells.cend(); ++c) {
            const qsizetype i = periodIndex.value(c.key(), -1);
            if (i < 0)
                continue; // cannot happen: buckets come from the same range
            row[i] += c.value();
            out.periodTotals[i] += c.value();
        }
        out.cells << row;
    }
    return out;
}

SpendCell SpendRepository::total(const SpendQuery &q)
{
    QVariantList binds{q.fromMs(), q.toMsExclusive()};
    SqliteStatement s = m_db.prepare(u"SELECT "_s + kSums
        + u" FROM spend_daily WHERE period_start >= ? AND period_start < ?"_s + filterSql(q, binds));
    s.bind(binds);
    SpendCell c;
    if (s.next())
        c = readCell(s, 0);
    check(s);
    return c;
}

SpendTotals SpendRepository::totals(const SpendQuery &q)
{
    return {total(q), total(q.previousPeriod())};
}

FilterOptions SpendRepository::filterOptions()
{
    FilterOptions o;
    const auto distinct = [this](const QString &column) {
        QStringList values;
        SqliteStatement s = m_db.prepare(u"SELECT DISTINCT "_s + column + u" FROM spend_daily ORDER BY 1"_s);
        while (s.next())
            values << s.text(0);
        check(s);
        return values;
    };
    o.teams = distinct(u"team"_s);
    o.useCases = distinct(u"use_case"_s);
    o.models = distinct(u"model"_s);
    o.segments = distinct(u"customer_segment"_s);
    SqliteStatement s = m_db.prepare(u"SELECT MIN(period_start), MAX(period_start) FROM spend_daily"_s);
    if (s.next() && !s.isNull(0)) {
        o.firstDay = msToDate(s.int64(0));
        o.lastDay = msToDate(s.int64(1));
    }
    check(s);
    return o;
}

QDateTime SpendRepository::defaultAsOf()
{
    const QDateTime now = keel::clock::nowUtc();
    SqliteStatement s = m_db.prepare(u"SELECT MAX(period_start) FROM spend_daily"_s);
    if (s.next() && !s.isNull(0)) {
        const QDateTime endOfNewest = QDateTime::fromMSecsSinceEpoch(s.int64(0) + kDayMs, Qt::UTC);
        return qMin(now, endOfNewest);
    }
    return now;
}

QDateTime SpendRepository::lastSynced()
{
    if (!m_db.hasTable(u"sync_state"_s))
        return {};
    SqliteStatement s = m_db.prepare(u"SELECT MAX(last_synced_at) FROM sync_state"_s);
    if (s.next() && !s.isNull(0))
        return QDateTime::fromMSecsSinceEpoch(s.int64(0), Qt::UTC);
    return {};
}

QList<SpendDetailRow> SpendRepository::detailRows(const SpendQuery &q, qint64 periodStart, const std::optional<QString> &key)
{
    QList<SpendDetailRow> out;
    const qint64 periodEnd = nextPeriodMs(periodStart, q.granularity);
    QVariantList binds{qMax(periodStart, q.fromMs()), qMin(periodEnd, q.toMsExclusive())};
    QString keySql;
    if (key) {
        keySql = u" AND "_s + dimensionColumn(q.groupBy) + u" = ?"_s;
        binds << *key;
    }
    SqliteStatement s = m_db.prepare(
        u"SELECT period_start, model, use_case, team, customer_segment, "_s + kSums
        + u" FROM spend_daily WHERE period_start >= ? AND period_start < ?"_s + keySql + filterSql(q, binds)
        + u" GROUP BY 1, 2, 3, 4, 5 ORDER BY 6 DESC, 1, 2, 3, 4, 5"_s);
    s.bind(binds);
    while (s.next()) {
        SpendDetailRow r;
        r.day = s.int64(0);
        r.model = s.text(1);
        r.useCase = s.text(2);
        r.team = s.text(3);
        r.segment = s.text(4);
        r.cell = readCell(s, 5);
        out << r;
    }
    check(s);
    return out;
}

QList<RequestRow> SpendRepository::requestsBehind(const SpendDetailRow &row, int limit)
{
    QList<RequestRow> out;
    if (!m_hasRequests)
        return out;
    const qint64 day = periodStartMs(row.day, Granularity::Day);
    SqliteStatement s = m_db.prepare(
        u"SELECT id, ts, correlation_id, route, model, use_case, team, customer_segment, "
        "prompt_template, status, input_tokens, output_tokens, cached_tokens, cost_micros, cache_hit "
        "FROM requests WHERE ts >= ? AND ts < ? AND model = ? AND use_case = ? AND team = ? "
        "AND customer_segment = ? ORDER BY cost_micros DESC, ts, id LIMIT ?"_s);
    s.bind({day, day + kDayMs, row.model, row.useCase, row.team, row.segment, qint64(limit)});
    while (s.next()) {
        RequestRow r;
        r.id = s.text(0);
        r.ts = s.int64(1);
        r.correlationId = s.text(2);
        r.route = s.text(3);
        r.model = s.text(4);
        r.useCase = s.text(5);
        r.team = s.text(6);
        r.segment = s.text(7);
        r.promptTemplate = s.text(8);
        r.status = s.text(9);
        r.inputTokens = s.int64(10);
        r.outputTokens = s.int64(11);
        r.cachedTokens = s.int64(12);
        r.cost = s.int64(13);
        r.cacheHit = s.int64(14) != 0;
        out << r;
    }
    check(s);
    return out;
}

bool SpendRepository::holdsRequestsOfDay(qint64 dayMs)
{
    if (!m_hasRequests)
        return false;
    SqliteStatement s = m_db.prepare(u"SELECT MIN(ts) FROM requests"_s);
    const bool holds = s.next() && !s.isNull(0) && s.int64(0) <= periodStartMs(dayMs, Granularity::Day);
    check(s);
    return holds;
}

bool SpendRepository::forEachDailyRow(const SpendQuery &q, const std::function<bool(const SpendDetailRow &)> &visit)
{
    QVariantList binds{q.fromMs(), q.toMsExclusive()};
    SqliteStatement s = m_db.prepare(
        u"SELECT period_start, model, use_case, team, customer_segment, "_s + kSums
        + u" FROM spend_daily WHERE period_start >= ? AND period_start < ?"_s + filterSql(q, binds)
        + u" GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5"_s);
    s.bind(binds);
    while (s.next()) {
        SpendDetailRow r;
        r.day = s.int64(0);
        r.model = s.text(1);
        r.useCase = s.text(2);
        r.team = s.text(3);
        r.segment = s.text(4);
        r.cell = readCell(s, 5);
        if (!visit(r))
            return true;
    }
    return check(s);
}

qint64 SpendRepository::countDailyRows(const SpendQuery &q)
{
    QVariantList binds{q.fromMs(), q.toMsExclusive()};
    // One per (day, model, use case, team, segment), as forEachDailyRow visits them.
    SqliteStatement s = m_db.prepare(u"SELECT COUNT(*) FROM (SELECT 1 FROM spend_daily WHERE period_start >= ? AND period_start < ?"_s
                                     + filterSql(q, binds) + u" GROUP BY period_start, model, use_case, team, customer_segment)"_s);
    s.bind(binds);
    qint64 n = 0;
    if (s.next())
        n = s.int64(0);
    check(s);
    return n;
}

QHash<QString, QString> SpendRepository::modelProviders()
{
    QHash<QString, QString> out;
    SqliteStatement s = m_db.prepare(u"SELECT model, MIN(provider) FROM spend_daily GROUP BY model"_s);
    while (s.next())
        out.insert(s.text(0), s.text(1));
    check(s);
    return out;
}

SpendSnapshot SpendRepository::snapshot(const SpendQuery &q, QDateTime asOf)
{
    SpendSnapshot snap;
    snap.query = q;
    if (!m_db.isOpen() && !open()) {
        snap.error = m_error;
        return snap;
    }
    if (!asOf.isValid())
        asOf = defaultAsOf();
    snap.asOf = asOf;
    snap.lastSynced = lastSynced();
    snap.options = filterOptions();
    snap.series = series(q);
    snap.totals = totals(q);
    // The cache's first day is usually partial (syncs start mid-day), so it must lie before.
    snap.totals.previousComplete = snap.options.firstDay.isValid() && snap.options.firstDay < q.previousPeriod().from;
    snap.budgets = budgets(asOf);
    std::tie(snap.monthToDate, snap.monthForecast) = monthToDateAndForecast(q, asOf);
    snap.unit = unitEconomics(q);
    snap.routes = drivers(q, u"route"_s);
    snap.templates = drivers(q, u"prompt_template"_s);
    snap.models = drivers(q, u"model"_s);
    snap.anomalies = anomalies(q);
    snap.error = m_error;
    return snap;
}

} // namespace keel::spend
