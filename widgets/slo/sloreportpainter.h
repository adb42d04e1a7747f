#pragma once
// Paints the SLO report (see SloReportJob) into a PDF file. Runs on any thread.
#include <domain/review.h>
#include <slo/sloinfo.h>

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>

namespace keel::slo {

struct SloReportData {
    QDate monthStart;              // first day of the reported month
    QString sourceText;            // where the numbers came from
    QList<SloInfo> slos;
    QHash<QString, domain::SloStatus> status;
    QHash<QString, QString> errors; // SLOs whose status could not be fetched
    QList<domain::ReviewQueue> queues;
    QString queuesError;
};

// Returns an empty string on success, else why it failed. Checks `cancelled` between pages.
QString paintSloReport(const SloReportData &data, const QString &path, const std::atomic<bool> &cancelled,
                       int *sectionsWritten);

} // namespace keel::slo
