// Codecs for request telemetry: single records (inside a Trace), traces and time series.
// The bulk request page has its own SAX decoder in codec_requestpage.cpp.
#include "codec_readers.h"

#include <limits>

namespace keel::domain {
namespace {
using detail::json;
using detail::ObjectReader;
using detail::Str;
using detail::kMaxInt;
} // namespace

json toJson(const RequestRecord &r)
{
    return json{
        {"id", r.id},
        {"ts", formatRfc3339(r.ts)},
        {"correlation_id", r.correlationId},
        {"route", r.route},
        {"use_case", r.useCase},
        {"model", r.model},
        {"provider", r.provider},
        {"team", r.team},
        {"customer_segment", r.customerSegment},
        {"prompt_template", r.promptTemplate},
        {"input_tokens", r.inputTokens},
        {"output_tokens", r.outputTokens},
        {"cached_tokens", r.cachedTokens},
        {"cost_micros", r.costMicros},
        {"latency_ms", r.latencyMs},
        {"ttft_ms", r.ttftMs},
        {"status", r.status},
        {"error_code", r.errorCode},
        {"cache_hit", r.cacheHit},
        {"safety_flags", r.safetyFlags},
        {"confidence", r.confidence},
        {"risk_score", r.riskScore},
        {"escalated", r.escalated},
    };
}

namespace detail {
RequestRecord readRequest(const ObjectReader &o)
{
    RequestRecord r;
    r.id = o.str("id", Str::Id);
    r.ts = o.time("ts");
    r.correlationId = o.str("correlation_id", Str::Id);
    r.route = o.str("route", Str::Name);
    r.useCase = o.str("use_case", Str::Name);
    r.model = o.str("model", Str::Name);
    r.provider = o.str("provider", Str::Name);
    r.team = o.str("team", Str::Name);
    r.customerSegment = o.str("customer_segment", Str::Name);
    r.promptTemplate = o.str("prompt_template", Str::Name);
    r.inputTokens = o.integer("input_tokens", 0, kMaxInt);
    r.outputTokens = o.integer("output_tokens", 0, kMaxInt);
    r.cachedTokens = o.integer("cached_tokens", 0, kMaxInt);
    r.costMicros = o.integer("cost_micros", 0, kMaxInt);
    r.latencyMs = o.integer("latency_ms", 0, kMaxInt);
    r.ttftMs = o.integer("ttft_ms", 0, kMaxInt);
    r.status = o.oneOf("status", kRequestStatuses);
    r.errorCode = o.optStr("error_code", Str::Name);
    r.cacheHit = o.boolean("cache_hit");
    r.safetyFlags = o.strList("safety_flags", Str::Name);
    r.confidence = o.number("confidence", 0, 1);
    r.riskScore = o.number("risk_score", 0, 1);
    r.escalated = o.boolean("escalated");
    return r;
}
} // namespace detail

json toJson(const Trace &t)
{
    json spans = json::array();
    for (const Span &s : t.spans)
        spans.push_back({{"span_id", s.spanId},
                         {"parent_id", s.parentId},
                         {"name", s.name},
                         {"kind", s.kind},
                         {"start", formatRfc3339(s.start)},
                         {"duration_ms", s.durationMs},
                         {"status", s.status},
                         {"attributes", s.attributes}});
    json chunks = json::array();
    for (const RetrievedChunk &c : t.chunks)
        chunks.push_back({{"chunk_id", c.chunkId}, {"document_id", c.documentId}, {"score", c.score},
                          {"snippet", c.snippet}});
    json docs = json::array();
    for (const SourceDocument &d : t.documents)
        docs.push_back({{"document_id", d.documentId}, {"title", d.title}, {"uri", d.uri}, {"version", d.version}});
    json review = nullptr;
    if (t.reviewItemId)
        review = {{"item_id", *t.reviewItemId},
                  {"action", t.reviewAction ? json(*t.reviewAction) : json(nullptr)}};
    return json{
        {"correlation_id", t.correlationId},
        {"request", toJson(t.request)},
        {"spans", std::move(spans)},
        {"lineage", {{"prompt_template", t.promptTemplate},
                     {"retrieved_chunks", std::move(chunks)},
                     {"source_documents", std::move(docs)}}},
        {"review", std::move(review)},
    };
}

Decoded<Trace> decodeTrace(std::string_view body, const DecodeLimits &limits)
{
    return detail::decodeDocument<Trace>(body, limits, "trace", [&](const json &root) {
        const ObjectReader o(root, {}, limits);
        Trace t;
        t.correlationId = o.str("correlation_id", Str::Id);
        t.request = detail::readRequest(o.object("request"));
        o.array("spans", [&](const json &el, const std::string &path) {
            const ObjectReader s(el, path, limits);
            t.spans.push_back({s.str("span_id", Str::Id), s.optStr("parent_id", Str::Id), s.str("name", Str::Name),
                               s.oneOf("kind", detail::kSpanKinds), s.time("start"),
                               s.integer("duration_ms", 0, kMaxInt), s.oneOf("status", detail::kRequestStatuses),
                               s.strMap("attributes")});
        });
        const ObjectReader lineage = o.object("lineage");
        t.promptTemplate = lineage.str("prompt_template", Str::Name);
        lineage.array("retrieved_chunks", [&](const json &el, const std::string &path) {
            const ObjectReader c(el, path, limits);
            t.chunks.push_back({c.str("chunk_id", Str::Id), c.str("document_id", Str::Id),
                                c.number("score", -1e9, 1e9), c.str("snippet", Str::Text)});
        });
        lineage.array("source_documents", [&](const json &el, const std::string &path) {
            const ObjectReader d(el, path, limits);
            t.documents.push_back({d.str("document_id", Str::Id), d.str("title", Str::Text),
                                   d.str("uri", Str::Text), d.optStr("version", Str::Name)});
        });
        if (const auto review = o.optObject("review")) {
            t.reviewItemId = review->str("item_id", Str::Id);
            if (review->find("action"))
                t.reviewAction = review->oneOf("action", detail::kActions);
        }
        return t;
    });
}

json toJson(const SeriesResponse &s)
{
    json series = json::array();
    for (const Series &one : s.series) {
        json points = json::array();
        for (const SeriesPoint &p : one.points)
            points.push_back(json::array({formatRfc3339(p.ts), p.value ? json(*p.value) : json(nullptr)}));
        series.push_back({{"labels", one.labels}, {"points", std::move(points)}});
    }
    return json{
        {"metric", s.metric},
        {"unit", s.unit},
        {"step_s", s.stepS},
        {"from", formatRfc3339(s.from)},
        {"to", formatRfc3339(s.to)},
        {"series", std::move(series)},
    };
}

Decoded<SeriesResponse> decodeSeries(std::string_view body, const DecodeLimits &limits)
{
    return detail::decodeDocument<SeriesResponse>(body, limits, "series", [&](const json &root) {
        const ObjectReader o(root, {}, limits);
        SeriesResponse s;
        s.metric = o.oneOf("metric", detail::kMetrics);
        s.unit = o.str("unit", Str::Name);
        s.stepS = o.integer("step_s", 60, 86400);
        s.from = o.time("from");
        s.to = o.time("to");
        if (s.to < s.from)
            detail::fail("to", "is before from");
        o.array("series", [&](const json &el, const std::string &path) {
            const ObjectReader one(el, path, limits);
            Series series;
            series.labels = one.strMap("labels");
            one.array("points", [&](const json &pt, const std::string &ptPath) {
                if (!pt.is_array() || pt.size() != 2)
                    detail::fail(ptPath, "expected [time, value|null], got " + detail::typeName(pt));
                SeriesPoint p;
                p.ts = detail::checkTime(pt[0], ptPath + "[0]");
                if (!pt[1].is_null())
                    p.value = detail::checkNumber(pt[1], ptPath + "[1]", -1e300, 1e300);
                series.points.push_back(p);
            });
            s.series.push_back(std::move(series));
        });
        return s;
    });
}

} // namespace keel::domain
