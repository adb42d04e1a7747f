#pragma once
// Who works the console when it signs in to no Keel platform (DataSources::usePlatform false):
// no /v1/whoami answers, so the person is the desktop login (or QSettings "identity/user"), and
// the roles follow the sources the session has: reviewer with a review source, finops with a
// spend source (LiteLLM or Langfuse), council with Prometheus SLOs. Those sources check the keys themselves; the roles
// only decide which views are built.
#include <domain/identity.h>
#include <settings/datasources.h>

class QSettings;

namespace keel::app {

domain::Identity localIdentity(const settings::DataSources &sources, const QSettings &settings);

} // namespace keel::app
