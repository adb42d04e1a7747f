#include "slisourcefactory.h"

#include "prometheusslisource.h"
#include "prometheussource.h"

#include <slo/platformslisource.h>

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace keel::prometheus {

namespace {
// Owns the PrometheusSource next to the SLI source that uses it.
class OwningPrometheusSliSource : public PrometheusSliSource {
public:
    OwningPrometheusSliSource(QList<slo::SloDefinition> defs, std::unique_ptr<PrometheusSource> source)
        : PrometheusSliSource(std::move(defs), source.get())
        , m_owned(std::move(source))
    {
    }

private:
    std::unique_ptr<PrometheusSource> m_owned;
};
} // namespace

std::unique_ptr<slo::SliSource> createSliSource(api::PlatformClient *platform, const QSettings &settings,
                                                QString *warning)
{
    const QUrl url(settings.value(u"slo/prometheus_url"_s).toString());
    const QString file = settings.value(u"slo/definitions_file"_s).toString();
    if (url.isValid() && !url.isEmpty() && !file.isEmpty()) {
        const auto load = slo::loadSloDefinitions(file);
        if (load.ok()) {
            api::ConnectionSettings s;
            s.baseUrl = url;
            return std::make_unique<OwningPrometheusSliSource>(load.set.slos, std::make_unique<PrometheusSource>(s));
        }
        if (warning)
            *warning = QCoreApplication::translate("keel::prometheus", "SLO definition file not used: %1").arg(load.error);
    }
    return std::make_unique<slo::PlatformSliSource>(platform);
}

} // namespace keel::prometheus
