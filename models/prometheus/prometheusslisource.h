#pragma once
// SLI numbers computed by Keel from the PromQL of an SLO definition file, against any
// Prometheus-compatible query API. Per SLO it asks, as of one instant:
//  - the error ratio over each burn window (5m … 3d) and over the whole SLO window,
//  - hourly error ratio and total-event rate over the window (for the budget burn-down).
// burn rate = error ratio / (1 - objective); the alert level follows the multi-window rule.
#include <slo/slisource.h>

#include <QHash>
#include <QSet>

namespace keel::prometheus {

class PrometheusSource;
struct PromResult;

class PrometheusSliSource : public slo::SliSource {
    Q_OBJECT
public:
    PrometheusSliSource(QList<slo::SloDefinition> definitions, PrometheusSource *source, QObject *parent = nullptr);
    QString describe() const override;
    void refresh(qint64 asOfMs = 0) override;

private:
    struct Pending;
    void onQuery(quint64 id, const PromResult &result);
    void complete(const QString &sloId);

    QList<slo::SloDefinition> m_definitions;
    PrometheusSource *m_source;
    qint64 m_asOfMs = 0;
    QHash<quint64, QPair<QString, int>> m_queries; // query id → (slo id, slot)
    QHash<QString, std::shared_ptr<Pending>> m_pending;
    QSet<QString> m_warned;
};

} // namespace keel::prometheus
