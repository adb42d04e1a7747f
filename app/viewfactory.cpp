#include "viewfactory.h"

#include <review/reviewworkspace.h>
#include <slo/slodashboard.h>
#include <spend/spenddashboard.h>
#include <trace/traceexplorer.h>

#include <settings/datasources.h>

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace keel::app {

QList<ViewSpec> createViews(const SessionContext &session, QWidget *parent)
{
    const auto &id = session.identity;
    const bool admin = id.hasRole("admin");
    const bool reviewer = admin || id.hasRole("reviewer");
    const bool spend = admin || id.hasRole("finops") || id.hasRole("council");
    auto tr = [](const char *text) { return QCoreApplication::translate("keel::app", text); };

    // Without a platform a view exists only where another source feeds it.
    const bool platform = session.client != nullptr;
    QList<ViewSpec> views;
    if (reviewer && (platform || session.reviewFeed))
        views << ViewSpec{u"review"_s, tr("Review"), tr("Review queue: approve, edit, escalate or reject model outputs"),
                          new review::ReviewWorkspace(session, parent)};
    if (spend && (platform || !session.spendSource.isEmpty()))
        views << ViewSpec{u"spend"_s, tr("Spend"), tr("Spend by model, use case, team and segment; budgets and drivers"),
                          new widgets::SpendDashboard(session, parent)};
    if (platform || settings::DataSources::load(QSettings()).sloFromPrometheus)
        views << ViewSpec{u"slo"_s, tr("SLOs"), tr("Service level objectives: attainment, error budgets and burn rates"),
                          new slo::SloDashboard(session, parent)};
    if (platform || session.traceSource)
        views << ViewSpec{u"trace"_s, tr("Traces"), tr("Follow one request end to end by its correlation id"),
                          new trace::TraceExplorer(session, parent)};

    // Each role starts on its home view: the council on SLOs, FinOps on Spend, reviewers on Review.
    if (!reviewer && !admin && id.hasRole("council")) {
        const auto it = std::find_if(views.begin(), views.end(), [](const ViewSpec &v) { return v.id == u"slo"_s; });
        if (it != views.end())
            std::rotate(views.begin(), it, it + 1);
    }
    return views;
}

} // namespace keel::app
