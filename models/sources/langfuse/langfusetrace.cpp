#include "langfusetrace.h"

#include "langfusecontent.h"

#include <domain/timeutil.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace keel::sources::langfuse {

namespace {

// The root span's text of one trace may be a whole conversation; the view shows this much.
constexpr std::size_t kTraceIoMaxBytes = 200'000;

domain::UnixMs traceTimeOf(const Json &o, const char *key)
{
    return domain::parseRfc3339(text(o, key)).value_or(0);
}

std::optional<double> traceNumberOf(const Json &o, const char *key)
{
    if (!o.is_object())
        return std::nullopt;
    const auto it = o.find(key);
    if (it == o.end() || !it->is_number())
        return std::nullopt;
    const double v = it->get<double>();
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

std::int64_t traceCount(double v)
{
    return v > 0 && v < 1e15 ? std::llround(v) : 0;
}

// usageDetails {string: int}: Langfuse counts every key that starts with "input" as input usage
// (input_cached_tokens, input_audio, …) and every "output…" key as output; "total" is their sum.
void traceUsageFrom(const Json &details, TraceObservation &o)
{
    if (!details.is_object())
        return;
    for (auto it = details.begin(); it != details.end(); ++it) {
        if (!it->is_number())
            continue;
        const std::int64_t n = traceCount(it->get<double>());
        const std::string &key = it.key();
        if (key.rfind("input", 0) == 0) {
            o.inputTokens += n;
            if (key.find("cache") != std::string::npos)
                o.cachedTokens += n;
        } else if (key.rfind("output", 0) == 0) {
            o.outputTokens += n;
        }
    }
}

// The fields both generations share, by the same names.
TraceObservation traceObservationBase(const Json &o)
{
    TraceObservation x;
    x.id = text(o, "id");
    x.parentId = text(o, "parentObservationId");
    x.type = text(o, "type");
    x.name = text(o, "name");
    x.level = text(o, "level");
    x.statusMessage = text(o, "statusMessage");
    x.promptName = text(o, "promptName");
    x.promptVersion = traceCount(traceNumberOf(o, "promptVersion").value_or(0));
    x.start = traceTimeOf(o, "startTime");
    x.end = traceTimeOf(o, "endTime");
    x.completionStart = traceTimeOf(o, "completionStartTime");
    x.latencySeconds = traceNumberOf(o, "latency");
    x.ttftSeconds = traceNumberOf(o, "timeToFirstToken");
    if (o.contains("usageDetails"))
        traceUsageFrom(o["usageDetails"], x);
    if (o.contains("input") || o.contains("output")) {
        x.hasIo = true;
        x.input = o.contains("input") ? ioText(o["input"]) : std::string();
        x.output = o.contains("output") ? ioText(o["output"]) : std::string();
    }
    return x;
}

TraceObservation traceObservationV2(const Json &o)
{
    TraceObservation x = traceObservationBase(o);
    x.model = text(o, "providedModelName");
    x.costUsd = traceNumberOf(o, "totalCost");
    if (!x.costUsd && o.contains("costDetails"))
        x.costUsd = traceNumberOf(o["costDetails"], "total");
    return x;
}

TraceObservation traceObservationV1(const Json &o)
{
    TraceObservation x = traceObservationBase(o);
    x.model = text(o, "model");
    if (x.inputTokens == 0 && x.outputTokens == 0 && o.contains("usage")) { // the older usage object
        const Json &u = o["usage"];
        x.inputTokens = traceCount(traceNumberOf(u, "input").value_or(0));
        x.outputTokens = traceCount(traceNumberOf(u, "output").value_or(0));
    }
    x.costUsd = traceNumberOf(o, "calculatedTotalCost");
    if (!x.costUsd && o.contains("costDetails"))
        x.costUsd = traceNumberOf(o["costDetails"], "total");
    if (!x.costUsd)
        x.costUsd = traceNumberOf(o, "totalCost");
    return x;
}

// Cuts at a UTF-8 character boundary and says how much was left out.
std::string traceCutText(std::string s)
{
    if (s.size() <= kTraceIoMaxBytes)
        return s;
    std::size_t at = kTraceIoMaxBytes;
    while (at > 0 && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80)
        --at;
    const std::size_t left = s.size() - at;
    s.resize(at);
    return s + "\n\n"
        + QCoreApplication::translate("keel::sources::langfuse", "[%1 more bytes are in Langfuse]")
              .arg(qulonglong(left))
              .toStdString();
}

std::string traceJoined(const std::vector<std::string> &parts)
{
    std::string out;
    for (const std::string &p : parts)
        if (!p.empty())
            out += (out.empty() ? "" : "\n\n---\n\n") + p;
    return out;
}

// Which observations hang where: parent index per observation, -1 = under the trace's root.
// An observation whose parent is missing, or whose ancestors loop, goes to the top with a note.
struct TraceShape {
    std::vector<int> parent;
    std::vector<std::string> note; // why an observation with a parent id sits at the top
};

TraceShape traceShapeOf(const std::vector<TraceObservation> &obs)
{
    const int n = int(obs.size());
    std::map<std::string, int> byId;
    for (int i = 0; i < n; ++i)
        byId.emplace(obs[std::size_t(i)].id, i);
    TraceShape shape;
    shape.parent.assign(std::size_t(n), -1);
    shape.note.assign(std::size_t(n), {});
    for (int i = 0; i < n; ++i) {
        const std::string &pid = obs[std::size_t(i)].parentId;
        if (pid.empty())
            continue;
        const auto it = byId.find(pid);
        if (it == byId.end())
            shape.note[std::size_t(i)] = QCoreApplication::translate("keel::sources::langfuse",
                                                                     "%1 (not in this trace)")
                                             .arg(QString::fromStdString(pid))
                                             .toStdString();
        else if (it->second == i)
            shape.note[std::size_t(i)] = QCoreApplication::translate("keel::sources::langfuse", "itself").toStdString();
        else
            shape.parent[std::size_t(i)] = it->second;
    }
    // Cut every parent cycle once, at the member that starts first (the most plausible top):
    // state 0 = not seen, 1 = on the current walk, 2 = known to reach the top.
    std::vector<int> state(std::size_t(n), 0);
    std::vector<int> order(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        order[std::size_t(i)] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return obs[std::size_t(a)].start < obs[std::size_t(b)].start; });
    for (int first : order) {
        std::vector<int> walk;
        int at = first;
        while (at >= 0 && state[std::size_t(at)] == 0) {
            state[std::size_t(at)] = 1;
            walk.push_back(at);
            at = shape.parent[std::size_t(at)];
        }
        if (at >= 0 && state[std::size_t(at)] == 1) { // back on this walk: a cycle from `at` on
            const auto from = std::find(walk.begin(), walk.end(), at);
            const int cut = *std::min_element(from, walk.end(), [&](int a, int b) {
                return obs[std::size_t(a)].start < obs[std::size_t(b)].start;
            });
            shape.note[std::size_t(cut)] = QCoreApplication::translate("keel::sources::langfuse",
                                                                       "%1 (its ancestors form a loop)")
                                               .arg(QString::fromStdString(obs[std::size_t(cut)].parentId))
                                               .toStdString();
            shape.parent[std::size_t(cut)] = -1;
        }
        for (int w : walk)
            state[std::size_t(w)] = 2;
    }
    return shape;
}

domain::Span traceSpanOf(const TraceObservation &o)
{
    domain::Span s;
    s.spanId = o.id;
    s.parentId = o.parentId;
    s.name = o.name.empty() ? o.type : o.name;
    s.kind = o.type;
    s.start = o.start;
    if (o.end > 0 && o.end >= o.start)
        s.durationMs = o.end - o.start;
    else if (o.latencySeconds && *o.latencySeconds > 0)
        s.durationMs = std::llround(*o.latencySeconds * 1000.0);
    s.status = o.level == "ERROR" ? "error" : "ok";
    auto &a = s.attributes;
    if (!o.model.empty())
        a["model"] = o.model;
    if (o.inputTokens || o.outputTokens) {
        a["input tokens"] = std::to_string(o.inputTokens);
        a["output tokens"] = std::to_string(o.outputTokens);
    }
    if (o.cachedTokens)
        a["cached input tokens"] = std::to_string(o.cachedTokens);
    if (o.costUsd)
        a["cost (USD)"] = usdText(*o.costUsd);
    if (o.ttftSeconds)
        a["time to first token (ms)"] = std::to_string(std::llround(*o.ttftSeconds * 1000.0));
    if (!o.level.empty())
        a["level"] = o.level;
    if (!o.statusMessage.empty())
        a["status message"] = o.statusMessage;
    if (!o.promptName.empty())
        a["prompt"] = o.promptName;
    if (o.promptVersion)
        a["prompt version"] = std::to_string(o.promptVersion);
    a["observation id"] = o.id;
    return s;
}

domain::UnixMs traceEndOf(const domain::Span &s)
{
    return s.start + std::max<std::int64_t>(0, s.durationMs);
}

} // namespace

