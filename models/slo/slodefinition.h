#pragma once
// An SLO as the council writes it down: objective, window and an SLI as two PromQL queries
// (in the spirit of Sloth / OpenSLO). The file format is documented in docs/slo-definitions.md;
// resources/slo/keel-slos.json is a complete example.
#include <QList>
#include <QString>
#include <QStringList>

namespace keel::slo {

struct SloDefinition {
    QString id;          // slug: [a-z0-9][a-z0-9-]*
    QString name;
    QString layer;       // inference | rag | data | product | review
    QString description;
    double objective = 0.99;  // (0, 1)
    int windowDays = 30;      // "window": "30d" (1..90 days)
    // SLI: exactly one of goodQuery / errorQuery, plus totalQuery. Each is PromQL with the
    // placeholder {{.window}} where the range goes, e.g. rate(x[{{.window}}]).
    QString goodQuery;
    QString errorQuery;
    QString totalQuery;
    QString platformSloId;    // optional: the id of the same SLO in GET /v1/slos

    // The PromQL error ratio over `range` (e.g. "1h"): (error)/(total) or 1 - (good)/(total).
    QString errorRatioQuery(const QString &range) const;
};

struct SloDefinitionSet {
    QList<SloDefinition> slos;
};

// Result of loading: either definitions or one clear error naming the place ("slos[2].objective").
struct SloDefinitionLoad {
    SloDefinitionSet set;
    QString error; // empty on success
    bool ok() const { return error.isEmpty(); }
};

SloDefinitionLoad parseSloDefinitions(const QByteArray &json);
SloDefinitionLoad loadSloDefinitions(const QString &path);

QStringList sloLayers(); // the allowed layers, in display order

} // namespace keel::slo
