#include "sloinfo.h"

using namespace Qt::StringLiterals;

namespace keel::slo {

SloInfo SloInfo::fromPlatform(const domain::Slo &slo)
{
    SloInfo s;
    s.id = QString::fromStdString(slo.id);
    s.name = QString::fromStdString(slo.name);
    s.layer = QString::fromStdString(slo.layer);
    s.description = QString::fromStdString(slo.description);
    s.sli = QString::fromStdString(slo.sli);
    s.objective = slo.objective;
    s.windowDays = int(slo.windowDays);
    return s;
}

SloInfo SloInfo::fromDefinition(const SloDefinition &def)
{
    SloInfo s;
    s.id = def.id;
    s.name = def.name;
    s.layer = def.layer;
    s.description = def.description;
    s.sli = def.errorQuery.isEmpty() ? u"good: "_s + def.goodQuery + u"; total: "_s + def.totalQuery
                                     : u"errors: "_s + def.errorQuery + u"; total: "_s + def.totalQuery;
    s.objective = def.objective;
    s.windowDays = def.windowDays;
    return s;
}

} // namespace keel::slo
