#include "localidentity.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace keel::app {

domain::Identity localIdentity(const settings::DataSources &sources, const QSettings &settings)
{
    QString user = settings.value(u"identity/user"_s).toString().trimmed();
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        if (!user.isEmpty())
            break;
        user = qEnvironmentVariable(variable).trimmed();
    }
    if (user.isEmpty())
        user = u"local"_s;
    domain::Identity identity;
    identity.user = user.left(128).toStdString();
    identity.displayName = identity.user;
    if (sources.reviewFromLangfuse())
        identity.roles.push_back("reviewer");
    if (sources.spendElsewhere())
        identity.roles.push_back("finops");
    if (sources.sloFromPrometheus)
        identity.roles.push_back("council");
    return identity;
}

} // namespace keel::app
