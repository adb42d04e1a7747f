#include "platformrequestfetch.h"

#include "logging.h"

#include <api/platformclient.h>
#include <domain/codec.h>
#include <domain/timeutil.h>

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keel::spend {

namespace {

RequestRow toRow(const domain::RequestRecord &r)
{
    RequestRow row;
    row.id = QString::fromStdString(r.id);
    row.ts = r.ts;
    row.correlationId = QString::fromStdString(r.correlationId);
    row.route = QString::fromStdString(r.route);
    row.model = QString::fromStdString(r.model);
    row.useCase = QString::fromStdString(r.useCase);
    row.team = QString::fromStdString(r.team);
    row.segment = QString::fromStdString(r.customerSegment);
    row.promptTemplate = QString::fromStdString(r.promptTemplate);
    row.status = QString::fromStdString(r.status);
    row.inputTokens = r.inputTokens;
    row.outputTokens = r.outputTokens;
    row.cachedTokens = r.cachedTokens;
    row.cost = r.costMicros;
    row.cacheHit = r.cacheHit;
    return row;
}
} // namespace

bool costlierRequest(const RequestRow &a, const RequestRow &b)
{
    if (a.cost != b.cost)
        return a.cost > b.cost;
    if (a.ts != b.ts)
        return a.ts < b.ts;
    return a.id < b.id;
}

PlatformRequestFetch::PlatformRequestFetch(api::PlatformClient *client, SpendDetailRow row, int limit, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_row(std::move(row))
    , m_limit(limit)
{
    m_decoder.setMaxThreadCount(1);
}

PlatformRequestFetch::~PlatformRequestFetch()
{
    cancel();
    m_decoder.waitForDone();
}

void PlatformRequestFetch::start()
{
    fetch(std::nullopt);
}

void PlatformRequestFetch::cancel()
{
    m_done = true;
    if (m_reply)
        m_reply->cancel();
}

void PlatformRequestFetch::fetch(const std::optional<std::string> &cursor)
{
    if (m_done)
        return;
    if (!m_client) {
        finish(tr("Not connected to the platform."));
        return;
    }
    const qint64 day = (m_row.day / kDayMs) * kDayMs;
    api::ApiRequest request;
    request.path = u"/v1/telemetry/requests"_s;
    request.query = {{u"since"_s, QString::fromStdString(domain::formatRfc3339(day))},
                     {u"until"_s, QString::fromStdString(domain::formatRfc3339(day + kDayMs))},
                     {u"model"_s, m_row.model},
                     {u"use_case"_s, m_row.useCase},
                     {u"team"_s, m_row.team},
                     {u"customer_segment"_s, m_row.segment},
                     {u"limit"_s, u"5000"_s}};
    if (cursor)
        request.query.append({u"cursor"_s, QString::fromStdString(*cursor)});
    ++m_pages;
    m_reply = m_client->send(request);
    connect(m_reply, &api::ApiReply::finished, this, &PlatformRequestFetch::onPage);
}

void PlatformRequestFetch::onPage(const api::ApiResponse &response)
{
    if (m_done)
        return;
    if (!response.ok()) {
        finish(tr("The platform did not return the requests behind this row: %1").arg(api::describe(response.error)));
        return;
    }
    // A page of thousands of records is parsed on the worker, never on the GUI thread.
    QPointer<PlatformRequestFetch> self(this);
    const SpendDetailRow row = m_row;
    m_decoder.start([self, body = response.body, row] {
        auto decoded = domain::decodeRequestPage(std::string_view(body.constData(), std::size_t(body.size())),
                                                 domain::DecodeLimits{});
        QList<RequestRow> page;
        std::optional<std::string> next;
        QString error;
        if (!decoded) {
            error = tr("The platform's answer could not be read: %1").arg(QString::fromStdString(decoded.error().toString()));
        } else {
            next = decoded.value().nextCursor;
            for (const auto &r : decoded.value().items) {
                // The filters are the platform's job; a platform that ignored them must not
                // put other cells' requests in this list.
                if (QString::fromStdString(r.model) != row.model || QString::fromStdString(r.useCase) != row.useCase
                    || QString::fromStdString(r.team) != row.team || QString::fromStdString(r.customerSegment) != row.segment)
                    continue;
                page << toRow(r);
            }
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, page = std::move(page), next, error]() mutable {
            if (self)
                self->merge(std::move(page), next, error);
        }, Qt::QueuedConnection);
    });
}

void PlatformRequestFetch::merge(QList<RequestRow> page, const std::optional<std::string> &next, const QString &error)
{
    if (m_done)
        return;
    if (!error.isEmpty()) {
        finish(error);
        return;
    }
    m_best += page;
    std::sort(m_best.begin(), m_best.end(), costlierRequest);
    if (m_best.size() > m_limit)
        m_best.resize(m_limit);
    if (!next) {
        finish({});
        return;
    }
    if (m_pages >= kMaxPages) {
        qCWarning(lcSync) << "request drill-down stopped after" << m_pages << "pages";
        finish(tr("The platform sent more than %1 pages for this row; showing the costliest requests of those.").arg(kMaxPages));
        return;
    }
    fetch(next);
}

void PlatformRequestFetch::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(m_best, error);
}

} // namespace keel::spend
