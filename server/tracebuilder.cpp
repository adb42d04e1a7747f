#include "tracebuilder.h"

#include "rng.h"

#include <algorithm>
#include <cstdio>

namespace keel::platform {
namespace {

std::string spanId(Rng &rng)
{
    char buf[20];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(rng.next()));
    return buf;
}

} // namespace

domain::Trace buildTrace(const domain::RequestRecord &request, std::uint64_t seed, std::int64_t rowId,
                         std::int64_t retrievalMs, std::int64_t chunks)
{
    Rng rng(mix(seed, static_cast<std::uint64_t>(rowId) ^ 0x7ace7aceULL));
    domain::Trace t;
    t.correlationId = request.correlationId;
    t.request = request;
    t.promptTemplate = request.promptTemplate;

    const bool ok = request.status == "ok";
    domain::Span root;
    root.spanId = spanId(rng);
    root.name = "edge";
    root.kind = "server";
    root.start = request.ts;
    root.durationMs = request.latencyMs;
    root.status = request.status;
    root.attributes = {{"http.route", request.route}, {"gateway.model", request.model},
                       {"gateway.team", request.team}, {"cache.hit", request.cacheHit ? "true" : "false"}};
    if (!ok)
        root.attributes["error.code"] = request.errorCode;
    t.spans.push_back(root);

    std::int64_t cursor = request.ts + 1;
    auto child = [&](const char *name, const char *kind, std::int64_t duration, bool spanOk = true) {
        domain::Span s;
        s.spanId = spanId(rng);
        s.parentId = root.spanId;
        s.name = name;
        s.kind = kind;
        s.start = cursor;
        s.durationMs = std::max<std::int64_t>(0, duration);
        s.status = spanOk ? "ok" : "error";
        cursor += s.durationMs;
        t.spans.push_back(std::move(s));
        return &t.spans.back();
    };

    child("auth", "internal", 1 + static_cast<std::int64_t>(rng.below(5)));
    if (request.cacheHit) {
        auto *resp = child("response", "internal", std::max<std::int64_t>(1, request.latencyMs - 6));
        resp->attributes["cache.hit"] = "true";
        return t;
    }
    if (retrievalMs > 0) {
        const std::int64_t rerank = 8 + static_cast<std::int64_t>(rng.below(30));
        auto *ret = child("retrieval", "client", std::max<std::int64_t>(1, retrievalMs - rerank));
        ret->attributes = {{"index", "kb-prod"}, {"chunks", std::to_string(chunks)}};
        child("rerank", "internal", rerank);
        static constexpr const char *kDocs[] = {"HR Handbook 2026", "Claims Manual v12", "Product Terms: Home Plus",
                                                "Underwriting Guidelines", "Support Macros", "Pricing FAQ"};
        for (std::int64_t i = 0; i < chunks; ++i) {
            const auto doc = rng.below(6);
            domain::RetrievedChunk c;
            c.documentId = "doc-" + std::to_string(1000 + doc);
            c.chunkId = c.documentId + "#chunk-" + std::to_string(rng.below(400));
            c.score = static_cast<double>(static_cast<int>((0.92 - 0.06 * static_cast<double>(i) - rng.uniform(0, 0.03)) * 1000)) / 1000.0;
            c.snippet = std::string(kDocs[doc]) + ": passage " + std::to_string(i + 1) + " relevant to the question.";
            t.chunks.push_back(c);
            const bool known = std::any_of(t.documents.begin(), t.documents.end(),
                                           [&](const domain::SourceDocument &d) { return d.documentId == c.documentId; });
            if (!known)
                t.documents.push_back({c.documentId, kDocs[doc], "kb://documents/" + c.documentId,
                                       "v" + std::to_string(3 + doc % 4)});
        }
    }
    child("prompt.render", "internal", 1 + static_cast<std::int64_t>(rng.below(4)))->attributes["template"] = request.promptTemplate;
    const std::int64_t safety = ok ? 12 + static_cast<std::int64_t>(rng.below(40)) : 0;
    const std::int64_t used = cursor - request.ts;
    auto *llm = child("llm.generate", "client", std::max<std::int64_t>(1, request.latencyMs - used - safety - 2), ok);
    llm->attributes = {{"gen_ai.system", request.provider}, {"gen_ai.request.model", request.model},
                       {"gen_ai.usage.input_tokens", std::to_string(request.inputTokens)},
                       {"gen_ai.usage.output_tokens", std::to_string(request.outputTokens)},
                       {"gen_ai.usage.cached_tokens", std::to_string(request.cachedTokens)},
                       {"ttft_ms", std::to_string(request.ttftMs)}};
    if (!ok)
        llm->attributes["error.code"] = request.errorCode;
    if (ok) {
        auto *s = child("safety.check", "internal", safety);
        std::string flags;
        for (const auto &f : request.safetyFlags)
            flags += (flags.empty() ? "" : ",") + f;
        s->attributes["flags"] = flags;
    }
    child("response", "internal", 1 + static_cast<std::int64_t>(rng.below(2)), ok);
    return t;
}

} // namespace keel::platform
