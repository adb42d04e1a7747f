#include "generator.h"

#include "aggregates.h"
#include "catalog.h"
#include "db.h"
#include "requestsamples.h"
#include "reviewseed.h"
#include "schema.h"
#include "synth.h"

#include <deque>
#include <future>
#include <map>
#include <string>
#include <vector>

namespace keel::platform {
namespace {

using Chunk = std::vector<std::vector<SynthRequest>>;

Chunk synthesizeChunk(const Scenario &sc, std::int64_t fromMs, std::int64_t toMs)
{
    Chunk out;
    for (std::int64_t h = fromMs; h < toMs; h += kHourMs)
        out.push_back(synthesizeHour(sc, h));
    return out;
}

class RequestWriter {
public:
    explicit RequestWriter(Connection &c)
        : m_insert(c.handle(), "INSERT INTO requests VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
    {
    }
    void write(std::int64_t rowId, const SynthRequest &r)
    {
        const ModelInfo &m = kModels[r.model];
        Stmt &s = m_insert;
        s.bind(1, rowId).bind(2, r.ts).bind(3, kRoutes[r.route]).bind(4, kUseCases[r.useCase]).bind(5, m.id)
            .bind(6, m.provider).bind(7, kTeams[r.team]).bind(8, kSegments[r.segment]).bind(9, templateOf(r))
            .bind(10, static_cast<std::int64_t>(r.inputTokens)).bind(11, static_cast<std::int64_t>(r.outputTokens))
            .bind(12, static_cast<std::int64_t>(r.cachedTokens)).bind(13, r.costMicros).bind(14, r.cacheSavingsMicros)
            .bind(15, static_cast<std::int64_t>(r.latencyMs)).bind(16, static_cast<std::int64_t>(r.ttftMs))
            .bind(17, r.ok() ? "ok" : "error").bind(18, r.ok() ? std::string_view() : kErrorCodes[r.errorCode])
            .bind(19, r.cacheHit ? 1 : 0).bind(20, static_cast<std::int64_t>(r.safetyBits))
            .bind(21, static_cast<double>(r.confidence)).bind(22, static_cast<double>(r.riskScore))
            .bind(23, r.escalated ? 1 : 0).bind(24, static_cast<std::int64_t>(r.retrievalMs))
            .bind(25, static_cast<std::int64_t>(r.retrievedChunks));
        s.run();
        s.reset();
    }

private:
    const std::string &templateOf(const SynthRequest &r)
    {
        const int key = r.useCase * 256 + r.templateVersion;
        auto it = m_templates.find(key);
        if (it == m_templates.end())
            it = m_templates.emplace(key, promptTemplateOf(r)).first;
        return it->second;
    }
    Stmt m_insert;
    std::map<int, std::string> m_templates;
};

} // namespace

GenerationSummary generateDataset(Connection &c, const GeneratorConfig &config, const std::atomic<bool> *cancel)
{
    const Scenario sc = Scenario::from(config);
    createSchema(c);
    Transaction tx(c);
    GenerationSummary summary;
    SpendAccumulator spend;
    SloAccumulator slo(sc);
    InferenceMetricsAccumulator inference;
    std::vector<ReviewCandidate> candidates;
    std::vector<RequestSample> samples; // one hour's, reused
    {
        RequestWriter writer(c);
        // Two chunks in flight keep the second core busy synthesising while this one writes.
        constexpr std::int64_t kChunkMs = 12 * kHourMs;
        std::deque<std::future<Chunk>> pending;
        std::int64_t next = sc.startMs;
        auto launch = [&] {
            while (pending.size() < 2 && next < sc.endMs) {
                const std::int64_t to = std::min(next + kChunkMs, sc.endMs);
                pending.push_back(std::async(std::launch::async, synthesizeChunk, std::cref(sc), next, to));
                next = to;
            }
        };
        launch();
        std::int64_t rowId = 0;
        while (!pending.empty()) {
            Chunk chunk = pending.front().get();
            pending.pop_front();
            launch();
            if (cancel && cancel->load())
                return summary; // the transaction rolls back
            for (const auto &hour : chunk) {
                if (!hour.empty()) {
                    const std::int64_t hourStart = floorToHour(hour.front().ts);
                    samples.clear();
                    for (const SynthRequest &r : hour)
                        samples.push_back(sampleOf(r, hourStart));
                    writeHourSamples(c, hourStart / kHourMs, samples);
                }
                for (const SynthRequest &r : hour) {
                    writer.write(++rowId, r);
                    spend.add(r);
                    slo.add(r);
                    inference.add(r);
                    if (r.ts >= sc.endMs - kReviewLookbackMs && isReviewCandidate(config.seed, rowId, r))
                        candidates.push_back({rowId, r});
                }
            }
        }
        summary.requests = rowId;
    }
    spend.write(c);
    slo.write(c);
    inference.write(c);
    writeBudgets(c, spend, sc);
    // Keep the review history to a size a reviewer's console syncs quickly.
    constexpr std::size_t kMaxItems = 6000;
    if (candidates.size() > kMaxItems)
        candidates.erase(candidates.begin(), candidates.end() - static_cast<std::ptrdiff_t>(kMaxItems));
    const ReviewSeedSummary review = seedReview(c, sc, candidates);
    summary.reviewItems = review.items;
    summary.pendingItems = review.pending;
    createBulkIndexes(c);
    writeMeta(c, "schema_version", std::to_string(kSchemaVersion));
    writeMeta(c, "seed", std::to_string(config.seed));
    writeMeta(c, "days", std::to_string(config.days));
    writeMeta(c, "requests_per_day", std::to_string(config.requestsPerDay));
    writeMeta(c, "start_ms", std::to_string(sc.startMs));
    writeMeta(c, "end_ms", std::to_string(sc.endMs));
    writeMeta(c, "request_count", std::to_string(summary.requests));
    tx.commit();
    return summary;
}

} // namespace keel::platform
