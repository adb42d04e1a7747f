#include "spendexportjob.h"

#include "csvwriter.h"
#include "focusexport.h"
#include "spendrepository.h"

#include <domain/money.h>

#include <QCoreApplication>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace keel::spend {

std::optional<SpendExportOptions::Format> SpendExportOptions::formatFromName(const QString &name)
{
    if (name == u"csv"_s)
        return Format::Csv;
    if (name == u"focus"_s)
        return Format::Focus;
    return std::nullopt;
}

SpendExportJob::SpendExportJob(SpendExportOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
}

SpendExportJob::~SpendExportJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

QStringList SpendExportJob::groupedColumns(Dimension groupBy)
{
    return {u"period_start"_s, dimensionColumn(groupBy), u"cost_usd"_s, u"cost_micros"_s,
            u"requests"_s, u"input_tokens"_s, u"output_tokens"_s, u"cached_tokens"_s,
            u"cache_savings_usd"_s};
}

void SpendExportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(u"keel-spend-export"_s);
    m_thread->start();
}

void SpendExportJob::cancel()
{
    m_cancel = true;
}

void SpendExportJob::reportProgress(int done, int total)
{
    QMetaObject::invokeMethod(this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
}

void SpendExportJob::reportFinished(bool ok, const QString &message)
{
    QMetaObject::invokeMethod(this, [this, ok, message] {
        if (m_done)
            return;
        m_done = true;
        Q_EMIT finished(ok, message);
    }, Qt::QueuedConnection);
}

void SpendExportJob::run()
{
    const SpendQuery &q = m_options.query;
    if (!q.isValid()) {
        reportFinished(false, tr("The date range is empty: --from must not be after --to."));
        return;
    }
    SpendRepository repo(m_options.storePath);
    if (!repo.open()) {
        reportFinished(false, repo.error());
        return;
    }
    QSaveFile file(m_options.outPath);
    if (!file.open(QIODevice::WriteOnly)) {
        reportFinished(false, tr("Cannot write %1: %2").arg(m_options.outPath, file.errorString()));
        return;
    }
    QString writeError;
    const auto write = [&](const QStringList &cells) {
        const QByteArray line = csvRow(cells).toUtf8();
        if (file.write(line) != line.size()) {
            writeError = file.errorString();
            return false;
        }
        return true;
    };
    qint64 rows = 0;
    bool ok = true;
    if (m_options.format == SpendExportOptions::Format::Focus) {
        const int total = int(qMin<qint64>(repo.countDailyRows(q), INT_MAX));
        const QHash<QString, QString> providers = repo.modelProviders();
        ok = write(focusColumns());
        if (ok) {
            ok = repo.forEachDailyRow(q, [&](const SpendDetailRow &r) {
                if (m_cancel || !write(focusRow(r, providers)))
                    return false;
                if (++rows % 2000 == 0)
                    reportProgress(int(rows), total);
                return true;
            });
        }
        reportProgress(int(rows), total);
    } else {
        const SpendSeries s = repo.series(q);
        const int total = int(s.keys.size() * s.periods.size());
        ok = write(groupedColumns(q.groupBy));
        for (qsizetype p = 0; ok && !m_cancel && p < s.periods.size(); ++p) {
            const QString period = msToDate(s.periods[p]).toString(Qt::ISODate);
            for (qsizetype k = 0; ok && k < s.keys.size(); ++k) {
                const SpendCell &c = s.cells[k][p];
                if (c.cost == 0 && c.requests == 0)
                    continue;
                ok = write({period, s.keys[k], decimalMoney(c.cost), QString::number(c.cost),
                            QString::number(c.requests), QString::number(c.inputTokens),
                            QString::number(c.outputTokens), QString::number(c.cachedTokens),
                            decimalMoney(c.cacheSavings)});
                ++rows;
            }
            reportProgress(int((p + 1) * s.keys.size()), total);
        }
    }
    if (m_cancel) {
        file.cancelWriting();
        reportFinished(false, tr("Export cancelled; nothing was written."));
        return;
    }
    if (!ok || !repo.error().isEmpty()) {
        file.cancelWriting();
        reportFinished(false, writeError.isEmpty() ? repo.error()
                                                   : tr("Writing %1 failed: %2").arg(m_options.outPath, writeError));
        return;
    }
    if (!file.commit()) {
        reportFinished(false, tr("Writing %1 failed: %2").arg(m_options.outPath, file.errorString()));
        return;
    }
    reportFinished(true, tr("Exported %n row(s) to %1.", nullptr, int(rows)).arg(m_options.outPath));
}

} // namespace keel::spend