std::string usdText(double usd)
{
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.9f", usd);
    std::string s = buf;
    while (s.size() > 1 && s.back() == '0')
        s.pop_back();
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    return s;
}

ObservationPage readObservationPage(const QByteArray &body)
{
    ObservationPage out;
    const Json page = parse(body);
    if (!page.is_object() || !page.contains("data") || !page["data"].is_array()) {
        out.error = QStringLiteral("expected {data: [ObservationV2], meta}");
        return out;
    }
    for (const Json &o : page["data"]) {
        if (!o.is_object() || text(o, "id").empty()) {
            out.error = QStringLiteral("an observation without an id");
            return out;
        }
        out.observations.push_back(traceObservationV2(o));
        if (out.traceName.empty())
            out.traceName = text(o, "traceName");
    }
    if (page.contains("meta"))
        out.cursor = text(page["meta"], "cursor");
    return out;
}

LegacyTrace readLegacyTrace(const QByteArray &body)
{
    LegacyTrace out;
    const Json t = parse(body);
    if (!t.is_object() || text(t, "id").empty()) {
        out.error = QStringLiteral("expected a TraceWithFullDetails object");
        return out;
    }
    out.id = text(t, "id");
    out.name = text(t, "name");
    out.timestamp = traceTimeOf(t, "timestamp");
    out.input = t.contains("input") ? ioText(t["input"]) : std::string();
    out.output = t.contains("output") ? ioText(t["output"]) : std::string();
    if (t.contains("observations") && t["observations"].is_array())
        for (const Json &o : t["observations"])
            if (o.is_object() && !text(o, "id").empty())
                out.observations.push_back(traceObservationV1(o));
    return out;
}

