#include "slotelemetrypanel.h"

#include "timeserieschart.h"

#include <slo/incidentfinder.h>
#include <slo/seriesloader.h>
#include <slo/seriestablemodel.h>
#include <slo/sloinfo.h>

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace keel::slo {

namespace {
const QString kLatency = u"latency"_s;
const QString kErrors = u"errors"_s;
const QString kThroughput = u"throughput"_s;
const QString kTokens = u"tokens"_s;

QString utc(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"MMM d HH:mm"_s); }
} // namespace

SloTelemetryPanel::SloTelemetryPanel(api::PlatformClient *client, QWidget *parent)
    : QWidget(parent)
{
    if (client)
        m_loader = new SeriesLoader(client, this);
    m_burndown = new SeriesTableModel(this);
    m_latency = new SeriesTableModel(this);
    m_errors = new SeriesTableModel(this);
    m_throughput = new SeriesTableModel(this);
    m_tokens = new SeriesTableModel(this);

    auto *grid = new QGridLayout(this);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_percentile = new QComboBox(this);
    m_percentile->addItem(tr("p50"), u"latency_p50_ms"_s);
    m_percentile->addItem(tr("p95"), u"latency_p95_ms"_s);
    m_percentile->addItem(tr("p99"), u"latency_p99_ms"_s);
    m_percentile->setCurrentIndex(1);
    m_groupBy = new QComboBox(this);
    m_groupBy->addItem(tr("per route"), u"route"_s);
    m_groupBy->addItem(tr("per model"), u"model"_s);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_title, 1);
    controls->addWidget(new QLabel(tr("Latency percentile:"), this));
    controls->addWidget(m_percentile);
    controls->addWidget(m_groupBy);
    grid->addLayout(controls, 0, 0, 1, 2);

    auto chart = [this](const QString &title, const QString &unit, double scale, SeriesTableModel *model) {
        auto *c = new widgets::TimeSeriesChart(this);
        c->setTitle(title);
        c->setUnit(unit, scale);
        c->setEmptyText(tr("no data"));
        c->setModel(model);
        return c;
    };
    m_burndownChart = chart(tr("Error budget remaining"), tr("% budget"), 100.0, m_burndown);
    m_latencyChart = chart(tr("Latency (percentile, never averages)"), tr("ms"), 1.0, m_latency);
    m_errorChart = chart(tr("Error rate"), tr("% errors"), 100.0, m_errors);
    m_throughputChart = chart(tr("Throughput"), tr("req/s"), 1.0, m_throughput);
    m_tokensChart = chart(tr("Tokens"), tr("tokens/s"), 1.0, m_tokens);
    grid->addWidget(m_burndownChart, 1, 0);
    grid->addWidget(m_latencyChart, 1, 1);
    grid->addWidget(m_errorChart, 2, 0);
    grid->addWidget(m_throughputChart, 2, 1);
    grid->addWidget(m_tokensChart, 3, 0, 1, 2);

    if (!m_loader) {
        for (auto *c : {m_latencyChart, m_errorChart, m_throughputChart, m_tokensChart})
            c->hide();
        m_percentile->hide();
        m_groupBy->hide();
        for (QLabel *label : findChildren<QLabel *>())
            if (label != m_title)
                label->hide(); // "Latency percentile:"
        auto *note = new QLabel(tr("Latency, error rate, throughput and token charts come from a Keel platform's request "
                                   "telemetry; this session has no platform. The SLO numbers above are computed from "
                                   "Prometheus."), this);
        note->setObjectName(u"noTelemetryNote"_s);
        note->setWordWrap(true);
        note->setTextFormat(Qt::PlainText);
        grid->addWidget(note, 2, 0, 1, 2);
        return;
    }
    connect(m_loader, &SeriesLoader::loaded, this, &SloTelemetryPanel::onSeries);
    connect(m_loader, &SeriesLoader::failed, this, [this](const QString &tag, const QString &message) {
        Q_EMIT failed(tr("Telemetry (%1) could not be loaded: %2").arg(tag, message));
        Q_EMIT seriesSettled();
    });
    connect(m_percentile, &QComboBox::currentIndexChanged, this, [this] { loadLatency(); });
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] { loadLatency(); });
}

void SloTelemetryPanel::load(qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = toMs;
    if (!m_loader)
        return;
    loadLatency();
    m_loader->load(kErrors, {u"error_rate"_s, m_fromMs, m_toMs, 3600, u"route"_s});
    m_loader->load(kThroughput, {u"request_rate"_s, m_fromMs, m_toMs, 3600, u"route"_s});
    m_loader->load(kTokens, {u"tokens_per_s"_s, m_fromMs, m_toMs, 3600, u"route"_s});
}

void SloTelemetryPanel::loadLatency()
{
    if (!m_loader || m_toMs <= m_fromMs)
        return;
    m_loader->load(kLatency, {m_percentile->currentData().toString(), m_fromMs, m_toMs, 3600,
                              m_groupBy->currentData().toString()});
}

void SloTelemetryPanel::onSeries(const QString &tag, const domain::SeriesResponse &response)
{
    if (tag == kLatency) {
        m_latency->setSeries(response, m_groupBy->currentData().toString());
        m_latencyChart->setTitle(tr("Latency %1 %2 (never averages)").arg(m_percentile->currentText(), m_groupBy->currentText()));
    } else if (tag == kErrors) {
        m_errors->setSeries(response, u"route"_s);
        updateIncident(response);
    } else if (tag == kThroughput) {
        m_throughput->setSeries(response, u"route"_s);
    } else if (tag == kTokens) {
        m_tokens->setSeries(response, u"route"_s);
    }
    Q_EMIT seriesSettled();
}

void SloTelemetryPanel::updateIncident(const domain::SeriesResponse &errors)
{
    // An error rate at least 3× a route's own median and above 2%, for two hours or more.
    const auto found = findAnomalies(errors, u"route"_s, 3.0, 0.02, 2);
    QList<std::tuple<qint64, qint64, QString>> bands;
    m_incidentText.clear();
    if (!found.isEmpty()) {
        const auto &a = found.first();
        bands.append({a.fromMs, a.toMs, tr("Incident: %1 errors %2–%3 UTC").arg(a.key, utc(a.fromMs), utc(a.toMs))});
        m_incidentText = tr("Incident detected on %1: error rate up to %2% (normally %3%) from %4 to %5 UTC. "
                            "It is shaded in the charts below.")
                             .arg(a.key, QLocale().toString(a.peak * 100, 'f', 1),
                                  QLocale().toString(a.baseline * 100, 'f', 2), utc(a.fromMs), utc(a.toMs));
    }
    for (auto *c : {m_errorChart, m_latencyChart, m_throughputChart, m_tokensChart, m_burndownChart})
        c->setAnnotations(bands);
    Q_EMIT incidentChanged(m_incidentText);
}

void SloTelemetryPanel::showSlo(const SloInfo *info, const domain::SloStatus *status)
{
    if (!info) {
        m_burndown->clear();
        m_title->clear();
        return;
    }
    m_title->setText(tr("%1 — objective %2% over %3 days")
                         .arg(info->name, QLocale().toString(info->objective * 100, 'f', 2))
                         .arg(info->windowDays));
    if (status)
        m_burndown->setSeries(SeriesTableModel::fromBurndown(status->budgetBurndown, info->name), u"slo"_s);
    else
        m_burndown->clear();
    m_burndownChart->setTitle(tr("Error budget remaining — %1").arg(info->name));
}

} // namespace keel::slo
