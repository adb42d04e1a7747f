#pragma once
// Where the trace explorer's traces come from. TraceExplorer talks only to this interface;
// PlatformTraceSource reads GET /v1/telemetry/traces/{correlation_id}, LangfuseTraceSource a
// Langfuse project's observations. Exactly one of found / notFound / failed follows each lookup
// unless a newer lookup starts first: a newer lookup makes every older answer stale, and a stale
// answer is never emitted. Answers arrive on this object's thread; big bodies are decoded on the
// thread pool inside each implementation, never on the GUI thread.
#include <domain/telemetry.h>

#include <QMetaType>
#include <QObject>
#include <QString>

namespace keel::sources {

class TraceSource : public QObject {
    Q_OBJECT
public:
    explicit TraceSource(QObject *parent = nullptr); // registers domain::Trace for queued connections

    // What a source records beyond spans, time, model, tokens and cost, so that a view leaves out
    // what a source never knows instead of showing zeros or "none".
    struct Coverage {
        bool correlationIds = false; // ids are the platform gateway's correlation ids (else the source's trace ids)
        bool routing = false;        // route, use case, team, provider
        bool safety = false;         // safety flags, confidence, risk score, response cache
        bool lineage = false;        // retrieved chunks and source documents
        bool review = false;         // whether and how the request was reviewed
    };

    // "Platform API at https://…", "Langfuse at https://…" (for messages and titles).
    virtual QString describe() const = 0;
    virtual Coverage coverage() const = 0;
    // Where a lookup searches, for a not-found message ("traces that started in the last 365
    // days"); empty when the source looks a trace up by id alone.
    virtual QString searchScope() const { return {}; }

    virtual void lookup(const QString &id) = 0;

    // Printable, 1..128 characters of letters, digits and - _ . : (platform correlation ids and
    // Langfuse trace ids alike): anything else never reaches the network.
    static bool looksLikeCorrelationId(const QString &text);

Q_SIGNALS:
    void found(const keel::domain::Trace &trace);
    void notFound(const QString &id);
    // offline = the source could not be reached at all (DNS, TCP, TLS, timeout, dropped connection).
    void failed(const QString &id, const QString &message, bool offline);

protected:
    // Starts a lookup: the ticket of this one; every older ticket is stale from now on.
    quint64 beginLookup() { return ++m_lookup; }
    bool isCurrent(quint64 ticket) const { return ticket == m_lookup; }

private:
    quint64 m_lookup = 0;
};

} // namespace keel::sources

Q_DECLARE_METATYPE(keel::domain::Trace)
