#include "sloreportjob.h"

#include "sloreportpainter.h"

#include <api/platformclient.h>
#include <domain/codec.h>
#include <prometheus/slisourcefactory.h>
#include <slo/slisource.h>
#include <sources/reviewfeedsource.h>
#include <clock.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QSettings>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace keel::slo {

SloReportJob::SloReportJob(const keel::SessionContext &context, QString month, QString outPath, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_month(std::move(month))
    , m_outPath(std::move(outPath))
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
}

SloReportJob::~SloReportJob()
{
    m_cancelled->store(true); // a painter still running stops at its next page
}

void SloReportJob::start()
{
    if (m_running)
        return;
    m_monthStart = QDate::fromString(m_month + u"-01"_s, u"yyyy-MM-dd"_s);
    if (!m_monthStart.isValid()) {
        Q_EMIT finished(false, tr("\"%1\" is not a month; use YYYY-MM, e.g. 2026-11.").arg(m_month));
        return;
    }
    if (m_outPath.isEmpty()) {
        Q_EMIT finished(false, tr("No output file given."));
        return;
    }
    m_running = true;
    m_cancelled->store(false);
    m_data = std::make_shared<SloReportData>();
    m_data->monthStart = m_monthStart;
    m_listDone = m_queuesDone = false;
    m_done = 0;
    m_total = 2;
    QString sourceWarning;
    m_source = prometheus::createSliSource(m_context.client, QSettings(), &sourceWarning);
    m_data->sourceText = m_source->describe();
    connect(m_source.get(), &SliSource::slosListed, this, [this](const QList<SloInfo> &slos) {
        m_data->slos = slos;
        m_total = int(slos.size()) + 2;
        Q_EMIT progress(m_done, m_total);
    });
    connect(m_source.get(), &SliSource::statusReady, this, [this](const QString &id, const domain::SloStatus &s) {
        m_data->status.insert(id, s);
        Q_EMIT progress(++m_done, m_total);
    });
    connect(m_source.get(), &SliSource::statusFailed, this, [this](const QString &id, const QString &message) {
        m_data->errors.insert(id, message);
        Q_EMIT progress(++m_done, m_total);
    });
    connect(m_source.get(), &SliSource::finished, this, [this](bool ok, const QString &message) {
        if (!ok) {
            fail(message);
            return;
        }
        m_listDone = true;
        Q_EMIT progress(++m_done, m_total);
        maybeRender();
    });
    // Prometheus answers as of any instant: a past month is reported as it ended. The platform
    // always answers as of now.
    const qint64 monthEndMs = QDateTime(m_monthStart.addMonths(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    m_source->refresh(std::min(monthEndMs, keel::clock::nowMs()));
    fetchQueues();
}

void SloReportJob::fetchQueues()
{
    if (m_context.reviewFeed) { // Langfuse: its annotation queues, as the review view lists them
        connect(m_context.reviewFeed, &sources::ReviewFeedSource::queuesListed, this,
                [this](quint64 ticket, const QList<domain::ReviewQueue> &queues) {
                    if (!m_running || ticket != m_queueTicket)
                        return;
                    m_data->queues = queues;
                    m_queuesDone = true;
                    maybeRender();
                });
        connect(m_context.reviewFeed, &sources::ReviewFeedSource::failed, this,
                [this](quint64 ticket, const QString &, const sources::FeedFailure &failure) {
                    if (!m_running || ticket != m_queueTicket)
                        return;
                    m_data->queuesError = failure.message;
                    m_queuesDone = true;
                    maybeRender();
                });
        // Tickets far from the workspace's own (it counts from 1), so neither takes the other's answer.
        static std::atomic<quint64> lastTicket{quint64(1) << 62};
        m_queueTicket = ++lastTicket;
        m_context.reviewFeed->listQueues(m_queueTicket);
        return;
    }
    if (!m_context.client) {
        m_data->queuesError = tr("this session has no review source.");
        m_queuesDone = true;
        return;
    }
    api::ApiRequest req;
    req.path = u"/v1/review/queues"_s;
    auto *reply = m_context.client->send(std::move(req));
    connect(reply, &api::ApiReply::finished, this, [this](const api::ApiResponse &r) {
        if (!m_running)
            return;
        if (!r.ok()) {
            // The council may lack review rights (403): the report says so instead of failing.
            m_data->queuesError = api::describe(r.error);
        } else {
            auto page = domain::decodeQueuePage(std::string_view(r.body.constData(), std::size_t(r.body.size())));
            if (page)
                m_data->queues = QList<domain::ReviewQueue>(page.value().items.begin(), page.value().items.end());
            else
                m_data->queuesError = QString::fromStdString(page.error().toString());
        }
        m_queuesDone = true;
        maybeRender();
    });
}

void SloReportJob::maybeRender()
{
    if (!m_running || !m_listDone || !m_queuesDone)
        return;
    QPointer<SloReportJob> self(this);
    auto data = m_data;
    auto cancelled = m_cancelled;
    const QString path = m_outPath;
    QThreadPool::globalInstance()->start([self, data, cancelled, path] {
        int sections = 0;
        const QString error = paintSloReport(*data, path, *cancelled, &sections);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, error, sections, path, count = int(data->slos.size())] {
                if (!self || !self->m_running)
                    return;
                self->m_running = false;
                self->m_sections = sections;
                Q_EMIT self->progress(self->m_total, self->m_total);
                if (error.isEmpty())
                    Q_EMIT self->finished(true, tr("Wrote the SLO report with %n SLO section(s) to %1.", nullptr, count).arg(path));
                else
                    Q_EMIT self->finished(false, tr("The SLO report could not be written: %1").arg(error));
            },
            Qt::QueuedConnection);
    });
}

void SloReportJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled->store(true);
    fail(tr("cancelled"));
}

void SloReportJob::fail(const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    m_source.reset();
    Q_EMIT finished(false, tr("The SLO report could not be made: %1").arg(message));
}

} // namespace keel::slo
