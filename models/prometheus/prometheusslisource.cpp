#include "prometheusslisource.h"

#include "prometheussource.h"

#include <slo/burnalertpolicy.h>
#include <slo/sloerrorbudget.h>

#include <QDateTime>

#include <array>
#include <clock.h>

using namespace Qt::StringLiterals;

namespace keel::prometheus {

namespace {
// Slots 0..5 are the burn windows, then the SLO window, then the two hourly range queries.
constexpr int kWindowSlot = int(slo::kBurnWindows.size());
constexpr int kHourlyRatioSlot = kWindowSlot + 1;
constexpr int kHourlyTotalSlot = kWindowSlot + 2;
constexpr int kSlotCount = kWindowSlot + 3;
constexpr qint64 kHourMs = 3600 * 1000;
} // namespace

struct PrometheusSliSource::Pending {
    slo::SloDefinition def;
    std::array<std::optional<PromResult>, kSlotCount> results;
    int outstanding = kSlotCount;
};

PrometheusSliSource::PrometheusSliSource(QList<slo::SloDefinition> definitions, PrometheusSource *source, QObject *parent)
    : SliSource(parent)
    , m_definitions(std::move(definitions))
    , m_source(source)
{
    qRegisterMetaType<keel::domain::SloStatus>();
    qRegisterMetaType<QList<keel::slo::SloInfo>>();
    connect(m_source, &PrometheusSource::queryFinished, this, &PrometheusSliSource::onQuery);
}

QString PrometheusSliSource::describe() const
{
    return tr("Prometheus at %1").arg(m_source->baseUrl().toDisplayString());
}

void PrometheusSliSource::refresh(qint64 asOfMs)
{
    m_queries.clear(); // answers of a superseded refresh are ignored
    m_warned.clear();
    m_pending.clear();
    m_asOfMs = asOfMs > 0 ? asOfMs : keel::clock::nowMs();
    QList<slo::SloInfo> infos;
    for (const auto &def : std::as_const(m_definitions))
        infos.append(slo::SloInfo::fromDefinition(def));
    Q_EMIT slosListed(infos);
    if (m_definitions.isEmpty()) {
        Q_EMIT finished(true, {});
        return;
    }
    for (const auto &def : std::as_const(m_definitions)) {
        auto pending = std::make_shared<Pending>();
        pending->def = def;
        m_pending.insert(def.id, pending);
        for (std::size_t i = 0; i < slo::kBurnWindows.size(); ++i) {
            const auto label = QString::fromStdString(slo::label(slo::kBurnWindows[i]));
            m_queries.insert(m_source->instantQuery(def.errorRatioQuery(label), m_asOfMs), {def.id, int(i)});
        }
        m_queries.insert(m_source->instantQuery(def.errorRatioQuery(u"%1d"_s.arg(def.windowDays)), m_asOfMs),
                         {def.id, kWindowSlot});
        // Hour buckets ending at the sample time, covering the window that ends at asOf.
        const qint64 from = m_asOfMs - qint64(def.windowDays) * 24 * kHourMs + kHourMs;
        m_queries.insert(m_source->rangeQuery(def.errorRatioQuery(u"1h"_s), from, m_asOfMs, 3600),
                         {def.id, kHourlyRatioSlot});
        QString total = def.totalQuery;
        total.replace(u"{{.window}}"_s, u"1h"_s);
        m_queries.insert(m_source->rangeQuery(total, from, m_asOfMs, 3600), {def.id, kHourlyTotalSlot});
    }
}

void PrometheusSliSource::onQuery(quint64 id, const PromResult &result)
{
    const auto it = m_queries.find(id);
    if (it == m_queries.end())
        return;
    const auto [sloId, slot] = it.value();
    m_queries.erase(it);
    auto pending = m_pending.value(sloId);
    if (!pending)
        return;
    pending->results[std::size_t(slot)] = result;
    for (const auto &w : result.warnings)
        if (!m_warned.contains(w)) {
            m_warned.insert(w);
            Q_EMIT warning(tr("The metrics source warns: %1").arg(w));
        }
    if (--pending->outstanding == 0)
        complete(sloId);
}

void PrometheusSliSource::complete(const QString &sloId)
{
    const auto pending = m_pending.take(sloId);
    const auto &def = pending->def;
    for (const auto &r : pending->results) {
        if (r && !r->ok()) {
            Q_EMIT statusFailed(sloId, tr("Prometheus query failed: %1").arg(r->error));
            if (m_pending.isEmpty())
                Q_EMIT finished(true, {});
            return;
        }
    }
    domain::SloStatus status;
    status.sloId = sloId.toStdString();
    status.window = std::to_string(def.windowDays) + "d";
    status.asOf = m_asOfMs;

    slo::BurnRates rates{};
    for (std::size_t i = 0; i < slo::kBurnWindows.size(); ++i) {
        const auto ratio = pending->results[i]->firstValue();
        rates[i] = slo::burnRate(ratio, def.objective);
        domain::BurnRate br;
        br.window = slo::label(slo::kBurnWindows[i]);
        br.hasData = rates[i].has_value();
        br.rate = rates[i].value_or(0.0);
        status.burnRates.push_back(br);
    }
    const auto windowRatio = pending->results[kWindowSlot]->firstValue();
    status.attainment = windowRatio ? 1.0 - *windowRatio : 1.0;
    status.errorBudgetRemaining = windowRatio ? 1.0 - *windowRatio / (1.0 - def.objective) : 1.0;
    status.alert = slo::toString(slo::evaluateBurnAlerts(rates, def.windowDays).level);

    // Burn-down from hourly buckets. The total query is a per-second rate; only the relative
    // weight of each hour matters for the budget fraction, and rate × 3600 gives the event count.
    QHash<qint64, double> ratioAt;
    const auto &ratioSeries = pending->results[kHourlyRatioSlot]->series;
    if (!ratioSeries.isEmpty())
        for (const auto &s : ratioSeries.front().samples)
            if (s.value)
                ratioAt.insert(s.tsMs, *s.value);
    std::vector<slo::CountBucket> buckets;
    double totalEvents = 0, badEvents = 0;
    const auto &totalSeries = pending->results[kHourlyTotalSlot]->series;
    if (!totalSeries.isEmpty()) {
        for (const auto &s : totalSeries.front().samples) {
            const double total = s.value.value_or(0.0) * 3600.0;
            const double bad = total * ratioAt.value(s.tsMs, 0.0);
            totalEvents += total;
            badEvents += bad;
            const auto t = std::int64_t(std::llround(total));
            buckets.push_back({s.tsMs, {t - std::min(t, std::int64_t(std::llround(bad))), t}});
        }
    }
    for (const auto &p : slo::budgetBurndown(buckets, def.objective))
        status.budgetBurndown.push_back({p.ts, p.remaining});
    // Event counts are estimates (rate × 3600 per hour); none at all when the window had no data,
    // so the attainment reads "no data" rather than a perfect 100%.
    status.totalEvents = windowRatio ? std::int64_t(std::llround(totalEvents)) : 0;
    status.goodEvents = windowRatio ? status.totalEvents - std::int64_t(std::llround(badEvents)) : 0;

    Q_EMIT statusReady(sloId, status);
    if (m_pending.isEmpty())
        Q_EMIT finished(true, {});
}

} // namespace keel::prometheus
