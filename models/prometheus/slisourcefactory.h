#pragma once
// Chooses where the dashboard's SLO numbers come from. Prometheus (with an SLO definition file)
// when QSettings "slo/prometheus_url" and "slo/definitions_file" are both set and the file
// loads; otherwise the Platform API. A file that does not load is reported in *warning.
#include <slo/slisource.h>

#include <memory>

class QSettings;
namespace keel::api { class PlatformClient; }

namespace keel::prometheus {

std::unique_ptr<slo::SliSource> createSliSource(api::PlatformClient *platform, const QSettings &settings,
                                                QString *warning);

} // namespace keel::prometheus