void mergeRoots(std::vector<TraceObservation> &all, const std::vector<TraceObservation> &roots)
{
    std::map<std::string, std::size_t> byId;
    for (std::size_t i = 0; i < all.size(); ++i)
        byId.emplace(all[i].id, i);
    for (const TraceObservation &r : roots) {
        const auto it = byId.find(r.id);
        if (it == byId.end()) {
            byId.emplace(r.id, all.size());
            all.push_back(r);
            continue;
        }
        TraceObservation &known = all[it->second];
        known.hasIo = r.hasIo;
        known.input = r.input;
        known.output = r.output;
    }
}

domain::Trace buildTrace(TraceParts parts)
{
    // The server pages newest first; a repeated id (a page boundary moving under writes) counts once.
    std::vector<TraceObservation> obs;
    {
        std::set<std::string> seen;
        for (TraceObservation &o : parts.observations)
            if (seen.insert(o.id).second)
                obs.push_back(std::move(o));
    }
    std::stable_sort(obs.begin(), obs.end(), [](const TraceObservation &a, const TraceObservation &b) {
        return a.start != b.start ? a.start < b.start : a.id < b.id;
    });
    const TraceShape shape = traceShapeOf(obs);

    domain::Trace trace;
    trace.correlationId = parts.traceId;
    trace.spansCut = parts.cut;
    std::vector<domain::Span> spans;
    spans.reserve(obs.size() + 1);
    std::vector<int> tops;
    for (std::size_t i = 0; i < obs.size(); ++i) {
        domain::Span s = traceSpanOf(obs[i]);
        if (shape.parent[i] < 0) {
            tops.push_back(int(i));
            if (!shape.note[i].empty())
                s.attributes["parent"] = shape.note[i];
        }
        spans.push_back(std::move(s));
    }

    // The request: the trace's time, its whole duration, summed usage, the first generation's model.
    domain::RequestRecord &r = trace.request;
    r.id = parts.traceId;
    r.correlationId = parts.traceId;
    r.useCase = parts.traceName;
    r.status = "ok";
    domain::UnixMs first = parts.timestamp, last = parts.timestamp;
    double costUsd = 0;
    const TraceObservation *firstGeneration = nullptr;
    for (std::size_t i = 0; i < obs.size(); ++i) {
        const TraceObservation &o = obs[i];
        first = first == 0 ? spans[i].start : std::min(first, spans[i].start);
        last = std::max(last, traceEndOf(spans[i]));
        r.inputTokens += o.inputTokens;
        r.outputTokens += o.outputTokens;
        r.cachedTokens += o.cachedTokens;
        costUsd += o.costUsd.value_or(0);
        if (o.level == "ERROR" && r.status != "error") {
            r.status = "error";
            r.errorCode = o.statusMessage.empty() ? o.name : o.statusMessage.substr(0, 200);
        }
        if (!firstGeneration && o.type == "GENERATION")
            firstGeneration = &o;
        if (r.promptTemplate.empty() && !o.promptName.empty())
            r.promptTemplate = o.promptName + (o.promptVersion ? "@v" + std::to_string(o.promptVersion) : "");
    }
    r.ts = first;
    r.latencyMs = std::max<std::int64_t>(0, last - first);
    r.costMicros = std::llround(costUsd * 1e6);
    if (firstGeneration) {
        r.model = firstGeneration->model;
        if (firstGeneration->completionStart > 0)
            r.ttftMs = std::max<std::int64_t>(0, firstGeneration->completionStart - first);
        else if (firstGeneration->ttftSeconds)
            r.ttftMs = firstGeneration->start - first + std::llround(*firstGeneration->ttftSeconds * 1000.0);
    }
    trace.promptTemplate = r.promptTemplate;

    // The root: the one observation at the top when there is exactly one, else the trace itself.
    std::vector<std::string> ins, outs;
    for (int t : tops) {
        ins.push_back(obs[std::size_t(t)].input);
        outs.push_back(obs[std::size_t(t)].output);
    }
    trace.input = traceCutText(parts.input.empty() ? traceJoined(ins) : parts.input);
    trace.output = traceCutText(parts.output.empty() ? traceJoined(outs) : parts.output);

    const bool oneRoot = tops.size() == 1 && shape.note[std::size_t(tops.front())].empty();
    if (oneRoot) {
        domain::Span root = std::move(spans[std::size_t(tops.front())]);
        spans.erase(spans.begin() + tops.front());
        spans.insert(spans.begin(), std::move(root));
    } else {
        domain::Span root;
        root.spanId = parts.traceId;
        for (const TraceObservation &o : obs)
            if (o.id == root.spanId)
                root.spanId += "#trace"; // an observation took the trace's id: keep the tree unambiguous
        root.name = parts.traceName.empty()
            ? QCoreApplication::translate("keel::sources::langfuse", "trace").toStdString()
            : parts.traceName;
        root.kind = "TRACE";
        root.start = first;
        root.durationMs = r.latencyMs;
        root.status = r.status;
        root.attributes["trace id"] = parts.traceId;
        root.attributes["observations"] = std::to_string(obs.size());
        if (costUsd > 0)
            root.attributes["cost (USD)"] = usdText(costUsd);
        for (int t : tops)
            spans[std::size_t(t)].parentId = root.spanId;
        spans.insert(spans.begin(), std::move(root));
    }
    trace.spans = std::move(spans);
    return trace;
}

} // namespace keel::sources::langfuse
