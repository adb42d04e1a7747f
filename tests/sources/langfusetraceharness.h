#pragma once
// The Langfuse trace source against the Langfuse TEST DOUBLE: the review harness (a running
// double, the review source as the app makes it) plus the trace source joined to that review
// source's connection, a lookup that waits for its one answer, and the double's own legacy view
// of a trace (GET /traces/{id}, served in both modes) to compare with.
#include "langfuseharness.h"

#include "sources/tracesourcefactory.h"

#include <memory>

namespace keel::test {

struct TraceAnswer {
    enum Kind { None, Found, NotFound, Failed } kind = None;
    domain::Trace trace;
    QString id, message;
    bool offline = false;
};

inline TraceAnswer lookUpTrace(sources::TraceSource &source, const QString &id, int timeoutMs = 60000)
{
    QSignalSpy found(&source, &sources::TraceSource::found);
    QSignalSpy notFound(&source, &sources::TraceSource::notFound);
    QSignalSpy failed(&source, &sources::TraceSource::failed);
    source.lookup(id);
    TraceAnswer a;
    if (!QTest::qWaitFor([&] { return !found.isEmpty() || !notFound.isEmpty() || !failed.isEmpty(); }, timeoutMs))
        return a;
    if (!found.isEmpty()) {
        a.kind = TraceAnswer::Found;
        a.trace = found.first().at(0).value<domain::Trace>();
        a.id = QString::fromStdString(a.trace.correlationId);
    } else if (!notFound.isEmpty()) {
        a.kind = TraceAnswer::NotFound;
        a.id = notFound.first().at(0).toString();
    } else {
        a.kind = TraceAnswer::Failed;
        a.id = failed.first().at(0).toString();
        a.message = failed.first().at(1).toString();
        a.offline = failed.first().at(2).toBool();
    }
    return a;
}

struct LangfuseTraceHarness : LangfuseHarness {
    std::unique_ptr<sources::TraceSource> traces;

    bool start(const QString &mode, QStringList extra = {}, int maxRetries = 2)
    {
        if (!LangfuseHarness::start(mode, std::move(extra), maxRetries))
            return false;
        traces = sources::createTraceSource(source);
        return traces != nullptr;
    }
    ~LangfuseTraceHarness() { traces.reset(); } // before the review source's client

    // The double's trace as its legacy route shows it: {id, input, output, observations: [...]}.
    nlohmann::json legacyTrace(const std::string &id) const { return direct->get("/api/public/traces/" + id).json(); }

    // Trace ids of the seed, in queue item order, whose legacy view satisfies `keep`.
    template <typename Keep>
    std::vector<std::string> traceIds(Keep keep, std::size_t want = 1) const
    {
        std::vector<std::string> out;
        const nlohmann::json st = state(); // kept: a member of a temporary would dangle in the loop
        for (const auto &item : st["items"]) {
            if (item["objectType"] != "TRACE")
                continue;
            const std::string id = item["objectId"].get<std::string>();
            if (std::find(out.begin(), out.end(), id) == out.end() && keep(legacyTrace(id)))
                out.push_back(id);
            if (out.size() == want)
                break;
        }
        return out;
    }
};

} // namespace keel::test
