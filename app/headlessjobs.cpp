#include "headlessjobs.h"

#include <slo/sloreportjob.h>
#include <spend/spendexportjob.h>
#include <spend/spendquery.h>

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace keel::app {
namespace {

// Wraps any job class with start()/progress()/finished() into a HeadlessJob.
template <typename Job>
class JobAdapter : public HeadlessJob {
public:
    explicit JobAdapter(std::unique_ptr<Job> job)
        : m_job(std::move(job))
    {
        connect(m_job.get(), &Job::progress, this, &HeadlessJob::progress);
        connect(m_job.get(), &Job::finished, this, &HeadlessJob::finished);
    }
    void start() override { m_job->start(); }
private:
    std::unique_ptr<Job> m_job;
};

void fail(const QString &message)
{
    std::fprintf(stderr, "keel: %s\n", qUtf8Printable(message));
}

} // namespace

QStringList resourcesNeededBy(const AppOptions &options)
{
    switch (options.command) {
    case AppOptions::Command::ExportSpend:
        return {u"spend_daily"_s};
    case AppOptions::Command::Snapshot:
        if (options.view == u"review"_s)
            return {u"review_queues"_s, u"review_items"_s};
        if (options.view == u"spend"_s)
            return {u"spend_daily"_s, u"budgets"_s}; // roll-ups only: raw requests serve drill-downs
        if (options.view == u"slo"_s)
            return {u"slos"_s, u"slo_status"_s};
        return {};
    default:
        return {}; // the SLO report reads the Platform API directly
    }
}

std::unique_ptr<HeadlessJob> createHeadlessJob(const AppOptions &options, const SessionContext &session)
{
    if (options.command == AppOptions::Command::ExportSpend) {
        const auto &id = session.identity;
        if (!id.hasRole("finops") && !id.hasRole("council") && !id.hasRole("admin")) {
            fail(QCoreApplication::translate("Headless", "%1 may not read spend: the platform grants it to the finops, council and admin roles.")
                     .arg(QString::fromStdString(id.user)));
            return nullptr;
        }
        spend::SpendExportOptions o;
        o.storePath = session.storePath;
        o.query.from = QDate::fromString(options.from, Qt::ISODate);
        o.query.to = QDate::fromString(options.to, Qt::ISODate);
        const auto dim = spend::dimensionFromColumn(options.groupBy);
        const auto format = spend::SpendExportOptions::formatFromName(options.format);
        if (!o.query.isValid()) {
            fail(QCoreApplication::translate("Headless", "--from and --to must be dates (YYYY-MM-DD) with from ≤ to."));
            return nullptr;
        }
        if (!dim || !format) {
            fail(QCoreApplication::translate("Headless", "unknown --group-by or --format."));
            return nullptr;
        }
        o.query.groupBy = *dim;
        o.format = *format;
        o.outPath = QFileInfo(options.out).absoluteFilePath();
        return std::make_unique<JobAdapter<spend::SpendExportJob>>(std::make_unique<spend::SpendExportJob>(o));
    }
    if (options.command == AppOptions::Command::ReportSlo) {
        return std::make_unique<JobAdapter<slo::SloReportJob>>(
            std::make_unique<slo::SloReportJob>(session, options.month, QFileInfo(options.out).absoluteFilePath()));
    }
    fail(QCoreApplication::translate("Headless", "this command has no job"));
    return nullptr;
}

} // namespace keel::app
