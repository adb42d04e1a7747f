#pragma once
// A request's trace from the Platform API v1: GET /v1/telemetry/traces/{correlation_id} (404 =
// not found). This is the code slo::TraceLoader ran before the source layer existed, moved here.
#include "sources/tracesource.h"

namespace keel::api { class PlatformClient; }

namespace keel::sources {

class PlatformTraceSource : public TraceSource {
    Q_OBJECT
public:
    // client: not owned; null in a session without a platform, where every lookup fails saying so.
    explicit PlatformTraceSource(api::PlatformClient *client, QObject *parent = nullptr);

    QString describe() const override;
    Coverage coverage() const override { return {true, true, true, true, true}; }
    void lookup(const QString &correlationId) override;

private:
    api::PlatformClient *m_client;
};

} // namespace keel::sources
