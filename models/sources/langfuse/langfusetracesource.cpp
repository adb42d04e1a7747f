#include "langfusetracesource.h"

#include "langfusetrace.h"
#include "logging.h"

#include "sources/offthread.h"

#include <api/platformclient.h>
#include <clock.h>
#include <domain/timeutil.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace keel::sources::langfuse {

namespace {

constexpr int kTracePageCap = 1000;         // /v2/observations: limit 1..1000
constexpr int kTraceRootsPerLookup = 50;    // roots fetched with their io; a trace has one or a few
constexpr qint64 kTraceDayMs = 86'400'000;
// v4 field groups for the tree and the request record; io only for the roots (see the header).
const QString kTraceFieldGroups = u"core,basic,time,model,usage,prompt,metrics,trace_context"_s;

} // namespace

struct LangfuseTraceSource::Run {
    quint64 ticket = 0;
    QString id;
    qint64 fromMs = 0, toMs = 0;
    std::vector<TraceObservation> observations;
    std::string traceName;
    std::string cursor; // of the next page; "" for the first
    bool cut = false;
};

LangfuseTraceSource::LangfuseTraceSource(api::PlatformClient *client, std::shared_ptr<ServerRoutes> routes,
                                         QObject *parent)
    : TraceSource(parent)
    , m_client(client)
    , m_routes(std::move(routes))
{
}

QUrl LangfuseTraceSource::baseUrl() const
{
    return m_client->settings().baseUrl;
}

QString LangfuseTraceSource::describe() const
{
    return sourceName(baseUrl());
}

QString LangfuseTraceSource::searchScope() const
{
    if (m_routes->generation == Generation::Legacy)
        return {}; // a v3 server looks a trace up by its id alone
    return tr("Keel searches the traces that started in the last %n day(s)", nullptr, m_lookbackDays);
}

void LangfuseTraceSource::setPageLimit(int limit)
{
    m_pageLimit = std::clamp(limit, 1, kTracePageCap);
}

void LangfuseTraceSource::setMaxObservations(int max)
{
    m_maxObservations = std::max(1, max);
}

void LangfuseTraceSource::setLookbackDays(int days)
{
    m_lookbackDays = std::max(1, days);
}

void LangfuseTraceSource::lookup(const QString &traceId)
{
    auto run = std::make_shared<Run>();
    run->ticket = beginLookup();
    run->id = traceId;
    const qint64 now = keel::clock::nowMs();
    run->fromMs = now - qint64(m_lookbackDays) * kTraceDayMs;
    run->toMs = now + kTraceDayMs;
    if (m_routes->generation == Generation::Legacy)
        fetchLegacy(run);
    else
        fetchPage(run);
}

api::ApiRequest LangfuseTraceSource::observationsRequest(const Run &run, bool roots) const
{
    api::ApiRequest r;
    r.path = u"/api/public/v2/observations"_s;
    const int left = m_maxObservations - int(run.observations.size());
    const int limit = roots ? kTraceRootsPerLookup : std::min(m_pageLimit, std::max(1, left));
    r.query = {{u"traceId"_s, run.id},
               {u"fields"_s, roots ? kTraceFieldGroups + u",io"_s : kTraceFieldGroups},
               {u"limit"_s, QString::number(limit)},
               {u"fromStartTime"_s, QString::fromStdString(domain::formatRfc3339(run.fromMs))},
               {u"toStartTime"_s, QString::fromStdString(domain::formatRfc3339(run.toMs))}};
    if (roots)
        r.query.append({u"isRootObservation"_s, u"true"_s});
    else if (!run.cursor.empty())
        r.query.append({u"cursor"_s, QString::fromStdString(run.cursor)});
    return r;
}

void LangfuseTraceSource::fetchPage(std::shared_ptr<Run> run)
{
    api::ApiReply *reply = m_client->send(observationsRequest(*run, false));
    connect(reply, &api::ApiReply::finished, this, [this, run](const api::ApiResponse &r) {
        if (!isCurrent(run->ticket))
            return;
        if (r.httpStatus == 404 && m_routes->generation == Generation::Unknown && run->observations.empty()) {
            // A v3 server has no /v2/observations: its legacy routes from now on, for the review
            // feed and sink of this connection too.
            qCInfo(lcApi) << "langfuse: /v2/observations is 404, using the v3 routes";
            m_routes->generation = Generation::Legacy;
            return fetchLegacy(run);
        }
        if (failOn(run, r))
            return;
        if (m_routes->generation == Generation::Unknown)
            m_routes->generation = Generation::V4;
        decodeOffThread<ObservationPage>(r.body, [](const QByteArray &body) { return readObservationPage(body); })
            .then(this, [this, run](const ObservationPage &page) {
                if (!isCurrent(run->ticket))
                    return;
                if (!page.error.isEmpty())
                    return failUnreadable(run, page.error);
                if (run->observations.empty() && page.observations.empty() && page.cursor.empty()) {
                    Q_EMIT notFound(run->id); // v4 answers an unknown trace with no observations
                    return;
                }
                run->observations.insert(run->observations.end(), page.observations.begin(), page.observations.end());
                if (run->traceName.empty())
                    run->traceName = page.traceName;
                if (page.cursor.empty())
                    return fetchRoots(run);
                if (page.cursor == run->cursor)
                    return failUnreadable(run, tr("the server sent the same page cursor twice"));
                if (int(run->observations.size()) >= m_maxObservations) {
                    run->cut = true;
                    return fetchRoots(run);
                }
                run->cursor = page.cursor;
                fetchPage(run);
            });
    });
}

