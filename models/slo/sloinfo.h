#pragma once
// What the council sees of one SLO, whichever source it came from (Platform API or Prometheus).
#include "slodefinition.h"

#include <domain/slo.h>

#include <QList>
#include <QMetaType>
#include <QString>

namespace keel::slo {

struct SloInfo {
    QString id;
    QString name;
    QString layer;       // inference | rag | data | product | review
    QString description;
    QString sli;         // human description of the SLI (or its PromQL)
    double objective = 0.99;
    int windowDays = 30;

    static SloInfo fromPlatform(const domain::Slo &slo);
    static SloInfo fromDefinition(const SloDefinition &def);
};

} // namespace keel::slo

Q_DECLARE_METATYPE(keel::slo::SloInfo)
Q_DECLARE_METATYPE(QList<keel::slo::SloInfo>)
Q_DECLARE_METATYPE(keel::domain::SloStatus)
