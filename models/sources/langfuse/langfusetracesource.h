#pragma once
// A trace from a Langfuse project, looked up by its trace id:
//   v4      GET /api/public/v2/observations?traceId=… (limit 1000, cursor to the end or the cap)
//           then the root observations once more with their io (isRootObservation=true):
//           pages without io stay far below Langfuse Cloud's 5 MB per answer, and the roots'
//           io is the trace's input and output. Not found = an empty first page.
//   legacy  GET /api/public/traces/{id} (a v3 server, whose /v2/observations is 404). Not found = 404.
// The route generation is shared with the review feed and sink of the same connection.
// v4 queries carry a time window as Langfuse recommends (it prunes the events table by time): a
// trace id says nothing about when the trace ran, so the window is wide, the last
// lookbackDays (default 365) up to a day ahead of the console's clock (SDK clocks drift); the
// not-found message says so. 429s are retried by the client after Retry-After; one that still
// comes back says how long the server asked to wait.
#include "langfuseconnection.h"

#include "sources/tracesource.h"

#include <memory>

namespace keel::sources::langfuse {

struct TraceObservation;

class LangfuseTraceSource : public TraceSource {
    Q_OBJECT
public:
    // client: settings from connectionSettings(); routes: shared with the review feed and sink of
    // the same connection. Neither is owned; the client must outlive this source.
    LangfuseTraceSource(api::PlatformClient *client, std::shared_ptr<ServerRoutes> routes, QObject *parent = nullptr);

    QString describe() const override;
    Coverage coverage() const override { return {}; } // spans, time, model, tokens and cost only
    QString searchScope() const override;
    void lookup(const QString &traceId) override;

    // Observations per page (1..1000, the server's cap; default 1000) and per trace (default
    // 10,000): a trace with more shows its newest observations and its roots, and says it was cut.
    void setPageLimit(int limit);
    void setMaxObservations(int max);
    void setLookbackDays(int days);

private:
    struct Run;
    void fetchPage(std::shared_ptr<Run> run);
    void fetchRoots(std::shared_ptr<Run> run);
    void fetchLegacy(std::shared_ptr<Run> run);
    void finish(std::shared_ptr<Run> run);
    // Emits failed() for an HTTP or network failure; false when the answer was fine.
    bool failOn(const std::shared_ptr<Run> &run, const api::ApiResponse &r);
    void failUnreadable(const std::shared_ptr<Run> &run, const QString &detail);
    api::ApiRequest observationsRequest(const Run &run, bool roots) const;
    QUrl baseUrl() const;

    api::PlatformClient *m_client;
    std::shared_ptr<ServerRoutes> m_routes;
    int m_pageLimit = 1000;
    int m_maxObservations = 10'000;
    int m_lookbackDays = 365;
};

} // namespace keel::sources::langfuse