void LangfuseTraceSource::fetchRoots(std::shared_ptr<Run> run)
{
    api::ApiReply *reply = m_client->send(observationsRequest(*run, true));
    connect(reply, &api::ApiReply::finished, this, [this, run](const api::ApiResponse &r) {
        if (!isCurrent(run->ticket) || failOn(run, r))
            return;
        decodeOffThread<ObservationPage>(r.body, [](const QByteArray &body) { return readObservationPage(body); })
            .then(this, [this, run](const ObservationPage &page) {
                if (!isCurrent(run->ticket))
                    return;
                if (!page.error.isEmpty())
                    return failUnreadable(run, page.error);
                mergeRoots(run->observations, page.observations);
                finish(run);
            });
    });
}

void LangfuseTraceSource::finish(std::shared_ptr<Run> run)
{
    auto parts = std::make_shared<TraceParts>();
    parts->traceId = run->id.toStdString();
    parts->traceName = run->traceName;
    parts->observations = std::move(run->observations);
    parts->cut = run->cut;
    // Sorting and the tree of ten thousand observations: on the pool too.
    decodeOffThread<domain::Trace>(QByteArray(), [parts](const QByteArray &) { return buildTrace(std::move(*parts)); })
        .then(this, [this, run](const domain::Trace &trace) {
            if (isCurrent(run->ticket))
                Q_EMIT found(trace);
        });
}

void LangfuseTraceSource::fetchLegacy(std::shared_ptr<Run> run)
{
    api::ApiRequest request;
    request.path = u"/api/public/traces/"_s + QString::fromLatin1(QUrl::toPercentEncoding(run->id));
    request.query = {{u"fields"_s, u"core,io,observations"_s}};
    api::ApiReply *reply = m_client->send(request);
    connect(reply, &api::ApiReply::finished, this, [this, run](const api::ApiResponse &r) {
        if (!isCurrent(run->ticket))
            return;
        if (r.httpStatus == 404) {
            Q_EMIT notFound(run->id);
            return;
        }
        if (failOn(run, r))
            return;
        struct Decoded {
            domain::Trace trace;
            QString error;
        };
        const std::string id = run->id.toStdString();
        decodeOffThread<Decoded>(r.body, [id](const QByteArray &body) {
            LegacyTrace legacy = readLegacyTrace(body);
            Decoded d;
            if (!legacy.error.isEmpty()) {
                d.error = legacy.error;
                return d;
            }
            TraceParts parts{id, legacy.name, legacy.timestamp, legacy.input, legacy.output,
                             std::move(legacy.observations), false};
            d.trace = buildTrace(std::move(parts));
            return d;
        }).then(this, [this, run](const Decoded &d) {
            if (!isCurrent(run->ticket))
                return;
            if (!d.error.isEmpty())
                return failUnreadable(run, d.error);
            Q_EMIT found(d.trace);
        });
    });
}

bool LangfuseTraceSource::failOn(const std::shared_ptr<Run> &run, const api::ApiResponse &r)
{
    if (r.ok())
        return false;
    using K = api::ApiError::Kind;
    const K k = r.error.kind;
    QString message;
    const bool offline = k == K::NameResolution || k == K::Connect || k == K::Tls || k == K::Timeout
                         || k == K::ConnectionDropped || k == K::InvalidUrl;
    if (offline) {
        message = api::describe(r.error); // the view names the source it could not reach
    } else if (r.httpStatus == 429) {
        // The client already waited out Retry-After and asked again; this answer is what is left.
        const qint64 waitMs = retryAfterMs(r);
        message = sourceName(baseUrl()) + u": "_s
            + (waitMs > 0 ? tr("too many requests (429): the project's rate limit is used up; the server asks to wait "
                               "%n second(s) before the next lookup", nullptr, int((waitMs + 999) / 1000))
                          : tr("too many requests (429): the project's rate limit is used up; wait a minute before "
                               "the next lookup"));
    } else {
        message = describeFailure(baseUrl(), tr("read trace %1").arg(run->id), r);
    }
    qCInfo(lcApi).noquote() << "langfuse trace:" << message;
    Q_EMIT failed(run->id, message, offline);
    return true;
}

void LangfuseTraceSource::failUnreadable(const std::shared_ptr<Run> &run, const QString &detail)
{
    const QString message = describeUnreadable(baseUrl(), tr("read trace %1").arg(run->id), detail);
    qCInfo(lcApi).noquote() << "langfuse trace:" << message;
    Q_EMIT failed(run->id, message, false);
}

} // namespace keel::sources::langfuse
