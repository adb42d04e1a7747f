#pragma once
// Looks up one request's trace: GET /v1/telemetry/traces/{correlation_id}. Exactly one of
// found / notFound / failed follows each lookup; a newer lookup makes older answers stale.
#include <domain/telemetry.h>

#include <QMetaType>
#include <QObject>

namespace keel::api { class PlatformClient; }

namespace keel::slo {

class TraceLoader : public QObject {
    Q_OBJECT
public:
    explicit TraceLoader(api::PlatformClient *client, QObject *parent = nullptr);
    void lookup(const QString &correlationId);
    static bool looksLikeCorrelationId(const QString &text); // printable, 1..128 chars, no spaces

Q_SIGNALS:
    void found(const keel::domain::Trace &trace);
    void notFound(const QString &correlationId);
    // offline = the platform could not be reached at all (DNS, TCP, TLS, timeout).
    void failed(const QString &correlationId, const QString &message, bool offline);

private:
    api::PlatformClient *m_client;
    quint64 m_generation = 0;
};

} // namespace keel::slo

Q_DECLARE_METATYPE(keel::domain::Trace)
